package org.linli.persistence.activity;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;
import org.linli.persistence.common.AuditedEntity;

/** An activity (活动) of one community. */
@TableName("activity")
public class ActivityEntity extends AuditedEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long organiserId;

  private String title;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String description;

  private String kind;

  private String place;

  private LocalDateTime startsAt;

  private LocalDateTime endsAt;

  private LocalDateTime signupOpensAt;

  private LocalDateTime signupClosesAt;

  private LocalDateTime cancelDeadline;

  private Integer capacity;

  // Changed only by the conditional updates of ActivityMapper, never by updateById.
  @TableField(updateStrategy = FieldStrategy.NEVER)
  private Integer seatsTaken;

  private Boolean waitlistEnabled;

  private Integer waitlistLimit;

  // Changed only by the conditional updates of ActivityMapper, never by updateById.
  @TableField(updateStrategy = FieldStrategy.NEVER)
  private Integer waitlistTaken;

  // Changed only by the conditional updates of ActivityMapper, never by updateById.
  @TableField(updateStrategy = FieldStrategy.NEVER)
  private Long waitlistSeq;

  private Integer maxSeatsPerSignup;

  private String audience;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String buildingIds;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private Integer minAge;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private Integer maxAge;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String extraFields;

  private String status;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String statusReason;

  private String checkinSecret;

  @Version private Integer version;

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

  public Long getOrganiserId() {
    return organiserId;
  }

  public void setOrganiserId(Long organiserId) {
    this.organiserId = organiserId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public LocalDateTime getSignupOpensAt() {
    return signupOpensAt;
  }

  public void setSignupOpensAt(LocalDateTime signupOpensAt) {
    this.signupOpensAt = signupOpensAt;
  }

  public LocalDateTime getSignupClosesAt() {
    return signupClosesAt;
  }

  public void setSignupClosesAt(LocalDateTime signupClosesAt) {
    this.signupClosesAt = signupClosesAt;
  }

  public LocalDateTime getCancelDeadline() {
    return cancelDeadline;
  }

  public void setCancelDeadline(LocalDateTime cancelDeadline) {
    this.cancelDeadline = cancelDeadline;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public Integer getSeatsTaken() {
    return seatsTaken;
  }

  public void setSeatsTaken(Integer seatsTaken) {
    this.seatsTaken = seatsTaken;
  }

  public Boolean getWaitlistEnabled() {
    return waitlistEnabled;
  }

  public void setWaitlistEnabled(Boolean waitlistEnabled) {
    this.waitlistEnabled = waitlistEnabled;
  }

  public Integer getWaitlistLimit() {
    return waitlistLimit;
  }

  public void setWaitlistLimit(Integer waitlistLimit) {
    this.waitlistLimit = waitlistLimit;
  }

  public Integer getWaitlistTaken() {
    return waitlistTaken;
  }

  public void setWaitlistTaken(Integer waitlistTaken) {
    this.waitlistTaken = waitlistTaken;
  }

  public Long getWaitlistSeq() {
    return waitlistSeq;
  }

  public void setWaitlistSeq(Long waitlistSeq) {
    this.waitlistSeq = waitlistSeq;
  }

  public Integer getMaxSeatsPerSignup() {
    return maxSeatsPerSignup;
  }

  public void setMaxSeatsPerSignup(Integer maxSeatsPerSignup) {
    this.maxSeatsPerSignup = maxSeatsPerSignup;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getBuildingIds() {
    return buildingIds;
  }

  public void setBuildingIds(String buildingIds) {
    this.buildingIds = buildingIds;
  }

  public Integer getMinAge() {
    return minAge;
  }

  public void setMinAge(Integer minAge) {
    this.minAge = minAge;
  }

  public Integer getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(Integer maxAge) {
    this.maxAge = maxAge;
  }

  public String getExtraFields() {
    return extraFields;
  }

  public void setExtraFields(String extraFields) {
    this.extraFields = extraFields;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public void setStatusReason(String statusReason) {
    this.statusReason = statusReason;
  }

  public String getCheckinSecret() {
    return checkinSecret;
  }

  public void setCheckinSecret(String checkinSecret) {
    this.checkinSecret = checkinSecret;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
