package org.linli.persistence.skill;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;
import org.linli.persistence.common.AuditedEntity;

/** An exchange of help on a post between a helper and a receiver. */
@TableName("skill_exchange")
public class SkillExchangeEntity extends AuditedEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long postId;

  private Long proposerId;

  private Long helperId;

  private Long receiverId;

  private Integer minutes;

  private String message;

  private String status;

  private LocalDateTime helperConfirmedAt;

  private LocalDateTime receiverConfirmedAt;

  private Boolean helperSharesPhone;

  private Boolean receiverSharesPhone;

  private Long transferId;

  private LocalDateTime completedAt;

  private String helperThanks;

  private Boolean helperThanksHeld;

  private String receiverThanks;

  private Boolean receiverThanksHeld;

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

  public Long getPostId() {
    return postId;
  }

  public void setPostId(Long postId) {
    this.postId = postId;
  }

  public Long getProposerId() {
    return proposerId;
  }

  public void setProposerId(Long proposerId) {
    this.proposerId = proposerId;
  }

  public Long getHelperId() {
    return helperId;
  }

  public void setHelperId(Long helperId) {
    this.helperId = helperId;
  }

  public Long getReceiverId() {
    return receiverId;
  }

  public void setReceiverId(Long receiverId) {
    this.receiverId = receiverId;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public LocalDateTime getHelperConfirmedAt() {
    return helperConfirmedAt;
  }

  public void setHelperConfirmedAt(LocalDateTime helperConfirmedAt) {
    this.helperConfirmedAt = helperConfirmedAt;
  }

  public LocalDateTime getReceiverConfirmedAt() {
    return receiverConfirmedAt;
  }

  public void setReceiverConfirmedAt(LocalDateTime receiverConfirmedAt) {
    this.receiverConfirmedAt = receiverConfirmedAt;
  }

  public Boolean getHelperSharesPhone() {
    return helperSharesPhone;
  }

  public void setHelperSharesPhone(Boolean helperSharesPhone) {
    this.helperSharesPhone = helperSharesPhone;
  }

  public Boolean getReceiverSharesPhone() {
    return receiverSharesPhone;
  }

  public void setReceiverSharesPhone(Boolean receiverSharesPhone) {
    this.receiverSharesPhone = receiverSharesPhone;
  }

  public Long getTransferId() {
    return transferId;
  }

  public void setTransferId(Long transferId) {
    this.transferId = transferId;
  }

  public LocalDateTime getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(LocalDateTime completedAt) {
    this.completedAt = completedAt;
  }

  public String getHelperThanks() {
    return helperThanks;
  }

  public void setHelperThanks(String helperThanks) {
    this.helperThanks = helperThanks;
  }

  public Boolean getHelperThanksHeld() {
    return helperThanksHeld;
  }

  public void setHelperThanksHeld(Boolean helperThanksHeld) {
    this.helperThanksHeld = helperThanksHeld;
  }

  public String getReceiverThanks() {
    return receiverThanks;
  }

  public void setReceiverThanks(String receiverThanks) {
    this.receiverThanks = receiverThanks;
  }

  public Boolean getReceiverThanksHeld() {
    return receiverThanksHeld;
  }

  public void setReceiverThanksHeld(Boolean receiverThanksHeld) {
    this.receiverThanksHeld = receiverThanksHeld;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
