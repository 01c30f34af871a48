package org.linli.persistence.vote;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A counted voter of a vote's frozen electorate. */
@TableName("vote_voter")
public class VoteVoterEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long voteId;

  private String voterKey;

  private Long areaCentiM2;

  private Boolean developer;

  private String label;

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

  public String getVoterKey() {
    return voterKey;
  }

  public void setVoterKey(String voterKey) {
    this.voterKey = voterKey;
  }

  public Long getAreaCentiM2() {
    return areaCentiM2;
  }

  public void setAreaCentiM2(Long areaCentiM2) {
    this.areaCentiM2 = areaCentiM2;
  }

  public Boolean getDeveloper() {
    return developer;
  }

  public void setDeveloper(Boolean developer) {
    this.developer = developer;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }
}
