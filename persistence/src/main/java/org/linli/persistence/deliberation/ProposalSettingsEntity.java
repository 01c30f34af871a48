package org.linli.persistence.deliberation;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import org.linli.persistence.common.AuditedEntity;

/** A community's deliberation settings. */
@TableName("proposal_settings")
public class ProposalSettingsEntity extends AuditedEntity {

  @TableId(type = IdType.INPUT)
  private Long communityId;

  private Integer supportThreshold;

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Integer getSupportThreshold() {
    return supportThreshold;
  }

  public void setSupportThreshold(Integer supportThreshold) {
    this.supportThreshold = supportThreshold;
  }
}
