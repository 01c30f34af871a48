package org.linli.persistence.deliberation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** The timeline of proposals: rows are only ever inserted. */
public interface ProposalEventMapper extends BaseMapper<ProposalEventEntity> {

  /** Every state change of a proposal, oldest first. */
  default List<ProposalEventEntity> timeline(long proposalId) {
    return selectList(
        Wrappers.<ProposalEventEntity>lambdaQuery()
            .eq(ProposalEventEntity::getProposalId, proposalId)
            .orderByAsc(ProposalEventEntity::getId));
  }

  /** Removes the timeline of a proposal that is being removed (refused by content safety). */
  default int removeOf(long proposalId) {
    return delete(
        Wrappers.<ProposalEventEntity>lambdaQuery()
            .eq(ProposalEventEntity::getProposalId, proposalId));
  }
}
