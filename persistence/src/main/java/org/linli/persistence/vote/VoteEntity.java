package org.linli.persistence.vote;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;
import org.linli.persistence.common.AuditedEntity;

/**
 * A vote: its question, options, scope, electorate kind, rules, times and, once closed, its result.
 */
@TableName("vote")
public class VoteEntity extends AuditedEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long proposalId;

  private String title;

  private String question;

  private String optionKind;

  private String options;

  private String scopeKind;

  private String scopeIds;

  private String electorateKind;

  private String profile;

  private String rules;

  private Integer noticeDays;

  private LocalDateTime opensAt;

  private LocalDateTime closesAt;

  private Boolean ballotsChangeable;

  private Boolean tallyPublic;

  @TableField(updateStrategy = FieldStrategy.ALWAYS)
  private Long linkedVoteId;

  private String status;

  private String statusReason;

  private LocalDateTime publishedAt;

  private LocalDateTime openedAt;

  private LocalDateTime closedAt;

  private String result;

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

  public Long getProposalId() {
    return proposalId;
  }

  public void setProposalId(Long proposalId) {
    this.proposalId = proposalId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getOptionKind() {
    return optionKind;
  }

  public void setOptionKind(String optionKind) {
    this.optionKind = optionKind;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }

  public String getScopeKind() {
    return scopeKind;
  }

  public void setScopeKind(String scopeKind) {
    this.scopeKind = scopeKind;
  }

  public String getScopeIds() {
    return scopeIds;
  }

  public void setScopeIds(String scopeIds) {
    this.scopeIds = scopeIds;
  }

  public String getElectorateKind() {
    return electorateKind;
  }

  public void setElectorateKind(String electorateKind) {
    this.electorateKind = electorateKind;
  }

  public String getProfile() {
    return profile;
  }

  public void setProfile(String profile) {
    this.profile = profile;
  }

  public String getRules() {
    return rules;
  }

  public void setRules(String rules) {
    this.rules = rules;
  }

  public Integer getNoticeDays() {
    return noticeDays;
  }

  public void setNoticeDays(Integer noticeDays) {
    this.noticeDays = noticeDays;
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalDateTime closesAt) {
    this.closesAt = closesAt;
  }

  public Boolean getBallotsChangeable() {
    return ballotsChangeable;
  }

  public void setBallotsChangeable(Boolean ballotsChangeable) {
    this.ballotsChangeable = ballotsChangeable;
  }

  public Boolean getTallyPublic() {
    return tallyPublic;
  }

  public void setTallyPublic(Boolean tallyPublic) {
    this.tallyPublic = tallyPublic;
  }

  public Long getLinkedVoteId() {
    return linkedVoteId;
  }

  public void setLinkedVoteId(Long linkedVoteId) {
    this.linkedVoteId = linkedVoteId;
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

  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  public void setPublishedAt(LocalDateTime publishedAt) {
    this.publishedAt = publishedAt;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  public void setOpenedAt(LocalDateTime openedAt) {
    this.openedAt = openedAt;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(LocalDateTime closedAt) {
    this.closedAt = closedAt;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
