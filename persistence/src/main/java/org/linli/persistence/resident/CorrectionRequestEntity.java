package org.linli.persistence.resident;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.linli.persistence.common.AuditedEntity;
import org.linli.persistence.common.crypto.EncryptedStringTypeHandler;

/** A resident's request to correct their registry data; the proposed value is encrypted. */
@TableName(value = "correction_request", autoResultMap = true)
public class CorrectionRequestEntity extends AuditedEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long residentId;

  private Long userId;

  private String field;

  @TableField(typeHandler = EncryptedStringTypeHandler.class)
  private String proposedValue;

  private String note;

  private String status;

  private LocalDate dueDate;

  private String outcomeNote;

  private Long resolvedBy;

  private LocalDateTime resolvedAt;

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

  public Long getResidentId() {
    return residentId;
  }

  public void setResidentId(Long residentId) {
    this.residentId = residentId;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getProposedValue() {
    return proposedValue;
  }

  public void setProposedValue(String proposedValue) {
    this.proposedValue = proposedValue;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getOutcomeNote() {
    return outcomeNote;
  }

  public void setOutcomeNote(String outcomeNote) {
    this.outcomeNote = outcomeNote;
  }

  public Long getResolvedBy() {
    return resolvedBy;
  }

  public void setResolvedBy(Long resolvedBy) {
    this.resolvedBy = resolvedBy;
  }

  public LocalDateTime getResolvedAt() {
    return resolvedAt;
  }

  public void setResolvedAt(LocalDateTime resolvedAt) {
    this.resolvedAt = resolvedAt;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
