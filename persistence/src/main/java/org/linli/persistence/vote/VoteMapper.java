package org.linli.persistence.vote;

import com.baomidou.mybatisplus.annotation.InterceptorIgnore;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.linli.persistence.common.PageSlice;

/** Votes. Status changes happen with the vote row locked ({@link #lock}). */
public interface VoteMapper extends BaseMapper<VoteEntity> {

  /** The vote, locked for a status change. */
  @Select("SELECT * FROM vote WHERE id = #{id} FOR UPDATE")
  VoteEntity lock(@Param("id") long id);

  /**
   * The vote, share-locked: ballots take this lock, so closing (which takes {@link #lock}) waits
   * for ballots in flight and no ballot lands after the count.
   */
  @InterceptorIgnore(tenantLine = "true") // the SQL parser does not know LOCK IN SHARE MODE
  @Select(
      "SELECT * FROM vote WHERE id = #{id} AND community_id = #{communityId} LOCK IN SHARE MODE")
  VoteEntity lockShared(@Param("id") long id, @Param("communityId") long communityId);

  /** Votes of every community due to open or to close at {@code now}. */
  @InterceptorIgnore(tenantLine = "true")
  @Select(
      "SELECT id, community_id FROM vote WHERE (status = 'SCHEDULED' AND opens_at <= #{now})"
          + " OR (status = 'OPEN' AND closes_at <= #{now}) ORDER BY id")
  List<VoteRef> due(@Param("now") LocalDateTime now);

  /** Ids of the votes that name {@code id} as their linked vote. */
  @Select("SELECT id FROM vote WHERE linked_vote_id = #{id} ORDER BY id")
  List<Long> linkedTo(@Param("id") long id);

  /**
   * A page of the community's votes, newest opening first.
   *
   * @param statuses the statuses to show (never empty)
   */
  default PageSlice<VoteEntity> page(List<String> statuses, int page, int size) {
    return PageSlice.of(
        selectPage(
            Page.of(page, size),
            Wrappers.<VoteEntity>lambdaQuery()
                .in(VoteEntity::getStatus, statuses)
                .orderByDesc(VoteEntity::getOpensAt)
                .orderByDesc(VoteEntity::getId)));
  }

  /** A vote and its community. */
  record VoteRef(Long id, Long communityId) {}
}
