package org.linli.persistence.vote;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A ballot: append-only; a changed ballot supersedes the earlier one. */
@TableName("vote_ballot")
public class VoteBallotEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long voteId;

  private Long voterId;

  private String optionKey;

  private String channel;

  private Long castBy;

  private Long castFor;

  private String proxyReference;

  private String proxyHolder;

  private String reason;

  private LocalDateTime castAt;

  private LocalDateTime supersededAt;

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

  public Long getVoteId() {
    return voteId;
  }

  public void setVoteId(Long voteId) {
    this.voteId = voteId;
  }

  public Long getVoterId() {
    return voterId;
  }

  public void setVoterId(Long voterId) {
    this.voterId = voterId;
  }

  public String getOptionKey() {
    return optionKey;
  }

  public void setOptionKey(String optionKey) {
    this.optionKey = optionKey;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public Long getCastBy() {
    return castBy;
  }

  public void setCastBy(Long castBy) {
    this.castBy = castBy;
  }

  public Long getCastFor() {
    return castFor;
  }

  public void setCastFor(Long castFor) {
    this.castFor = castFor;
  }

  public String getProxyReference() {
    return proxyReference;
  }

  public void setProxyReference(String proxyReference) {
    this.proxyReference = proxyReference;
  }

  public String getProxyHolder() {
    return proxyHolder;
  }

  public void setProxyHolder(String proxyHolder) {
    this.proxyHolder = proxyHolder;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDateTime getCastAt() {
    return castAt;
  }

  public void setCastAt(LocalDateTime castAt) {
    this.castAt = castAt;
  }

  public LocalDateTime getSupersededAt() {
    return supersededAt;
  }

  public void setSupersededAt(LocalDateTime supersededAt) {
    this.supersededAt = supersededAt;
  }
}
