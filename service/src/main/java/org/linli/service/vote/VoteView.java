package org.linli.service.vote;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A vote as shown. {@code myVoters} lists the counted voters the caller may cast a ballot for (once
 * the electorate is frozen), each with the option of its ballot in force, if any.
 *
 * @param linkedVoteIds the votes this one is linked with, either way
 * @param combinedPassed whether this vote and every linked vote passed; null until all are closed
 */
public record VoteView(
    long id,
    Long proposalId,
    String title,
    String question,
    OptionKind optionKind,
    List<VoteOption> options,
    ScopeKind scopeKind,
    List<Long> scopeIds,
    ElectorateKind electorateKind,
    RuleProfile rules,
    int noticeDays,
    LocalDateTime opensAt,
    LocalDateTime closesAt,
    boolean ballotsChangeable,
    boolean tallyPublic,
    List<Long> linkedVoteIds,
    VoteStatus status,
    String statusReason,
    LocalDateTime publishedAt,
    LocalDateTime openedAt,
    LocalDateTime closedAt,
    Boolean passed,
    Boolean combinedPassed,
    List<MyVoter> myVoters) {

  /** A voter the caller may cast for, and the option of its ballot in force (or null). */
  public record MyVoter(long voterId, String label, String optionKey, BallotChannel channel) {}
}
