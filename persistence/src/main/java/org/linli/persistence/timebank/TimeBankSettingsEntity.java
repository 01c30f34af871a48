package org.linli.persistence.timebank;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import org.linli.persistence.common.AuditedEntity;

/** A community's time-bank balance limits, in minutes. */
@TableName("timebank_settings")
public class TimeBankSettingsEntity extends AuditedEntity {

  @TableId(type = IdType.INPUT)
  private Long communityId;

  private Integer minBalanceMinutes;

  private Integer maxBalanceMinutes;

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Integer getMinBalanceMinutes() {
    return minBalanceMinutes;
  }

  public void setMinBalanceMinutes(Integer minBalanceMinutes) {
    this.minBalanceMinutes = minBalanceMinutes;
  }

  public Integer getMaxBalanceMinutes() {
    return maxBalanceMinutes;
  }

  public void setMaxBalanceMinutes(Integer maxBalanceMinutes) {
    this.maxBalanceMinutes = maxBalanceMinutes;
  }
}
