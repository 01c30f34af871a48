package org.linli.service.vote;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a frozen electorate and the ballots in force into a {@link VoteResult} through {@link
 * TallyEngine}. Pure: the same inputs give an equal result, whatever the order of the ballots.
 */
public final class VoteCounter {

  private VoteCounter() {}

  /**
   * Counts.
   *
   * @param options the vote's options, in order
   * @param ballots ballots in force, by voter key and option key
   */
  public static VoteResult count(
      OptionKind kind,
      List<VoteOption> options,
      ElectorateKind electorateKind,
      RuleProfile rules,
      List<Voter> electorate,
      List<TallyEngine.OptionBallot> ballots) {
    String abstain =
        options.stream().anyMatch(o -> o.key().equals(VoteOption.ABSTAIN))
            ? VoteOption.ABSTAIN
            : null;
    Tally quorum = null;
    List<VoteResult.OptionResult> results = new ArrayList<>();
    List<String> passed = new ArrayList<>();
    for (VoteOption option : options) {
      Tally t = TallyEngine.tally(electorate, ballots, rules, option.key(), abstain);
      quorum = t;
      boolean judged =
          kind == OptionKind.YES_NO
              ? option.key().equals(VoteOption.APPROVE)
              : !option.key().equals(VoteOption.ABSTAIN);
      if (judged && t.passed()) {
        passed.add(option.key());
      }
      results.add(
          judged
              ? new VoteResult.OptionResult(
                  option.key(),
                  option.label(),
                  t.approvingArea(),
                  t.approvingHeads(),
                  t.approvalAreaMet(),
                  t.approvalHeadsMet(),
                  t.missingApprovalArea(),
                  t.missingApprovalHeads(),
                  t.passed())
              : new VoteResult.OptionResult(
                  option.key(),
                  option.label(),
                  t.approvingArea(),
                  t.approvingHeads(),
                  null,
                  null,
                  null,
                  null,
                  null));
    }
    if (quorum == null) {
      throw new IllegalArgumentException("a vote needs options");
    }
    boolean quorumMet = quorum.quorumAreaMet() && quorum.quorumHeadsMet();
    return new VoteResult(
        rules,
        electorateKind.countingPolicy(),
        quorum.totalArea(),
        quorum.totalHeads(),
        quorum.participatingArea(),
        quorum.participatingHeads(),
        quorum.quorumAreaMet(),
        quorum.quorumHeadsMet(),
        quorum.missingQuorumArea(),
        quorum.missingQuorumHeads(),
        results,
        quorumMet && !passed.isEmpty(),
        passed,
        ballots.size());
  }
}
