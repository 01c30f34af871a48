package org.linli.persistence.goods;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Requests for goods. */
public interface GoodsRequestMapper extends BaseMapper<GoodsRequestEntity> {

  /** An item's requests in queue order, with each requester's name (unmasked). */
  @Select(
      "SELECT q.id, q.item_id, q.requester_id, COALESCE(r.name, u.nickname) AS name, q.status,"
          + " q.starts_on, q.due_on, q.message, q.return_note, q.returned_at, q.created_at"
          + " FROM goods_request q JOIN app_user u ON u.id = q.requester_id"
          + " LEFT JOIN resident r ON r.user_id = q.requester_id"
          + " WHERE q.item_id = #{itemId} ORDER BY q.id")
  List<RequestRow> ofItem(@Param("itemId") long itemId);

  /** Declines every other waiting request of an item (it was given to someone). */
  @Update(
      "UPDATE goods_request SET status = 'DECLINED', updated_at = #{now}"
          + " WHERE item_id = #{itemId} AND status = 'WAITING' AND id <> #{chosenId}")
  int declineOthers(
      @Param("itemId") long itemId,
      @Param("chosenId") long chosenId,
      @Param("now") LocalDateTime now);

  /** Whether the user has an open (waiting or lent) request for the item. */
  default boolean hasOpen(long itemId, long userId) {
    return selectCount(
            Wrappers.<GoodsRequestEntity>lambdaQuery()
                .eq(GoodsRequestEntity::getItemId, itemId)
                .eq(GoodsRequestEntity::getRequesterId, userId)
                .in(GoodsRequestEntity::getStatus, List.of("WAITING", "LENT")))
        > 0;
  }

  /** Loans of every community due on or before {@code dueBy} (not tenant-scoped: for reminders). */
  @com.baomidou.mybatisplus.annotation.InterceptorIgnore(tenantLine = "true")
  @Select(
      "SELECT q.id, q.community_id, q.requester_id, i.title, q.due_on FROM goods_request q"
          + " JOIN goods_item i ON i.id = q.item_id"
          + " WHERE q.status = 'LENT' AND q.due_on <= #{dueBy} ORDER BY q.id LIMIT 1000")
  List<DueLoan> dueBy(@Param("dueBy") LocalDate dueBy);

  /** A request with its requester's name. */
  record RequestRow(
      Long id,
      Long itemId,
      Long requesterId,
      String name,
      String status,
      LocalDate startsOn,
      LocalDate dueOn,
      String message,
      String returnNote,
      LocalDateTime returnedAt,
      LocalDateTime createdAt) {}

  /** A loan due soon. */
  record DueLoan(Long id, Long communityId, Long requesterId, String title, LocalDate dueOn) {}
}
