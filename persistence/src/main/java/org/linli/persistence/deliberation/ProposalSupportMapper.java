package org.linli.persistence.deliberation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;

/** Supports: at most one row per resident and proposal (unique key). */
public interface ProposalSupportMapper extends BaseMapper<ProposalSupportEntity> {

  /** Whether {@code userId} supports the proposal. */
  default boolean exists(long proposalId, long userId) {
    return selectCount(
            Wrappers.<ProposalSupportEntity>lambdaQuery()
                .eq(ProposalSupportEntity::getProposalId, proposalId)
                .eq(ProposalSupportEntity::getUserId, userId))
        > 0;
  }

  /** Removes a support; returns the rows removed (0 or 1). */
  default int remove(long proposalId, long userId) {
    return delete(
        Wrappers.<ProposalSupportEntity>lambdaQuery()
            .eq(ProposalSupportEntity::getProposalId, proposalId)
            .eq(ProposalSupportEntity::getUserId, userId));
  }

  /** Which of {@code proposalIds} {@code userId} supports. */
  default List<Long> supportedBy(long userId, Collection<Long> proposalIds) {
    if (proposalIds.isEmpty()) {
      return List.of();
    }
    return selectList(
            Wrappers.<ProposalSupportEntity>lambdaQuery()
                .select(ProposalSupportEntity::getProposalId)
                .eq(ProposalSupportEntity::getUserId, userId)
                .in(ProposalSupportEntity::getProposalId, proposalIds))
        .stream()
        .map(ProposalSupportEntity::getProposalId)
        .toList();
  }

  /** How many residents support the proposal. */
  default long countOf(long proposalId) {
    return selectCount(
        Wrappers.<ProposalSupportEntity>lambdaQuery()
            .eq(ProposalSupportEntity::getProposalId, proposalId));
  }
}
