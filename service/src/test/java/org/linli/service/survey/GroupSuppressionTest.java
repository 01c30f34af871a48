package org.linli.service.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupSuppressionTest {

  private static Map<String, Long> sizes(Object... keyAndSize) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < keyAndSize.length; i += 2) {
      m.put((String) keyAndSize[i], ((Number) keyAndSize[i + 1]).longValue());
    }
    return m;
  }

  @Test
  void groupsOfFiveOrMore_andEmptyGroups_areShown() {
    assertThat(GroupSuppression.suppressed(sizes("a", 5, "b", 9, "c", 0), 5)).isEmpty();
  }

  @Test
  void aSmallGroup_isHidden_andTheSmallestShownGroupToo_whenTheTotalWouldGiveItAway() {
    // Total 12: showing a=5 and b=6 would reveal c = 12 - 5 - 6 = 1, so a (smallest) goes as well.
    assertThat(GroupSuppression.suppressed(sizes("a", 5, "b", 6, "c", 1), 5))
        .containsExactlyInAnyOrder("a", "c");
  }

  @Test
  void smallGroups_thatTogetherReachTheMinimum_needNoFurtherSuppression() {
    // c + d = 2 + 3 = 5: the difference from the total covers five respondents.
    assertThat(GroupSuppression.suppressed(sizes("a", 5, "b", 6, "c", 2, "d", 3), 5))
        .containsExactlyInAnyOrder("c", "d");
  }

  @Test
  void theOnlyNonEmptyGroup_isHiddenWhenSmall() {
    assertThat(GroupSuppression.suppressed(sizes("a", 3, "b", 0), 5)).containsExactly("a");
  }

  @Test
  void ties_areBrokenByKey_soTheAnswerIsStable() {
    assertThat(GroupSuppression.suppressed(sizes("b", 7, "a", 7, "c", 4), 5))
        .containsExactlyInAnyOrder("a", "c");
  }

  @Test
  void namedSurveys_withMinimumOne_hideNothing() {
    assertThat(GroupSuppression.suppressed(sizes("a", 1, "b", 2), 1)).isEmpty();
  }
}
