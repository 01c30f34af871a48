package org.linli.service.vote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a vote from its frozen electorate and ballots. Pure and order-independent: the same
 * electorate and ballots always give the same tally, so a closed vote can be recounted at any time.
 */
public final class TallyEngine {

  private TallyEngine() {}

  /** A ballot of one counted voter. */
  public record Ballot(String voterKey, Choice choice) {}

  /** A ballot for one of a vote's options, by key. */
  public record OptionBallot(String voterKey, String optionKey) {}

  /**
   * Counts a vote whose options are named by key: ballots for {@code approveKey} approve, ballots
   * for {@code abstainKey} (may be null) take part without approving or rejecting, any other option
   * rejects. An election is counted by calling this once per candidate option: each is judged by
   * the same approval tests over all participants.
   */
  public static Tally tally(
      List<Voter> electorate,
      List<OptionBallot> ballots,
      RuleProfile profile,
      String approveKey,
      String abstainKey) {
    List<Ballot> mapped = new java.util.ArrayList<>(ballots.size());
    for (OptionBallot b : ballots) {
      Choice choice =
          b.optionKey().equals(approveKey)
              ? Choice.APPROVE
              : b.optionKey().equals(abstainKey) ? Choice.ABSTAIN : Choice.REJECT;
      mapped.add(new Ballot(b.voterKey(), choice));
    }
    return tally(electorate, mapped, profile);
  }

  /**
   * Counts.
   *
   * @throws IllegalArgumentException for a ballot of a voter outside the electorate, two ballots of
   *     one voter, or two voters with one key
   */
  public static Tally tally(List<Voter> electorate, List<Ballot> ballots, RuleProfile profile) {
    Map<String, Voter> voters = new HashMap<>();
    long totalArea = 0;
    for (Voter v : electorate) {
      if (voters.put(v.key(), v) != null) {
        throw new IllegalArgumentException("two voters with key " + v.key());
      }
      totalArea = Math.addExact(totalArea, v.areaHundredths());
    }
    Map<String, Choice> cast = new HashMap<>();
    long participatingArea = 0;
    long approvingArea = 0;
    long approvingHeads = 0;
    for (Ballot b : ballots) {
      Voter v = voters.get(b.voterKey());
      if (v == null) {
        throw new IllegalArgumentException("not in the electorate: " + b.voterKey());
      }
      if (cast.put(b.voterKey(), b.choice()) != null) {
        throw new IllegalArgumentException("two ballots of " + b.voterKey());
      }
      participatingArea = Math.addExact(participatingArea, v.areaHundredths());
      if (b.choice() == Choice.APPROVE) {
        approvingArea = Math.addExact(approvingArea, v.areaHundredths());
        approvingHeads++;
      }
    }
    long totalHeads = voters.size();
    long participatingHeads = cast.size();
    boolean area = profile.countsArea();
    return new Tally(
        profile.name(),
        totalArea,
        totalHeads,
        participatingArea,
        participatingHeads,
        approvingArea,
        approvingHeads,
        !area || profile.quorumArea().reached(participatingArea, totalArea),
        profile.quorumHeads().reached(participatingHeads, totalHeads),
        !area || profile.approvalArea().reached(approvingArea, participatingArea),
        profile.approvalHeads().reached(approvingHeads, participatingHeads),
        area ? profile.quorumArea().missing(participatingArea, totalArea) : 0,
        profile.quorumHeads().missing(participatingHeads, totalHeads),
        area ? profile.approvalArea().missingApprovals(approvingArea, participatingArea) : 0,
        profile.approvalHeads().missingApprovals(approvingHeads, participatingHeads));
  }
}
