package org.linli.service.vote;

/**
 * The tests a vote must pass. For owners' votes, area and headcount are tested separately and both
 * must pass; a residents' meeting counts heads only ({@code countsArea} false).
 *
 * @param quorumArea share of the total area that must take part
 * @param quorumHeads share of all counted voters that must take part
 * @param approvalArea share of the participating area that must approve
 * @param approvalHeads share of the participating voters that must approve
 */
public record RuleProfile(
    String name,
    boolean countsArea,
    Threshold quorumArea,
    Threshold quorumHeads,
    Threshold approvalArea,
    Threshold approvalHeads) {

  /** Art. 278 items (6)-(8), e.g. an elevator: 2/3 + 2/3 take part, 3/4 + 3/4 of them approve. */
  public static final RuleProfile SPECIAL =
      new RuleProfile(
          "SPECIAL",
          true,
          Threshold.TWO_THIRDS,
          Threshold.TWO_THIRDS,
          Threshold.THREE_QUARTERS,
          Threshold.THREE_QUARTERS);

  /** Every other matter of Art. 278: 2/3 + 2/3 take part, more than half + half approve. */
  public static final RuleProfile ORDINARY =
      new RuleProfile(
          "ORDINARY",
          true,
          Threshold.TWO_THIRDS,
          Threshold.TWO_THIRDS,
          Threshold.MORE_THAN_HALF,
          Threshold.MORE_THAN_HALF);

  /** Residents' meeting: more than half attend, more than half of those present approve. */
  public static final RuleProfile RESIDENTS_MEETING =
      new RuleProfile(
          "RESIDENTS_MEETING",
          false,
          Threshold.MORE_THAN_HALF,
          Threshold.MORE_THAN_HALF,
          Threshold.MORE_THAN_HALF,
          Threshold.MORE_THAN_HALF);
}
