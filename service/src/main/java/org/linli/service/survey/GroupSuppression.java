package org.linli.service.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups of an anonymous survey's responses must be withheld so that no respondent can be
 * singled out. Responses are split three ways (by building, age band and residence kind); each
 * split is a partition whose total is known.
 *
 * <ol>
 *   <li>Primary: every group with 1 to {@code minimum - 1} responses.
 *   <li>Secondary, within a partition: the withheld groups together could be worked out as the
 *       total minus the shown groups; while they add up to 1 to {@code minimum - 1}, the smallest
 *       shown non-empty group is withheld as well.
 *   <li>Across partitions: two shown groups of different partitions (say building 2 and 60+) let
 *       their differences be worked out. For every such pair, each of the four cells (in both, only
 *       in the first, only in the second, in neither) must hold no response or at least {@code
 *       minimum}; otherwise the smaller group (on a tie, the one of the later partition) is
 *       withheld and the secondary rule runs again in its partition, until nothing changes.
 * </ol>
 *
 * Empty groups are shown: they reveal no one's answer. The rules look at pairs of groups, not at
 * every combination of several groups of several partitions; results show one group at a time and
 * the groups are coarse, which keeps such combinations few, but they are not ruled out in theory.
 */
final class GroupSuppression {

  private GroupSuppression() {}

  /**
   * The keys of one partition to withhold (primary and secondary rules).
   *
   * @param sizes responses per group key; together the whole partition
   * @param minimum smallest group that may be shown; 1 or less withholds nothing
   */
  static Set<String> suppressed(Map<String, Long> sizes, int minimum) {
    return suppressed(sizes, minimum, Set.of());
  }

  /**
   * The keys of each partition to withhold (all three rules).
   *
   * @param sizes per partition, responses per group key
   * @param responses per response, its group key in each partition (in the order of {@code sizes})
   * @param minimum smallest group that may be shown; 1 or less withholds nothing
   * @return per partition, in the order of {@code sizes}, the keys to withhold
   */
  static List<Set<String>> across(
      List<Map<String, Long>> sizes, List<String[]> responses, int minimum) {
    List<Set<String>> hidden = new ArrayList<>();
    sizes.forEach(s -> hidden.add(suppressed(s, minimum)));
    if (minimum <= 1) {
      return hidden;
    }
    long total = responses.size();
    Map<String, Long> both = new HashMap<>();
    for (String[] r : responses) {
      for (int a = 0; a < sizes.size(); a++) {
        for (int b = a + 1; b < sizes.size(); b++) {
          both.merge(pair(a, r[a], b, r[b]), 1L, Long::sum);
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      search:
      for (int a = 0; a < sizes.size(); a++) {
        for (int b = a + 1; b < sizes.size(); b++) {
          for (Map.Entry<String, Long> ga : shown(sizes.get(a), hidden.get(a))) {
            for (Map.Entry<String, Long> gb : shown(sizes.get(b), hidden.get(b))) {
              long in = both.getOrDefault(pair(a, ga.getKey(), b, gb.getKey()), 0L);
              long onlyA = ga.getValue() - in;
              long onlyB = gb.getValue() - in;
              long neither = total - ga.getValue() - gb.getValue() + in;
              if (small(in, minimum)
                  || small(onlyA, minimum)
                  || small(onlyB, minimum)
                  || small(neither, minimum)) {
                int p = ga.getValue() < gb.getValue() ? a : b;
                String key = p == a ? ga.getKey() : gb.getKey();
                Set<String> more = new HashSet<>(hidden.get(p));
                more.add(key);
                hidden.set(p, suppressed(sizes.get(p), minimum, more));
                changed = true;
                break search;
              }
            }
          }
        }
      }
    }
    return hidden;
  }

  private static Set<String> suppressed(Map<String, Long> sizes, int minimum, Set<String> given) {
    Set<String> hidden = new HashSet<>(given);
    if (minimum <= 1) {
      return hidden;
    }
    for (Map.Entry<String, Long> e : sizes.entrySet()) {
      if (small(e.getValue(), minimum)) {
        hidden.add(e.getKey());
      }
    }
    long hiddenTotal =
        sizes.entrySet().stream()
            .filter(e -> hidden.contains(e.getKey()))
            .mapToLong(Map.Entry::getValue)
            .sum();
    while (small(hiddenTotal, minimum)) {
      List<Map.Entry<String, Long>> shown = shown(sizes, hidden);
      if (shown.isEmpty()) {
        break;
      }
      hidden.add(shown.get(0).getKey());
      hiddenTotal += shown.get(0).getValue();
    }
    return hidden;
  }

  /** Shown non-empty groups, smallest first (ties by key, so answers are stable). */
  private static List<Map.Entry<String, Long>> shown(Map<String, Long> sizes, Set<String> hidden) {
    return sizes.entrySet().stream()
        .filter(e -> e.getValue() > 0 && !hidden.contains(e.getKey()))
        .sorted(
            Comparator.comparing(Map.Entry<String, Long>::getValue)
                .thenComparing(Map.Entry::getKey))
        .toList();
  }

  private static boolean small(long n, int minimum) {
    return n > 0 && n < minimum;
  }

  private static String pair(int a, String keyA, int b, String keyB) {
    return a + ":" + keyA + "\u0000" + b + ":" + keyB;
  }
}
