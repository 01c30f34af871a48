package org.linli.service.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Ages and move-in/out dates are Chinese calendar dates, while times are stored in UTC. */
class VoteDatesTest {

  @Test
  void aVoteOpeningAt1amBeijingTime_usesThatBeijingDate() {
    // 2026-11-30 17:00 UTC is 2026-12-01 01:00 in Beijing: someone born 2008-12-01 is 18 there.
    LocalDate date = VoteService.chinaDate(LocalDateTime.of(2026, 11, 30, 17, 0));
    assertThat(date).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(date.minusYears(18)).isEqualTo(LocalDate.of(2008, 12, 1));
  }

  @Test
  void anAfternoonInUtc_beforeMidnightInBeijing_isTheSameDate() {
    assertThat(VoteService.chinaDate(LocalDateTime.of(2026, 11, 30, 15, 59)))
        .isEqualTo(LocalDate.of(2026, 11, 30));
  }
}
