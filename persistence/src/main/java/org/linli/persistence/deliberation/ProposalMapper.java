package org.linli.persistence.deliberation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.linli.persistence.common.PageSlice;

/**
 * Proposals of the current community. Status and counters change only through the conditional
 * updates below, in the transaction that writes the matching support, comment or timeline rows.
 */
public interface ProposalMapper extends BaseMapper<ProposalEntity> {

  /** The proposal, its row locked until the transaction ends; {@code null} when absent. */
  @Select("SELECT * FROM proposal WHERE id = #{id} FOR UPDATE")
  ProposalEntity lock(@Param("id") long id);

  /**
   * Moves a proposal in one of {@code from} to {@code to}, setting the reason (null clears it) and,
   * when given, the proposal merged into and the vote. Stamps {@code submitted_at} or {@code
   * decided_at} as the target state asks.
   *
   * @return 1 when changed
   */
  @Update(
      "<script>UPDATE proposal SET status = #{to}, status_reason = #{reason},"
          + " merged_into_id = COALESCE(#{mergedInto}, merged_into_id),"
          + " vote_id = COALESCE(#{voteId}, vote_id),"
          + " submitted_at = CASE WHEN #{to} = 'SUBMITTED' THEN #{now} ELSE submitted_at END,"
          + " decided_at = CASE WHEN #{to} IN ('ACCEPTED', 'MERGED', 'DECLINED', 'DECIDED')"
          + " THEN #{now} ELSE decided_at END,"
          + " version = version + 1, updated_at = #{now} WHERE id = #{id} AND status IN"
          + "<foreach collection='from' item='f' open='(' separator=',' close=')'>#{f}</foreach>"
          + "</script>")
  int transition(
      @Param("id") long id,
      @Param("from") Collection<String> from,
      @Param("to") String to,
      @Param("reason") String reason,
      @Param("mergedInto") Long mergedInto,
      @Param("voteId") Long voteId,
      @Param("now") LocalDateTime now);

  /** Adds {@code delta} to the support count of an open proposal; returns 1 when done. */
  @Update(
      "UPDATE proposal SET support_count = support_count + #{delta}, updated_at = #{now}"
          + " WHERE id = #{id} AND status = 'OPEN' AND support_count + #{delta} >= 0")
  int addSupport(@Param("id") long id, @Param("delta") int delta, @Param("now") LocalDateTime now);

  /**
   * Submits an open proposal whose supporters reached its threshold.
   *
   * @return 1 when it was submitted by this call, 0 when not reached or no longer open
   */
  @Update(
      "UPDATE proposal SET status = 'SUBMITTED', submitted_at = #{now}, version = version + 1,"
          + " updated_at = #{now} WHERE id = #{id} AND status = 'OPEN'"
          + " AND support_count >= support_threshold")
  int submitIfReached(@Param("id") long id, @Param("now") LocalDateTime now);

  /** Counts one more visible comment. */
  @Update("UPDATE proposal SET comment_count = comment_count + #{delta} WHERE id = #{id}")
  int addComments(@Param("id") long id, @Param("delta") int delta);

  /**
   * One page of proposals.
   *
   * @param statuses only these statuses (required, not empty)
   * @param authorId only this author's, or {@code null}
   * @param keyword words the title or the text contain, or {@code null}
   * @param bySupport most supported first when true, newest first otherwise
   */
  default PageSlice<ProposalEntity> browse(
      Collection<String> statuses,
      Long authorId,
      String keyword,
      boolean bySupport,
      int page,
      int size) {
    var query =
        Wrappers.<ProposalEntity>lambdaQuery()
            .in(ProposalEntity::getStatus, statuses)
            .eq(authorId != null, ProposalEntity::getAuthorId, authorId)
            .and(
                keyword != null,
                q ->
                    q.like(ProposalEntity::getTitle, keyword)
                        .or()
                        .like(ProposalEntity::getBody, keyword));
    if (bySupport) {
      query.orderByDesc(ProposalEntity::getSupportCount);
    }
    query.orderByDesc(ProposalEntity::getId);
    return PageSlice.of(selectPage(Page.of(page, size), query));
  }

  /**
   * Registry name (when bound in the current community) and nickname of users, for masked display.
   */
  @Select(
      "<script>SELECT u.id AS user_id, r.name AS resident_name, u.nickname AS nickname"
          + " FROM app_user u LEFT JOIN resident r ON r.user_id = u.id AND r.restricted_at IS NULL WHERE u.id IN"
          + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>"
          + "</script>")
  List<NameRow> names(@Param("ids") Collection<Long> ids);

  /** A user's names. */
  record NameRow(Long userId, String residentName, String nickname) {}
}
