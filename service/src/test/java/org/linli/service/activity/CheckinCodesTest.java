package org.linli.service.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckinCodesTest {

  private static final String SECRET =
      "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  private static final String OTHER =
      "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

  @Test
  void aCodeIsSixDigits_acceptedInItsPeriodAndTheNext_only() {
    String code = CheckinCodes.code(SECRET, 42, 1000);
    assertThat(code).matches("[0-9]{6}");
    assertThat(CheckinCodes.verify(SECRET, 42, code, 1000)).isTrue();
    assertThat(CheckinCodes.verify(SECRET, 42, code, 1001)).isTrue();
    assertThat(CheckinCodes.verify(SECRET, 42, code, 1002)).isFalse();
    assertThat(CheckinCodes.verify(SECRET, 42, code, 999)).isFalse();
  }

  @Test
  void codesDependOnTheActivityAndItsSecret() {
    String code = CheckinCodes.code(SECRET, 42, 1000);
    assertThat(CheckinCodes.verify(SECRET, 43, code, 1000)).isFalse();
    assertThat(CheckinCodes.verify(OTHER, 42, code, 1000)).isFalse();
    assertThat(CheckinCodes.code(SECRET, 42, 1001)).isNotEqualTo(code);
  }

  @Test
  void payloadsAreSigned_andTamperingIsRefused() {
    String payload = CheckinCodes.payload(SECRET, 42, 1000);
    assertThat(payload).startsWith("LL1.42.1000.");
    assertThat(CheckinCodes.verify(SECRET, 42, payload, 1001)).isTrue();
    assertThat(CheckinCodes.verify(SECRET, 42, payload, 1002)).isFalse();
    assertThat(CheckinCodes.verify(SECRET, 42, payload.replace(".1000.", ".1001."), 1001))
        .isFalse();
    assertThat(CheckinCodes.verify(SECRET, 42, payload.replace("LL1.42.", "LL1.43."), 1000))
        .isFalse();
    assertThat(CheckinCodes.verify(SECRET, 42, "LL1.42.x.y", 1000)).isFalse();
    assertThat(CheckinCodes.verify(SECRET, 42, "LL1.42", 1000)).isFalse();
    assertThat(CheckinCodes.verify(SECRET, 42, null, 1000)).isFalse();
  }

  @Test
  void periodsFollowTheClock() {
    assertThat(CheckinCodes.period(120, 60)).isEqualTo(2);
    assertThat(CheckinCodes.period(179, 60)).isEqualTo(2);
    assertThat(CheckinCodes.period(180, 60)).isEqualTo(3);
  }
}
