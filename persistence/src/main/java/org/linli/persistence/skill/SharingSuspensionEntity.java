package org.linli.persistence.skill;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;
import org.linli.persistence.common.AuditedEntity;

/** A resident suspended from posting until a time. */
@TableName("sharing_suspension")
public class SharingSuspensionEntity extends AuditedEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long userId;

  private LocalDateTime untilAt;

  private String reason;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public LocalDateTime getUntilAt() {
    return untilAt;
  }

  public void setUntilAt(LocalDateTime untilAt) {
    this.untilAt = untilAt;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
