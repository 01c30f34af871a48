package org.linli.service.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Properties of the tally: order does not matter, recounting agrees, "missing" is exact. */
class TallyPropertiesTest {

  private static List<Voter> electorate(int size, long seed) {
    Random random = new Random(seed);
    List<Voter> voters = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      voters.add(new Voter("v" + i, 3_000 + random.nextInt(20_000)));
    }
    return voters;
  }

  private static List<TallyEngine.Ballot> ballots(List<Voter> voters, long seed) {
    Random random = new Random(seed);
    List<TallyEngine.Ballot> ballots = new ArrayList<>();
    for (Voter v : voters) {
      int r = random.nextInt(5);
      if (r < 4) {
        ballots.add(new TallyEngine.Ballot(v.key(), Choice.values()[r % 3]));
      }
    }
    return ballots;
  }

  @Property(tries = 300)
  void theTallyNeverDependsOnBallotOrder_andRecountingAgrees(
      @ForAll @IntRange(min = 1, max = 60) int size, @ForAll long seed) {
    List<Voter> voters = electorate(size, seed);
    List<TallyEngine.Ballot> ballots = ballots(voters, seed + 1);
    for (RuleProfile profile :
        List.of(RuleProfile.SPECIAL, RuleProfile.ORDINARY, RuleProfile.RESIDENTS_MEETING)) {
      Tally first = TallyEngine.tally(voters, ballots, profile);
      List<TallyEngine.Ballot> shuffled = new ArrayList<>(ballots);
      Collections.shuffle(shuffled, new Random(seed + 2));
      List<Voter> reordered = new ArrayList<>(voters);
      Collections.shuffle(reordered, new Random(seed + 3));
      assertThat(TallyEngine.tally(reordered, shuffled, profile)).isEqualTo(first);
      assertThat(TallyEngine.tally(voters, ballots, profile)).isEqualTo(first);
    }
  }

  @Property(tries = 500)
  void missingIsTheExactAmount(
      @ForAll @LongRange(min = 0, max = 1_000_000) long part,
      @ForAll @LongRange(min = 1, max = 1_000_000) long whole) {
    for (Threshold t :
        List.of(Threshold.TWO_THIRDS, Threshold.THREE_QUARTERS, Threshold.MORE_THAN_HALF)) {
      long missing = t.missing(part, whole);
      assertThat(t.reached(part + missing, whole)).isTrue();
      if (missing > 0) {
        assertThat(t.reached(part + missing - 1, whole)).isFalse();
      }
    }
  }

  @Property(tries = 500)
  void missingApprovalsIsTheExactNumber(
      @ForAll @LongRange(min = 0, max = 100_000) long approving,
      @ForAll @LongRange(min = 0, max = 100_000) long extra) {
    long participating = approving + extra;
    for (Threshold t :
        List.of(Threshold.TWO_THIRDS, Threshold.THREE_QUARTERS, Threshold.MORE_THAN_HALF)) {
      long k = t.missingApprovals(approving, participating);
      assertThat(t.reached(approving + k, participating + k)).isTrue();
      if (k > 0) {
        assertThat(t.reached(approving + k - 1, participating + k - 1)).isFalse();
      }
    }
  }

  @Property(tries = 200)
  void anotherApprovingBallotNeverTurnsAPassIntoAFail(
      @ForAll @IntRange(min = 2, max = 40) int size, @ForAll long seed) {
    List<Voter> voters = electorate(size, seed);
    List<TallyEngine.Ballot> ballots = ballots(voters, seed + 1);
    List<String> voted = ballots.stream().map(TallyEngine.Ballot::voterKey).toList();
    Voter absent = voters.stream().filter(v -> !voted.contains(v.key())).findFirst().orElse(null);
    if (absent == null) {
      return;
    }
    List<TallyEngine.Ballot> more = new ArrayList<>(ballots);
    more.add(new TallyEngine.Ballot(absent.key(), Choice.APPROVE));
    for (RuleProfile profile : List.of(RuleProfile.SPECIAL, RuleProfile.ORDINARY)) {
      if (TallyEngine.tally(voters, ballots, profile).passed()) {
        assertThat(TallyEngine.tally(voters, more, profile).passed()).isTrue();
      }
    }
  }
}
