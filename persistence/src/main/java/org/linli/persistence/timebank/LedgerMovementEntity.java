package org.linli.persistence.timebank;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One side of a transfer on one account, in signed minutes. */
@TableName("ledger_movement")
public class LedgerMovementEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long transferId;

  private Long accountId;

  private Integer amountMinutes;

  private LocalDateTime createdAt;

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

  public Long getTransferId() {
    return transferId;
  }

  public void setTransferId(Long transferId) {
    this.transferId = transferId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public Integer getAmountMinutes() {
    return amountMinutes;
  }

  public void setAmountMinutes(Integer amountMinutes) {
    this.amountMinutes = amountMinutes;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(LocalDateTime createdAt) {
    this.createdAt = createdAt;
  }
}
