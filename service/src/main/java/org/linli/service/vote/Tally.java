package org.linli.service.vote;

/**
 * Every figure of a count, area and headcount apart, with whether each test passed and what is
 * still missing. Areas are in hundredths of m².
 *
 * @param missingQuorumArea area that must still take part for the quorum
 * @param missingQuorumHeads voters who must still take part for the quorum
 * @param missingApprovalArea approving area still needed (added as new approving participants)
 * @param missingApprovalHeads approving voters still needed (added as new approving participants)
 */
public record Tally(
    String profile,
    long totalArea,
    long totalHeads,
    long participatingArea,
    long participatingHeads,
    long approvingArea,
    long approvingHeads,
    boolean quorumAreaMet,
    boolean quorumHeadsMet,
    boolean approvalAreaMet,
    boolean approvalHeadsMet,
    long missingQuorumArea,
    long missingQuorumHeads,
    long missingApprovalArea,
    long missingApprovalHeads) {

  /** Whether the vote passes: quorum and approval, by area and by headcount. */
  public boolean passed() {
    return quorumAreaMet && quorumHeadsMet && approvalAreaMet && approvalHeadsMet;
  }
}
