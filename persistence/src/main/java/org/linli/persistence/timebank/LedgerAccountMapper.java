package org.linli.persistence.timebank;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Time-bank accounts. */
public interface LedgerAccountMapper extends BaseMapper<LedgerAccountEntity> {

  /**
   * Creates the account if it does not exist yet, and locks it either way (an exclusive lock at
   * once: a shared one upgraded later would deadlock two concurrent transfers).
   */
  @Insert(
      "INSERT INTO ledger_account (community_id, owner_kind, owner_id, created_at,"
          + " updated_at) VALUES (#{communityId}, #{kind}, #{ownerId}, UTC_TIMESTAMP(3),"
          + " UTC_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE owner_id = owner_id")
  int ensure(
      @Param("communityId") long communityId,
      @Param("kind") String kind,
      @Param("ownerId") long ownerId);

  /** The account id, locking the account row until the transaction ends. */
  @Select(
      "SELECT id FROM ledger_account WHERE community_id = #{communityId} AND owner_kind = #{kind}"
          + " AND owner_id = #{ownerId} FOR UPDATE")
  Long lock(
      @Param("communityId") long communityId,
      @Param("kind") String kind,
      @Param("ownerId") long ownerId);

  /** The balance in minutes: the sum of the account's movements. */
  @Select("SELECT COALESCE(SUM(amount_minutes), 0) FROM ledger_movement WHERE account_id = #{id}")
  long balance(@Param("id") long accountId);
}
