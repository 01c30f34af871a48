package org.linli.persistence.audit;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** The last entry of a community's audit chain; locked while appending. */
@TableName("audit_chain_head")
public class AuditChainHeadEntity {

  @TableId(type = IdType.INPUT)
  private Long communityId;

  private Long lastSeq;

  private String lastHash;

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Long getLastSeq() {
    return lastSeq;
  }

  public void setLastSeq(Long lastSeq) {
    this.lastSeq = lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }

  public void setLastHash(String lastHash) {
    this.lastHash = lastHash;
  }
}
