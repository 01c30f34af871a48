package org.linli.service.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignupCommandTest {

  @Test
  void theFingerprintIgnoresOrder_butNotContent() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");
    assertThat(new SignupCommand(1, ab, List.of("t1", "t2")).fingerprint())
        .isEqualTo(new SignupCommand(1, ba, List.of("t2", "t1")).fingerprint());
    assertThat(new SignupCommand(1, ab, List.of()).fingerprint())
        .isNotEqualTo(new SignupCommand(2, ab, List.of()).fingerprint())
        .isNotEqualTo(new SignupCommand(1, Map.of("a", "1"), List.of()).fingerprint())
        .isNotEqualTo(new SignupCommand(1, ab, List.of("t1")).fingerprint());
    // No answers and an empty map are the same request.
    assertThat(new SignupCommand(1, null, null).fingerprint())
        .isEqualTo(new SignupCommand(1, Map.of(), List.of()).fingerprint());
  }

  @Test
  void valuesCannotBeShiftedAcrossKeys() {
    assertThat(new SignupCommand(1, Map.of("a", "1\nb=2"), List.of()).fingerprint())
        .isNotEqualTo(new SignupCommand(1, Map.of("a", "1", "b", "2"), List.of()).fingerprint());
  }
}
