package org.linli.service.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Counting a vote's options: yes/no, elections, abstentions, and recounts. */
class VoteCounterTest {

  private static final List<VoteOption> YES_NO =
      List.of(
          new VoteOption(VoteOption.APPROVE, "同意"),
          new VoteOption(VoteOption.REJECT, "反对"),
          new VoteOption(VoteOption.ABSTAIN, "弃权"));

  private static List<Voter> voters(long... areas) {
    List<Voter> v = new ArrayList<>();
    for (int i = 0; i < areas.length; i++) {
      v.add(new Voter("v" + i, areas[i]));
    }
    return v;
  }

  private static TallyEngine.OptionBallot b(int voter, String option) {
    return new TallyEngine.OptionBallot("v" + voter, option);
  }

  @Test
  void yesNo_abstentionsTakePartWithoutApproving() {
    // Four owners of 100.00 m² each; three take part (≥ 2/3): two approve, one abstains.
    VoteResult r =
        VoteCounter.count(
            OptionKind.YES_NO,
            YES_NO,
            ElectorateKind.OWNERS,
            RuleProfile.ORDINARY,
            voters(10_000, 10_000, 10_000, 10_000),
            List.of(b(0, "APPROVE"), b(1, "APPROVE"), b(2, "ABSTAIN")));
    assertThat(r.participatingHeads()).isEqualTo(3);
    assertThat(r.participatingArea()).isEqualTo(30_000);
    assertThat(r.quorumHeadsMet()).isTrue();
    VoteResult.OptionResult approve = r.options().get(0);
    assertThat(approve.area()).isEqualTo(20_000);
    assertThat(approve.approvalHeadsMet()).isTrue(); // 2 of 3 is more than half
    assertThat(r.options().get(1).passed()).isNull(); // REJECT is not judged
    assertThat(r.options().get(2).heads()).isEqualTo(1);
    assertThat(r.passed()).isTrue();
    assertThat(r.passedOptions()).containsExactly("APPROVE");
    assertThat(r.countingPolicy()).isEqualTo("SPC_2020_ART8_9");
  }

  @Test
  void yesNo_exactlyHalfApproving_isNotMoreThanHalf() {
    VoteResult r =
        VoteCounter.count(
            OptionKind.YES_NO,
            YES_NO,
            ElectorateKind.OWNERS,
            RuleProfile.ORDINARY,
            voters(10_000, 10_000, 10_000),
            List.of(b(0, "APPROVE"), b(1, "REJECT")));
    assertThat(r.options().get(0).approvalHeadsMet()).isFalse();
    assertThat(r.options().get(0).approvalAreaMet()).isFalse();
    assertThat(r.options().get(0).missingApprovalHeads()).isEqualTo(1);
    assertThat(r.passed()).isFalse();
  }

  @Test
  void election_judgesEachCandidateOverAllParticipants() {
    List<VoteOption> candidates =
        List.of(
            new VoteOption("O1", "张"),
            new VoteOption("O2", "李"),
            new VoteOption(VoteOption.ABSTAIN, "弃权"));
    // Five residents (headcount only): 3 for 张, 1 for 李, 1 abstains; all five take part.
    VoteResult r =
        VoteCounter.count(
            OptionKind.CUSTOM,
            candidates,
            ElectorateKind.ADULT_RESIDENTS,
            RuleProfile.RESIDENTS_MEETING,
            voters(0, 0, 0, 0, 0),
            List.of(b(0, "O1"), b(1, "O1"), b(2, "O1"), b(3, "O2"), b(4, "ABSTAIN")));
    assertThat(r.passedOptions()).containsExactly("O1");
    assertThat(r.options().get(1).passed()).isFalse();
    assertThat(r.options().get(2).passed()).isNull();
    assertThat(r.passed()).isTrue();
    assertThat(r.countingPolicy()).isEqualTo("RESIDENTS_18_PLUS");
  }

  @Test
  void noQuorum_nothingPasses() {
    VoteResult r =
        VoteCounter.count(
            OptionKind.YES_NO,
            YES_NO,
            ElectorateKind.HOUSEHOLDS,
            RuleProfile.RESIDENTS_MEETING,
            voters(0, 0, 0, 0),
            List.of(b(0, "APPROVE"), b(1, "APPROVE")));
    assertThat(r.quorumHeadsMet()).isFalse(); // 2 of 4 is not more than half
    assertThat(r.missingQuorumHeads()).isEqualTo(1);
    assertThat(r.passed()).isFalse();
  }

  @Property(tries = 200)
  void recountingShuffledBallotsAlwaysAgrees(
      @ForAll @IntRange(min = 1, max = 40) int size, @ForAll long seed) {
    Random random = new Random(seed);
    long[] areas = new long[size];
    for (int i = 0; i < size; i++) {
      areas[i] = 5_000 + random.nextInt(15_000);
    }
    List<Voter> voters = voters(areas);
    String[] keys = {"APPROVE", "REJECT", "ABSTAIN"};
    List<TallyEngine.OptionBallot> ballots = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (random.nextInt(4) > 0) {
        ballots.add(b(i, keys[random.nextInt(3)]));
      }
    }
    VoteResult first =
        VoteCounter.count(
            OptionKind.YES_NO, YES_NO, ElectorateKind.OWNERS, RuleProfile.SPECIAL, voters, ballots);
    List<TallyEngine.OptionBallot> shuffled = new ArrayList<>(ballots);
    Collections.shuffle(shuffled, random);
    assertThat(
            VoteCounter.count(
                OptionKind.YES_NO,
                YES_NO,
                ElectorateKind.OWNERS,
                RuleProfile.SPECIAL,
                voters,
                shuffled))
        .isEqualTo(first);
    assertThat(first.ballots()).isEqualTo(ballots.size());
  }
}
