package org.linli.persistence.resident;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.linli.persistence.common.AuditedEntity;
import org.linli.persistence.common.crypto.EncryptedStringTypeHandler;

/** A resident (居民). ID number, phone and notes are encrypted at rest by the type handler. */
@TableName(value = "resident", autoResultMap = true)
public class ResidentEntity extends AuditedEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private Long householdId;

  private String name;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String gender;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private LocalDate birthDate;

  @TableField(typeHandler = EncryptedStringTypeHandler.class, updateStrategy = FieldStrategy.ALWAYS)
  private String idNumber;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String idNumberBidx;

  @TableField(typeHandler = EncryptedStringTypeHandler.class, updateStrategy = FieldStrategy.ALWAYS)
  private String phone;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String phoneBidx;

  private String relation;

  private String residenceKind;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private LocalDate moveInDate;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private LocalDate moveOutDate;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String tags;

  @TableField(typeHandler = EncryptedStringTypeHandler.class, updateStrategy = FieldStrategy.ALWAYS)
  private String notes;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private Long guardianId;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private Long userId;

  /** Masked display form of the ID number (first 4 + last 4), or {@code null} if not yet filled. */
  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String idNumberMasked;

  /** Masked display form of the phone (first 3 + last 4), or {@code null} if not yet filled. */
  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String phoneMasked;

  /** When processing was restricted (PIPL right to restrict), or {@code null}. */
  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private LocalDateTime restrictedAt;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private Long restrictedBy;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private String restrictedReason;

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

  public Long getHouseholdId() {
    return householdId;
  }

  public void setHouseholdId(Long householdId) {
    this.householdId = householdId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getIdNumberBidx() {
    return idNumberBidx;
  }

  public void setIdNumberBidx(String idNumberBidx) {
    this.idNumberBidx = idNumberBidx;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPhoneBidx() {
    return phoneBidx;
  }

  public void setPhoneBidx(String phoneBidx) {
    this.phoneBidx = phoneBidx;
  }

  public String getRelation() {
    return relation;
  }

  public void setRelation(String relation) {
    this.relation = relation;
  }

  public String getResidenceKind() {
    return residenceKind;
  }

  public void setResidenceKind(String residenceKind) {
    this.residenceKind = residenceKind;
  }

  public LocalDate getMoveInDate() {
    return moveInDate;
  }

  public void setMoveInDate(LocalDate moveInDate) {
    this.moveInDate = moveInDate;
  }

  public LocalDate getMoveOutDate() {
    return moveOutDate;
  }

  public void setMoveOutDate(LocalDate moveOutDate) {
    this.moveOutDate = moveOutDate;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getGuardianId() {
    return guardianId;
  }

  public void setGuardianId(Long guardianId) {
    this.guardianId = guardianId;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public String getIdNumberMasked() {
    return idNumberMasked;
  }

  public void setIdNumberMasked(String idNumberMasked) {
    this.idNumberMasked = idNumberMasked;
  }

  public String getPhoneMasked() {
    return phoneMasked;
  }

  public void setPhoneMasked(String phoneMasked) {
    this.phoneMasked = phoneMasked;
  }

  public LocalDateTime getRestrictedAt() {
    return restrictedAt;
  }

  public void setRestrictedAt(LocalDateTime restrictedAt) {
    this.restrictedAt = restrictedAt;
  }

  public Long getRestrictedBy() {
    return restrictedBy;
  }

  public void setRestrictedBy(Long restrictedBy) {
    this.restrictedBy = restrictedBy;
  }

  public String getRestrictedReason() {
    return restrictedReason;
  }

  public void setRestrictedReason(String restrictedReason) {
    this.restrictedReason = restrictedReason;
  }
}
