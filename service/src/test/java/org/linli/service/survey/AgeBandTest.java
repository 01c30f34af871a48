package org.linli.service.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  @Test
  void bandsChangeOnTheBirthday() {
    assertThat(AgeBand.of(LocalDate.of(2008, 12, 1), DAY)).isEqualTo(AgeBand.UNDER_18);
    assertThat(AgeBand.of(LocalDate.of(2008, 11, 30), DAY)).isEqualTo(AgeBand.AGE_18_34);
    assertThat(AgeBand.of(LocalDate.of(1991, 12, 1), DAY)).isEqualTo(AgeBand.AGE_18_34);
    assertThat(AgeBand.of(LocalDate.of(1991, 11, 30), DAY)).isEqualTo(AgeBand.AGE_35_59);
    assertThat(AgeBand.of(LocalDate.of(1966, 12, 1), DAY)).isEqualTo(AgeBand.AGE_35_59);
    assertThat(AgeBand.of(LocalDate.of(1966, 11, 30), DAY)).isEqualTo(AgeBand.AGE_60_PLUS);
  }

  @Test
  void anUnknownBirthDate_hasNoBand() {
    assertThat(AgeBand.of(null, DAY)).isNull();
  }
}
