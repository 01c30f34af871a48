package org.linli.service.vote;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What staff set on a vote.
 *
 * @param optionLabels the options of a CUSTOM vote, in order (ignored for YES_NO)
 * @param abstainAllowed whether a CUSTOM vote offers abstaining (YES_NO always does)
 * @param scopeIds the buildings, units or rooms of the scope (empty for ESTATE)
 * @param profile SPECIAL, ORDINARY, RESIDENTS_MEETING or CUSTOM
 * @param customRules the tests of a CUSTOM profile (null otherwise)
 * @param noticeDays days between publishing and opening, at least
 * @param tallyPublic whether residents see the live tally while the vote is open
 * @param linkedVoteId another vote of the community whose result this one's decision also needs
 * @param proposalId the accepted proposal (议题) this vote decides, if any; set when creating only
 */
public record VoteCommand(
    String title,
    String question,
    OptionKind optionKind,
    List<String> optionLabels,
    boolean abstainAllowed,
    ScopeKind scopeKind,
    List<Long> scopeIds,
    ElectorateKind electorateKind,
    String profile,
    RuleProfile customRules,
    int noticeDays,
    LocalDateTime opensAt,
    LocalDateTime closesAt,
    boolean ballotsChangeable,
    boolean tallyPublic,
    Long linkedVoteId,
    Long proposalId) {

  public VoteCommand {
    optionLabels = optionLabels == null ? List.of() : List.copyOf(optionLabels);
    scopeIds = scopeIds == null ? List.of() : List.copyOf(scopeIds);
  }
}
