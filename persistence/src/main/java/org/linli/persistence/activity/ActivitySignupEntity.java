package org.linli.persistence.activity;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;
import org.linli.persistence.common.AuditedEntity;

/** A resident's sign-up for an activity: confirmed, waitlisted or cancelled. */
@TableName("activity_signup")
public class ActivitySignupEntity extends AuditedEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long activityId;

  private Long userId;

  private String status;

  private Integer seats;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private Long waitlistSeq;

  private Integer firstPosition;

  private String extra;

  private String idempotencyKey;

  private String requestHash;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private LocalDateTime checkedInAt;

  private Boolean noShow;

  private LocalDateTime promotedAt;

  private LocalDateTime cancelledAt;

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

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Integer getSeats() {
    return seats;
  }

  public void setSeats(Integer seats) {
    this.seats = seats;
  }

  public Long getWaitlistSeq() {
    return waitlistSeq;
  }

  public void setWaitlistSeq(Long waitlistSeq) {
    this.waitlistSeq = waitlistSeq;
  }

  public Integer getFirstPosition() {
    return firstPosition;
  }

  public void setFirstPosition(Integer firstPosition) {
    this.firstPosition = firstPosition;
  }

  public String getExtra() {
    return extra;
  }

  public void setExtra(String extra) {
    this.extra = extra;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  public String getRequestHash() {
    return requestHash;
  }

  public void setRequestHash(String requestHash) {
    this.requestHash = requestHash;
  }

  public LocalDateTime getCheckedInAt() {
    return checkedInAt;
  }

  public void setCheckedInAt(LocalDateTime checkedInAt) {
    this.checkedInAt = checkedInAt;
  }

  public Boolean getNoShow() {
    return noShow;
  }

  public void setNoShow(Boolean noShow) {
    this.noShow = noShow;
  }

  public LocalDateTime getPromotedAt() {
    return promotedAt;
  }

  public void setPromotedAt(LocalDateTime promotedAt) {
    this.promotedAt = promotedAt;
  }

  public LocalDateTime getCancelledAt() {
    return cancelledAt;
  }

  public void setCancelledAt(LocalDateTime cancelledAt) {
    this.cancelledAt = cancelledAt;
  }
}
