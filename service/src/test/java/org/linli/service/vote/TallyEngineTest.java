package org.linli.service.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases, with the boundaries exactly at and one step below each threshold. */
class TallyEngineTest {

  /** {@code n} voters of {@code area} hundredths each. */
  private static List<Voter> equal(int n, long area) {
    List<Voter> voters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      voters.add(new Voter("v" + i, area));
    }
    return voters;
  }

  private static List<TallyEngine.Ballot> ballots(int approve, int reject, int abstain) {
    List<TallyEngine.Ballot> b = new ArrayList<>();
    int i = 0;
    for (int k = 0; k < approve; k++) {
      b.add(new TallyEngine.Ballot("v" + i++, Choice.APPROVE));
    }
    for (int k = 0; k < reject; k++) {
      b.add(new TallyEngine.Ballot("v" + i++, Choice.REJECT));
    }
    for (int k = 0; k < abstain; k++) {
      b.add(new TallyEngine.Ballot("v" + i++, Choice.ABSTAIN));
    }
    return b;
  }

  @Test
  void special_passesExactlyAtTwoThirdsQuorumAndThreeQuartersApproval() {
    // 12 owners of 100.00 m²: 8 take part (exactly 2/3), 6 of them approve (exactly 3/4).
    Tally t = TallyEngine.tally(equal(12, 10_000), ballots(6, 2, 0), RuleProfile.SPECIAL);
    assertThat(t.totalArea()).isEqualTo(120_000);
    assertThat(t.participatingArea()).isEqualTo(80_000);
    assertThat(t.approvingArea()).isEqualTo(60_000);
    assertThat(t.quorumAreaMet()).isTrue();
    assertThat(t.quorumHeadsMet()).isTrue();
    assertThat(t.approvalAreaMet()).isTrue();
    assertThat(t.approvalHeadsMet()).isTrue();
    assertThat(t.passed()).isTrue();
    assertThat(t.missingQuorumArea()).isZero();
    assertThat(t.missingApprovalHeads()).isZero();
  }

  @Test
  void special_failsOneOwnerBelowTheQuorum() {
    Tally t = TallyEngine.tally(equal(12, 10_000), ballots(6, 1, 0), RuleProfile.SPECIAL);
    assertThat(t.quorumHeadsMet()).isFalse();
    assertThat(t.quorumAreaMet()).isFalse();
    assertThat(t.passed()).isFalse();
    assertThat(t.missingQuorumHeads()).isEqualTo(1);
    assertThat(t.missingQuorumArea()).isEqualTo(10_000);
  }

  @Test
  void special_failsOneHundredthOfASquareMetreBelowTheAreaQuorum() {
    // Total 300.00 m²; the participants hold 199.99 m² (2/3 would be 200.00), but 2 of 3 heads.
    List<Voter> voters =
        List.of(new Voter("a", 10_000), new Voter("b", 9_999), new Voter("c", 10_001));
    Tally t =
        TallyEngine.tally(
            voters,
            List.of(
                new TallyEngine.Ballot("a", Choice.APPROVE),
                new TallyEngine.Ballot("b", Choice.APPROVE)),
            RuleProfile.SPECIAL);
    assertThat(t.quorumHeadsMet()).isTrue();
    assertThat(t.quorumAreaMet()).isFalse();
    assertThat(t.missingQuorumArea()).isEqualTo(1);
    assertThat(t.passed()).isFalse();
  }

  @Test
  void special_failsOneOwnerBelowThreeQuartersApproval_andAbstentionsCountAsParticipation() {
    // 8 take part: 5 approve, 1 rejects, 2 abstain: 5/8 < 3/4.
    Tally t = TallyEngine.tally(equal(12, 10_000), ballots(5, 1, 2), RuleProfile.SPECIAL);
    assertThat(t.participatingHeads()).isEqualTo(8);
    assertThat(t.quorumHeadsMet()).isTrue();
    assertThat(t.approvalHeadsMet()).isFalse();
    assertThat(t.approvalAreaMet()).isFalse();
    // Approving newcomers needed: (5 + k) / (8 + k) >= 3/4 first holds at k = 4 (9/12).
    assertThat(t.missingApprovalHeads()).isEqualTo(4);
  }

  @Test
  void special_approvalAreaExactlyAtThreeQuarters_passes_oneHundredthBelow_fails() {
    // Four voters take part with 400.00 m²; approving 300.00 m² is exactly 3/4.
    List<Voter> at =
        List.of(
            new Voter("a", 10_000),
            new Voter("b", 10_000),
            new Voter("c", 10_000),
            new Voter("d", 10_000));
    List<TallyEngine.Ballot> threeOfFour =
        List.of(
            new TallyEngine.Ballot("a", Choice.APPROVE),
            new TallyEngine.Ballot("b", Choice.APPROVE),
            new TallyEngine.Ballot("c", Choice.APPROVE),
            new TallyEngine.Ballot("d", Choice.REJECT));
    assertThat(TallyEngine.tally(at, threeOfFour, RuleProfile.SPECIAL).approvalAreaMet()).isTrue();
    // Move one hundredth of a m² from an approving room to the rejecting one: 299.99 of 400.00.
    List<Voter> below =
        List.of(
            new Voter("a", 9_999),
            new Voter("b", 10_000),
            new Voter("c", 10_000),
            new Voter("d", 10_001));
    Tally t = TallyEngine.tally(below, threeOfFour, RuleProfile.SPECIAL);
    assertThat(t.approvalHeadsMet()).isTrue();
    assertThat(t.approvalAreaMet()).isFalse();
    assertThat(t.passed()).isFalse();
  }

  @Test
  void countedElectorate_developerBuyerAndCoOwners_eachOneHead() {
    // Seven rooms become four voters: buyer 1 (two rooms), co-owners 2+3 (two rooms), owner 4, and
    // the developer (two unsold rooms). Buyer 1, the co-owners and owner 4 approve; the developer
    // abstains: 4 of 4 heads take part, 3 of 4 approve (exactly 3/4).
    List<Electorate.CountedVoter> counted =
        Electorate.count(
            List.of(
                new Electorate.Room("101", 9_000, java.util.Set.of(1L), false),
                new Electorate.Room("102", 9_000, java.util.Set.of(1L), false),
                new Electorate.Room("201", 9_000, java.util.Set.of(2L, 3L), false),
                new Electorate.Room("202", 9_000, java.util.Set.of(3L, 2L), false),
                new Electorate.Room("301", 9_000, java.util.Set.of(4L), false),
                new Electorate.Room("302", 9_000, java.util.Set.of(), true),
                new Electorate.Room("401", 9_000, java.util.Set.of(), true)));
    List<Voter> voters = counted.stream().map(Electorate.CountedVoter::voter).toList();
    Tally t =
        TallyEngine.tally(
            voters,
            List.of(
                new TallyEngine.Ballot("owners:1", Choice.APPROVE),
                new TallyEngine.Ballot("owners:2,3", Choice.APPROVE),
                new TallyEngine.Ballot("owners:4", Choice.APPROVE),
                new TallyEngine.Ballot(Electorate.DEVELOPER, Choice.ABSTAIN)),
            RuleProfile.SPECIAL);
    assertThat(t.totalHeads()).isEqualTo(4);
    assertThat(t.totalArea()).isEqualTo(63_000);
    assertThat(t.approvingHeads()).isEqualTo(3);
    assertThat(t.approvalHeadsMet()).isTrue(); // 3 of 4 is exactly 3/4
    // Area: 45,000 of 63,000 approve; 4 × 45,000 = 180,000 < 3 × 63,000 = 189,000.
    assertThat(t.approvalAreaMet()).isFalse();
    // Approving area to add: the least k with 4 (45,000 + k) ≥ 3 (63,000 + k), k = 9,000 (90.00
    // m²).
    assertThat(t.missingApprovalArea()).isEqualTo(9_000);
  }

  @Test
  void ordinary_moreThanHalfMeansStrictlyMore() {
    // 8 take part: exactly half approve: fails.
    Tally half = TallyEngine.tally(equal(12, 10_000), ballots(4, 4, 0), RuleProfile.ORDINARY);
    assertThat(half.quorumHeadsMet()).isTrue();
    assertThat(half.approvalHeadsMet()).isFalse();
    assertThat(half.approvalAreaMet()).isFalse();
    assertThat(half.passed()).isFalse();
    assertThat(half.missingApprovalHeads()).isEqualTo(1);
    Tally more = TallyEngine.tally(equal(12, 10_000), ballots(5, 3, 0), RuleProfile.ORDINARY);
    assertThat(more.passed()).isTrue();
  }

  @Test
  void areaAndHeadcountAreTestedSeparately() {
    // A large developer block (one counted voter) approves; most small owners reject.
    List<Voter> voters = new ArrayList<>();
    voters.add(new Voter("developer", 900_000));
    for (int i = 0; i < 9; i++) {
      voters.add(new Voter("o" + i, 10_000));
    }
    List<TallyEngine.Ballot> b = new ArrayList<>();
    b.add(new TallyEngine.Ballot("developer", Choice.APPROVE));
    for (int i = 0; i < 9; i++) {
      b.add(new TallyEngine.Ballot("o" + i, Choice.REJECT));
    }
    Tally t = TallyEngine.tally(voters, b, RuleProfile.ORDINARY);
    assertThat(t.approvalAreaMet()).isTrue();
    assertThat(t.approvalHeadsMet()).isFalse();
    assertThat(t.passed()).isFalse();
  }

  @Test
  void residentsMeeting_countsHeadsOnly() {
    // 10 residents: 5 attend (not more than half): invalid; 6 attend, 4 approve: passes.
    assertThat(
            TallyEngine.tally(equal(10, 0), ballots(5, 0, 0), RuleProfile.RESIDENTS_MEETING)
                .quorumHeadsMet())
        .isFalse();
    Tally t = TallyEngine.tally(equal(10, 0), ballots(4, 2, 0), RuleProfile.RESIDENTS_MEETING);
    assertThat(t.passed()).isTrue();
    Tally tie = TallyEngine.tally(equal(10, 0), ballots(3, 3, 0), RuleProfile.RESIDENTS_MEETING);
    assertThat(tie.passed()).isFalse();
  }

  @Test
  void ballotsOutsideTheElectorate_orTwiceForOneVoter_areRefused() {
    assertThatThrownBy(
            () ->
                TallyEngine.tally(
                    equal(2, 100),
                    List.of(new TallyEngine.Ballot("stranger", Choice.APPROVE)),
                    RuleProfile.ORDINARY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                TallyEngine.tally(
                    equal(2, 100),
                    List.of(
                        new TallyEngine.Ballot("v0", Choice.APPROVE),
                        new TallyEngine.Ballot("v0", Choice.REJECT)),
                    RuleProfile.ORDINARY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyVoteNeverPasses() {
    Tally t = TallyEngine.tally(equal(3, 100), List.of(), RuleProfile.ORDINARY);
    assertThat(t.passed()).isFalse();
    assertThat(t.missingQuorumHeads()).isEqualTo(2);
    assertThat(t.missingApprovalHeads()).isEqualTo(1);
  }
}
