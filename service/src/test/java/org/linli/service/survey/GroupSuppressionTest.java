package org.linli.service.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  private static List<String[]> responses(int times, String building, String age, String kind) {
    List<String[]> r = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      r.add(new String[] {building, age, kind});
    }
    return r;
  }

  private static Map<String, Long> count(List<String[]> responses, int dimension) {
    Map<String, Long> m = new LinkedHashMap<>();
    responses.forEach(r -> m.merge(r[dimension], 1L, Long::sum));
    return m;
  }

  /*
   * Building A: 5 tenants aged 35-59; B: 5 owners and 1 tenant, all 60+; C: 1 family member
   * 18-34; 1 response the registry does not know (U).
   * Buildings A 5, B 6, C 1, U 1 -> C and U hidden (2), so A too; B shown.
   * Ages 60+ 6, 35-59 5, 18-34 1, U 1 -> 18-34 and U hidden, so 35-59 too; 60+ shown.
   * Kinds TENANT 6, OWNER 5, FAMILY 1, U 1 -> FAMILY and U hidden, so OWNER too; TENANT shown.
   * Across: B and TENANT share 1 response (the tenant of B): TENANT (later partition, equal size)
   * is hidden, and with it every kind. B and 60+ are the same six responses: both stay.
   */
  @Test
  void acrossPartitions_aShownGroupThatDiffersFromAnotherByOneToFour_isHidden() {
    List<String[]> all = new ArrayList<>();
    all.addAll(responses(5, "A", "35-59", "TENANT"));
    all.addAll(responses(5, "B", "60+", "OWNER"));
    all.addAll(responses(1, "B", "60+", "TENANT"));
    all.addAll(responses(1, "C", "18-34", "FAMILY"));
    all.addAll(responses(1, "U", "U", "U"));
    List<Map<String, Long>> sizes = List.of(count(all, 0), count(all, 1), count(all, 2));

    List<Set<String>> hidden = GroupSuppression.across(sizes, all, 5);

    assertThat(hidden.get(0)).containsExactlyInAnyOrder("A", "C", "U");
    assertThat(hidden.get(1)).containsExactlyInAnyOrder("35-59", "18-34", "U");
    assertThat(hidden.get(2)).containsExactlyInAnyOrder("TENANT", "OWNER", "FAMILY", "U");
    assertThat(GroupSuppression.across(sizes, all, 1)).allMatch(Set::isEmpty);
  }

  @Test
  void acrossPartitions_largeOverlaps_keepBothGroups() {
    List<String[]> all = new ArrayList<>();
    all.addAll(responses(5, "A", "young", "OWNER"));
    all.addAll(responses(5, "A", "old", "OWNER"));
    all.addAll(responses(5, "B", "young", "TENANT"));
    all.addAll(responses(5, "B", "old", "TENANT"));
    List<Map<String, Long>> sizes = List.of(count(all, 0), count(all, 1), count(all, 2));

    assertThat(GroupSuppression.across(sizes, all, 5)).allMatch(Set::isEmpty);
  }
}
