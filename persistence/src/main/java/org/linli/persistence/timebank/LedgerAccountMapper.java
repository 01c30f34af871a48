package org.linli.persistence.timebank;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
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

  /**
   * The balance read with a locking read: the latest committed movements, whatever the
   * transaction's snapshot. Call it after {@link #lockById}.
   */
  @Select(
      "SELECT COALESCE(SUM(amount_minutes), 0) FROM ledger_movement WHERE account_id = #{id}"
          + " FOR UPDATE")
  long lockedBalance(@Param("id") long accountId);

  /** The account id without locking, or {@code null} when the account does not exist. */
  @Select(
      "SELECT id FROM ledger_account WHERE community_id = #{communityId} AND owner_kind = #{kind}"
          + " AND owner_id = #{ownerId}")
  Long find(
      @Param("communityId") long communityId,
      @Param("kind") String kind,
      @Param("ownerId") long ownerId);

  /** Locks an account row until the transaction ends; returns its id. */
  @Select("SELECT id FROM ledger_account WHERE id = #{id} FOR UPDATE")
  Long lockById(@Param("id") long accountId);

  /** The sum of every movement of the current community (zero while the ledger is sound). */
  @Select("SELECT COALESCE(SUM(amount_minutes), 0) FROM ledger_movement")
  long movementSum();

  /**
   * Accounts with their balance, last movement and owner's name, by id; {@code flaggedOnly} keeps
   * those beyond the limits or without movement since {@code activeSince}.
   */
  @Select(
      "<script>SELECT a.id, a.owner_kind, a.owner_id, COALESCE(SUM(m.amount_minutes), 0) AS"
          + " balance, MAX(m.created_at) AS last_movement_at, MIN(a.created_at) AS created_at,"
          + " MAX(COALESCE(r.name, u.nickname)) AS name FROM ledger_account a"
          + " LEFT JOIN ledger_movement m ON m.account_id = a.id"
          + " LEFT JOIN app_user u ON a.owner_kind = 'USER' AND u.id = a.owner_id"
          + " LEFT JOIN resident r ON a.owner_kind = 'USER' AND r.user_id = a.owner_id"
          + " GROUP BY a.id, a.owner_kind, a.owner_id"
          + "<if test='flaggedOnly'> HAVING a.owner_kind = 'USER' AND (balance &lt; #{min}"
          + " OR balance &gt; #{max} OR COALESCE(MAX(m.created_at), MIN(a.created_at))"
          + " &lt; #{activeSince})</if>"
          + " ORDER BY a.id LIMIT #{limit} OFFSET #{offset}</script>")
  List<AccountRow> accounts(
      @Param("flaggedOnly") boolean flaggedOnly,
      @Param("min") long min,
      @Param("max") long max,
      @Param("activeSince") LocalDateTime activeSince,
      @Param("limit") int limit,
      @Param("offset") long offset);

  /** The number of accounts {@link #accounts} would list over all pages. */
  @Select(
      "<script>SELECT COUNT(*) FROM (SELECT a.id, a.owner_kind,"
          + " COALESCE(SUM(m.amount_minutes), 0) AS balance, MAX(m.created_at) AS last_at,"
          + " MIN(a.created_at) AS opened FROM ledger_account a"
          + " LEFT JOIN ledger_movement m ON m.account_id = a.id GROUP BY a.id, a.owner_kind"
          + "<if test='flaggedOnly'> HAVING a.owner_kind = 'USER' AND (balance &lt; #{min}"
          + " OR balance &gt; #{max} OR COALESCE(last_at, opened) &lt; #{activeSince})</if>"
          + ") x</script>")
  long countAccounts(
      @Param("flaggedOnly") boolean flaggedOnly,
      @Param("min") long min,
      @Param("max") long max,
      @Param("activeSince") LocalDateTime activeSince);

  /** One account with its balance and owner, or {@code null}. */
  @Select(
      "SELECT a.id, a.owner_kind, a.owner_id, COALESCE(SUM(m.amount_minutes), 0) AS balance,"
          + " MAX(m.created_at) AS last_movement_at, MIN(a.created_at) AS created_at,"
          + " MAX(COALESCE(r.name, u.nickname)) AS name FROM ledger_account a"
          + " LEFT JOIN ledger_movement m ON m.account_id = a.id"
          + " LEFT JOIN app_user u ON a.owner_kind = 'USER' AND u.id = a.owner_id"
          + " LEFT JOIN resident r ON a.owner_kind = 'USER' AND r.user_id = a.owner_id"
          + " WHERE a.id = #{id} GROUP BY a.id, a.owner_kind, a.owner_id")
  AccountRow account(@Param("id") long accountId);

  /** An account with its balance (minutes) and its owner's name (unmasked: mask before showing). */
  record AccountRow(
      Long id,
      String ownerKind,
      Long ownerId,
      Long balance,
      LocalDateTime lastMovementAt,
      LocalDateTime createdAt,
      String name) {}
}
