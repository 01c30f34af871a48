package org.linli.persistence.timebank;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Time-bank movements (append only). */
public interface LedgerMovementMapper extends BaseMapper<LedgerMovementEntity> {

  /** An account's movements with their transfer, newest first. */
  @Select(
      "SELECT m.id, m.transfer_id, t.kind, t.note, m.amount_minutes, m.created_at"
          + " FROM ledger_movement m JOIN ledger_transfer t ON t.id = m.transfer_id"
          + " WHERE m.account_id = #{accountId} ORDER BY m.id DESC"
          + " LIMIT #{limit} OFFSET #{offset}")
  List<StatementRow> statement(
      @Param("accountId") long accountId, @Param("limit") int limit, @Param("offset") long offset);

  /** An account's movements after movement {@code afterId}, oldest first (for exports). */
  @Select(
      "SELECT m.id, m.transfer_id, t.kind, t.note, m.amount_minutes, m.created_at"
          + " FROM ledger_movement m JOIN ledger_transfer t ON t.id = m.transfer_id"
          + " WHERE m.account_id = #{accountId} AND m.id > #{afterId} ORDER BY m.id"
          + " LIMIT #{limit}")
  List<StatementRow> statementAfter(
      @Param("accountId") long accountId,
      @Param("afterId") long afterId,
      @Param("limit") int limit);

  @Select("SELECT COUNT(*) FROM ledger_movement WHERE account_id = #{accountId}")
  long count(@Param("accountId") long accountId);

  /** One movement of an account with the transfer it belongs to. */
  record StatementRow(
      Long id,
      Long transferId,
      String kind,
      String note,
      Integer amountMinutes,
      LocalDateTime createdAt) {}
}
