package org.linli.service.vote;

import java.util.List;

/**
 * A count of a vote, with every figure the law asks for, area (hundredths of m²) and headcount
 * apart. Equal counts are equal records, so a recount can be compared with the stored result.
 *
 * @param countingPolicy the counting policy of the electorate ({@link
 *     ElectorateKind#countingPolicy()})
 * @param options every option with its support; for a YES_NO vote only APPROVE is judged
 * @param passed YES_NO: quorum and approval met; CUSTOM: quorum met and at least one option passed
 * @param passedOptions the keys of the options that passed
 * @param ballots ballots in force
 */
public record VoteResult(
    RuleProfile rules,
    String countingPolicy,
    long totalArea,
    long totalHeads,
    long participatingArea,
    long participatingHeads,
    boolean quorumAreaMet,
    boolean quorumHeadsMet,
    long missingQuorumArea,
    long missingQuorumHeads,
    List<OptionResult> options,
    boolean passed,
    List<String> passedOptions,
    long ballots) {

  /**
   * One option's support. For options that are judged, whether its share of the participating area
   * and headcount met the approval tests and how much is still missing; null for options that are
   * not judged (REJECT, ABSTAIN).
   */
  public record OptionResult(
      String key,
      String label,
      long area,
      long heads,
      Boolean approvalAreaMet,
      Boolean approvalHeadsMet,
      Long missingApprovalArea,
      Long missingApprovalHeads,
      Boolean passed) {}
}
