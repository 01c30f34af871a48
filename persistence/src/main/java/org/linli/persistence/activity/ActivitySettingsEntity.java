package org.linli.persistence.activity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import org.linli.persistence.common.AuditedEntity;

/** A community's activity settings. */
@TableName("activity_settings")
public class ActivitySettingsEntity extends AuditedEntity {

  @TableId(type = IdType.INPUT)
  private Long communityId;

  private Boolean volunteerNeedsApproval;

  private Integer noShowLimit;

  private Integer noShowWindowDays;

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Boolean getVolunteerNeedsApproval() {
    return volunteerNeedsApproval;
  }

  public void setVolunteerNeedsApproval(Boolean volunteerNeedsApproval) {
    this.volunteerNeedsApproval = volunteerNeedsApproval;
  }

  public Integer getNoShowLimit() {
    return noShowLimit;
  }

  public void setNoShowLimit(Integer noShowLimit) {
    this.noShowLimit = noShowLimit;
  }

  public Integer getNoShowWindowDays() {
    return noShowWindowDays;
  }

  public void setNoShowWindowDays(Integer noShowWindowDays) {
    this.noShowWindowDays = noShowWindowDays;
  }
}
