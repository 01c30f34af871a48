package org.linli.service.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElectorateTest {

  @Test
  void developerRooms_countAsOne_multiRoomBuyersAsOne_coOwnersAsOne() {
    List<Electorate.CountedVoter> voters =
        Electorate.count(
            List.of(
                new Electorate.Room("1-101", 8_950, Set.of(1L), false),
                new Electorate.Room("1-102", 9_020, Set.of(1L), false),
                new Electorate.Room("1-201", 8_950, Set.of(2L, 3L), false),
                new Electorate.Room("1-202", 9_020, Set.of(3L, 2L), false),
                new Electorate.Room("1-301", 8_950, Set.of(4L), false),
                new Electorate.Room("1-302", 9_020, Set.of(), true),
                new Electorate.Room("1-401", 8_950, Set.of(), true)));
    // Buyer 1 (two rooms), co-owners 2+3 (two rooms), owner 4, the developer (two rooms).
    assertThat(voters).hasSize(4);
    assertThat(voters)
        .extracting(v -> v.voter().areaHundredths())
        .containsExactly(17_970L, 17_970L, 8_950L, 17_970L);
    assertThat(voters.get(3).voter().key()).isEqualTo(Electorate.DEVELOPER);
    assertThat(voters.get(1).roomKeys()).containsExactly("1-201", "1-202");
    long total = voters.stream().mapToLong(v -> v.voter().areaHundredths()).sum();
    assertThat(total).isEqualTo(8_950 * 4 + 9_020 * 3);
  }

  @Test
  void ownersLinkedThroughASharedTitle_areOneVoter_soNoBallotCountsTwice() {
    // Owner 1 alone on one title and with owner 2 on another; owner 2 also with owner 3 on a third:
    // one voter holding all three rooms. Owner 4 stays apart.
    List<Electorate.CountedVoter> voters =
        Electorate.count(
            List.of(
                new Electorate.Room("a", 10_000, Set.of(1L), false),
                new Electorate.Room("b", 10_000, Set.of(1L, 2L), false),
                new Electorate.Room("c", 9_000, Set.of(3L, 2L), false),
                new Electorate.Room("d", 8_000, Set.of(4L), false)));
    assertThat(voters).hasSize(2);
    assertThat(voters.get(0).voter().key()).isEqualTo("owners:1,2,3");
    assertThat(voters.get(0).voter().areaHundredths()).isEqualTo(29_000);
    assertThat(voters.get(0).roomKeys()).containsExactly("a", "b", "c");
    assertThat(voters.get(0).ownerIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(voters.get(1).ownerIds()).containsExactly(4L);
  }

  @Test
  void soldRoomsWithoutKnownOwners_eachCountAsAVoterOfTheirOwn() {
    List<Electorate.CountedVoter> voters =
        Electorate.count(
            List.of(
                new Electorate.Room("x", 9_000, Set.of(), false),
                new Electorate.Room("y", 8_000, Set.of(), false),
                new Electorate.Room("z", 7_000, Set.of(5L), false)));
    assertThat(voters)
        .extracting(v -> v.voter().key())
        .containsExactly("room:x", "room:y", "owners:5");
    assertThat(voters.get(0).ownerIds()).isEmpty();
    assertThat(voters.get(1).voter().areaHundredths()).isEqualTo(8_000);
  }
}
