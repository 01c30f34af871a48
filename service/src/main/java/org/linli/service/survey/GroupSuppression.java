package org.linli.service.survey;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups of a partition (all responses split by building, age band or residence kind) must be
 * withheld so that no respondent of an anonymous survey can be singled out.
 *
 * <p>Primary suppression: every group with 1 to {@code minimum - 1} members. Secondary suppression:
 * the total is known, so the withheld groups together could be worked out as the total minus the
 * shown groups; while they add up to 1 to {@code minimum - 1}, the smallest shown non-empty group
 * is withheld as well. Empty groups are shown: they reveal no one's answer.
 */
final class GroupSuppression {

  private GroupSuppression() {}

  /**
   * The keys to withhold.
   *
   * @param sizes members per group key; together the whole partition
   * @param minimum smallest group that may be shown; 1 or less withholds nothing
   */
  static Set<String> suppressed(Map<String, Long> sizes, int minimum) {
    Set<String> hidden = new HashSet<>();
    if (minimum <= 1) {
      return hidden;
    }
    long hiddenTotal = 0;
    for (Map.Entry<String, Long> e : sizes.entrySet()) {
      if (e.getValue() > 0 && e.getValue() < minimum) {
        hidden.add(e.getKey());
        hiddenTotal += e.getValue();
      }
    }
    while (hiddenTotal > 0 && hiddenTotal < minimum) {
      List<Map.Entry<String, Long>> shown =
          sizes.entrySet().stream()
              .filter(e -> e.getValue() > 0 && !hidden.contains(e.getKey()))
              .sorted(
                  Comparator.comparing(Map.Entry<String, Long>::getValue)
                      .thenComparing(Map.Entry::getKey))
              .toList();
      if (shown.isEmpty()) {
        break;
      }
      hidden.add(shown.get(0).getKey());
      hiddenTotal += shown.get(0).getValue();
    }
    return hidden;
  }
}
