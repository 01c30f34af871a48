package org.linli.persistence.deliberation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;
import org.linli.persistence.common.PageSlice;

/** Comments on proposals. */
public interface ProposalCommentMapper extends BaseMapper<ProposalCommentEntity> {

  /**
   * One page of a thread: top-level comments of a proposal ({@code parentId} null) or the replies
   * to one comment. Shown to everyone: VISIBLE and HIDDEN (as hidden); held and removed comments
   * only to their author.
   */
  default PageSlice<ProposalCommentEntity> thread(
      long proposalId, Long parentId, long viewerId, boolean newestFirst, int page, int size) {
    var query =
        Wrappers.<ProposalCommentEntity>lambdaQuery()
            .eq(ProposalCommentEntity::getProposalId, proposalId)
            .isNull(parentId == null, ProposalCommentEntity::getParentId)
            .eq(parentId != null, ProposalCommentEntity::getParentId, parentId)
            .and(
                q ->
                    q.in(ProposalCommentEntity::getStatus, "VISIBLE", "HIDDEN")
                        .or()
                        .eq(ProposalCommentEntity::getAuthorId, viewerId));
    if (newestFirst) {
      query.orderByDesc(ProposalCommentEntity::getId);
    } else {
      query.orderByAsc(ProposalCommentEntity::getId);
    }
    return PageSlice.of(selectPage(Page.of(page, size), query));
  }

  /** Changes the status of a comment in {@code from}; returns 1 when changed. */
  @Update(
      "UPDATE proposal_comment SET status = #{to}, version = version + 1 WHERE id = #{id}"
          + " AND status = #{from}")
  int changeStatus(@Param("id") long id, @Param("from") String from, @Param("to") String to);

  /** Counts one more (or one fewer) visible reply of a top-level comment. */
  @Update("UPDATE proposal_comment SET reply_count = reply_count + #{delta} WHERE id = #{id}")
  int addReplies(@Param("id") long id, @Param("delta") int delta);
}
