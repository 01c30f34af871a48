package org.linli.service.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Accumulates the results of one survey definition, one response at a time.
 *
 * <p>Each {@link #add} costs O(number of answers) and only counters are kept (per option, per
 * matrix cell, per rank, and a frequency map of the distinct NUMBER values for the median), never
 * the responses themselves. Text answers (SHORT_TEXT, LONG_TEXT and "other" texts) are only
 * counted; the texts are paged from the database by the caller.
 *
 * <p>Responses are expected to be validated: a response maps question ids to answers and omits
 * hidden or unanswered questions. The calculator is nonetheless lenient: answers to unknown
 * questions, unknown option or row ids, out-of-scale ratings and duplicate option ids within one
 * answer are ignored, and an answer whose field for the question's type is missing (for texts:
 * blank) counts as no answer.
 *
 * <p>Not thread-safe.
 */
public final class SurveyResultsCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<Accumulator> accumulators;
  private final Map<String, Accumulator> byQuestionId;
  private long responses;

  /**
   * Creates an empty calculator.
   *
   * @param def the survey version whose responses will be added
   */
  public SurveyResultsCalculator(SurveyDefinition def) {
    Objects.requireNonNull(def, "def");
    this.accumulators = new ArrayList<>(def.questions().size());
    this.byQuestionId = new HashMap<>();
    for (Question q : def.questions()) {
      Accumulator acc = accumulatorFor(q);
      accumulators.add(acc);
      byQuestionId.put(q.id(), acc);
    }
  }

  /**
   * Adds one response.
   *
   * @param response answers keyed by question id; hidden and unanswered questions are absent
   */
  public void add(Map<String, Answer> response) {
    responses++;
    if (response == null || response.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Answer> e : response.entrySet()) {
      Accumulator acc = byQuestionId.get(e.getKey());
      if (acc != null && e.getValue() != null) {
        acc.add(e.getValue());
      }
    }
  }

  /**
   * Returns the results of the responses added so far. May be called repeatedly; adding more
   * responses afterwards is allowed.
   *
   * @return the results, one question result per question in definition order
   */
  public SurveyResults results() {
    List<QuestionResult> results = new ArrayList<>(accumulators.size());
    for (Accumulator acc : accumulators) {
      results.add(acc.result());
    }
    return new SurveyResults(responses, results);
  }

  private static Accumulator accumulatorFor(Question q) {
    return switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> new ChoiceAccumulator(q);
      case SHORT_TEXT, LONG_TEXT -> new TextAccumulator(q);
      case NUMBER -> new NumberAccumulator(q);
      case RATING -> new RatingAccumulator(q);
      case DATE -> new DateAccumulator(q);
      case MATRIX -> new MatrixAccumulator(q);
      case RANKING -> new RankingAccumulator(q);
    };
  }

  /** {@code count} as a percentage of {@code total}, 1 decimal HALF_UP; 0 when total is 0. */
  static double percent(long count, long total) {
    if (total == 0) {
      return 0.0;
    }
    return BigDecimal.valueOf(count)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static Map<String, Integer> indexOf(List<ChoiceOption> options) {
    Map<String, Integer> index = new HashMap<>(options.size() * 2);
    for (int i = 0; i < options.size(); i++) {
      index.putIfAbsent(options.get(i).id(), i);
    }
    return index;
  }

  private static List<OptionCount> optionCounts(
      List<ChoiceOption> options, long[] counts, long total) {
    List<OptionCount> list = new ArrayList<>(options.size());
    for (int i = 0; i < options.size(); i++) {
      ChoiceOption o = options.get(i);
      list.add(new OptionCount(o.id(), o.label(), counts[i], percent(counts[i], total)));
    }
    return list;
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  /** Per-question counters. */
  private abstract static class Accumulator {
    final Question question;
    long answered;

    Accumulator(Question question) {
      this.question = question;
    }

    abstract void add(Answer answer);

    abstract QuestionResult result();

    QuestionResult result(
        List<OptionCount> options,
        NumberStats numbers,
        List<MatrixRowResult> matrix,
        List<RankingScore> ranking,
        long textAnswers,
        long otherTextAnswers) {
      return new QuestionResult(
          question.id(),
          question.type(),
          question.title(),
          answered,
          options,
          numbers,
          matrix,
          ranking,
          textAnswers,
          otherTextAnswers);
    }
  }

  /** SINGLE_CHOICE and MULTIPLE_CHOICE. */
  private static final class ChoiceAccumulator extends Accumulator {
    private final Map<String, Integer> index;
    private final long[] counts;

    /** Marks options already counted for the current answer (dedupes repeated ids). */
    private final long[] lastSeen;

    private long otherTexts;

    ChoiceAccumulator(Question q) {
      super(q);
      this.index = indexOf(q.options());
      this.counts = new long[q.options().size()];
      this.lastSeen = new long[q.options().size()];
    }

    @Override
    void add(Answer a) {
      if (question.type() == QuestionType.SINGLE_CHOICE) {
        if (a.optionId() == null) {
          return;
        }
        answered++;
        Integer i = index.get(a.optionId());
        if (i != null) {
          counts[i]++;
        }
      } else {
        if (a.optionIds() == null || a.optionIds().isEmpty()) {
          return;
        }
        answered++;
        for (String id : a.optionIds()) {
          Integer i = id == null ? null : index.get(id);
          if (i != null && lastSeen[i] != answered) {
            lastSeen[i] = answered;
            counts[i]++;
          }
        }
      }
      if (hasText(a.otherText())) {
        otherTexts++;
      }
    }

    @Override
    QuestionResult result() {
      return result(
          optionCounts(question.options(), counts, answered),
          null,
          List.of(),
          List.of(),
          0,
          otherTexts);
    }
  }

  /** SHORT_TEXT and LONG_TEXT: counted only. */
  private static final class TextAccumulator extends Accumulator {
    TextAccumulator(Question q) {
      super(q);
    }

    @Override
    void add(Answer a) {
      if (hasText(a.text())) {
        answered++;
      }
    }

    @Override
    QuestionResult result() {
      return result(List.of(), null, List.of(), List.of(), answered, 0);
    }
  }

  /** DATE: answered count only. */
  private static final class DateAccumulator extends Accumulator {
    DateAccumulator(Question q) {
      super(q);
    }

    @Override
    void add(Answer a) {
      if (a.date() != null) {
        answered++;
      }
    }

    @Override
    QuestionResult result() {
      return result(List.of(), null, List.of(), List.of(), 0, 0);
    }
  }

  /** NUMBER: sum, min, max and a frequency map of the distinct values for the median. */
  private static final class NumberAccumulator extends Accumulator {
    private final TreeMap<BigDecimal, Long> frequencies = new TreeMap<>();
    private BigDecimal sum = BigDecimal.ZERO;

    NumberAccumulator(Question q) {
      super(q);
    }

    @Override
    void add(Answer a) {
      BigDecimal n = a.number();
      if (n == null) {
        return;
      }
      answered++;
      sum = sum.add(n);
      // compareTo-based keys: 2.0 and 2.00 share one entry.
      frequencies.merge(n, 1L, Long::sum);
    }

    @Override
    QuestionResult result() {
      NumberStats stats;
      if (answered == 0) {
        stats = new NumberStats(0, null, null, null, null);
      } else {
        BigDecimal mean = sum.divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP);
        long lowPos = (answered - 1) / 2;
        long highPos = answered / 2;
        BigDecimal low = null;
        BigDecimal high = null;
        long seen = 0;
        for (Map.Entry<BigDecimal, Long> e : frequencies.entrySet()) {
          seen += e.getValue();
          if (low == null && seen > lowPos) {
            low = e.getKey();
          }
          if (seen > highPos) {
            high = e.getKey();
            break;
          }
        }
        BigDecimal median = low.add(high).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        stats =
            new NumberStats(answered, mean, median, frequencies.firstKey(), frequencies.lastKey());
      }
      return result(List.of(), stats, List.of(), List.of(), 0, 0);
    }
  }

  /** RATING: a distribution over 1..scale, from which all statistics derive. */
  private static final class RatingAccumulator extends Accumulator {
    private final int scale;

    /** counts[k - 1] = answers rating k. */
    private final long[] counts;

    RatingAccumulator(Question q) {
      super(q);
      this.scale = q.scale() == null || q.scale() < 1 ? 5 : q.scale();
      this.counts = new long[scale];
    }

    @Override
    void add(Answer a) {
      BigDecimal n = a.number();
      if (n == null) {
        return;
      }
      int k;
      try {
        k = n.intValueExact();
      } catch (ArithmeticException notAnInteger) {
        return;
      }
      if (k < 1 || k > scale) {
        return;
      }
      answered++;
      counts[k - 1]++;
    }

    @Override
    QuestionResult result() {
      List<OptionCount> distribution = new ArrayList<>(scale);
      for (int k = 1; k <= scale; k++) {
        String label = String.valueOf(k);
        if (k == 1 && question.minLabel() != null) {
          label += " (" + question.minLabel() + ")";
        } else if (k == scale && question.maxLabel() != null) {
          label += " (" + question.maxLabel() + ")";
        }
        distribution.add(
            new OptionCount(
                String.valueOf(k), label, counts[k - 1], percent(counts[k - 1], answered)));
      }
      NumberStats stats;
      if (answered == 0) {
        stats = new NumberStats(0, null, null, null, null);
      } else {
        long sum = 0;
        int min = 0;
        int max = 0;
        for (int k = 1; k <= scale; k++) {
          long c = counts[k - 1];
          if (c > 0) {
            sum += c * k;
            max = k;
            if (min == 0) {
              min = k;
            }
          }
        }
        long lowPos = (answered - 1) / 2;
        long highPos = answered / 2;
        int low = 0;
        int high = 0;
        long seen = 0;
        for (int k = 1; k <= scale; k++) {
          seen += counts[k - 1];
          if (low == 0 && seen > lowPos) {
            low = k;
          }
          if (seen > highPos) {
            high = k;
            break;
          }
        }
        stats =
            new NumberStats(
                answered,
                BigDecimal.valueOf(sum)
                    .divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP),
                BigDecimal.valueOf(low + high)
                    .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP),
                BigDecimal.valueOf(min),
                BigDecimal.valueOf(max));
      }
      return result(distribution, stats, List.of(), List.of(), 0, 0);
    }
  }

  /** MATRIX: one option count array per row. */
  private static final class MatrixAccumulator extends Accumulator {
    private final Map<String, Integer> optionIndex;
    private final Map<String, Integer> rowIndex;
    private final long[][] counts;
    private final long[] rowAnswered;

    MatrixAccumulator(Question q) {
      super(q);
      this.optionIndex = indexOf(q.options());
      this.rowIndex = new HashMap<>(q.rows().size() * 2);
      for (int r = 0; r < q.rows().size(); r++) {
        rowIndex.putIfAbsent(q.rows().get(r).id(), r);
      }
      this.counts = new long[q.rows().size()][q.options().size()];
      this.rowAnswered = new long[q.rows().size()];
    }

    @Override
    void add(Answer a) {
      if (a.matrix() == null || a.matrix().isEmpty()) {
        return;
      }
      answered++;
      for (Map.Entry<String, String> e : a.matrix().entrySet()) {
        Integer r = rowIndex.get(e.getKey());
        Integer o = e.getValue() == null ? null : optionIndex.get(e.getValue());
        if (r != null && o != null) {
          rowAnswered[r]++;
          counts[r][o]++;
        }
      }
    }

    @Override
    QuestionResult result() {
      List<MatrixRow> rows = question.rows();
      List<MatrixRowResult> table = new ArrayList<>(rows.size());
      for (int r = 0; r < rows.size(); r++) {
        table.add(
            new MatrixRowResult(
                rows.get(r).id(),
                rows.get(r).label(),
                rowAnswered[r],
                optionCounts(question.options(), counts[r], rowAnswered[r])));
      }
      return result(List.of(), null, table, List.of(), 0, 0);
    }
  }

  /** RANKING: per option, the sum of its ranks and how often it was ranked. */
  private static final class RankingAccumulator extends Accumulator {
    private final Map<String, Integer> index;
    private final long[] rankSums;
    private final long[] ranked;
    private final long[] points;
    private final long[] lastSeen;

    RankingAccumulator(Question q) {
      super(q);
      int n = q.options().size();
      this.index = indexOf(q.options());
      this.rankSums = new long[n];
      this.ranked = new long[n];
      this.points = new long[n];
      this.lastSeen = new long[n];
    }

    @Override
    void add(Answer a) {
      if (a.ranking() == null || a.ranking().isEmpty()) {
        return;
      }
      answered++;
      int n = rankSums.length;
      List<String> order = a.ranking();
      for (int pos = 0; pos < order.size(); pos++) {
        String id = order.get(pos);
        Integer i = id == null ? null : index.get(id);
        if (i == null || lastSeen[i] == answered) {
          continue;
        }
        lastSeen[i] = answered;
        int rank = pos + 1;
        rankSums[i] += rank;
        ranked[i]++;
        points[i] += Math.max(0, n - rank);
      }
    }

    @Override
    QuestionResult result() {
      List<ChoiceOption> options = question.options();
      List<RankingScore> scores = new ArrayList<>(options.size());
      for (int i = 0; i < options.size(); i++) {
        double average =
            ranked[i] == 0
                ? 0.0
                : BigDecimal.valueOf(rankSums[i])
                    .divide(BigDecimal.valueOf(ranked[i]), 2, RoundingMode.HALF_UP)
                    .doubleValue();
        scores.add(
            new RankingScore(options.get(i).id(), options.get(i).label(), average, points[i]));
      }
      // Stable sort keeps option order among equal points.
      scores.sort(Comparator.comparingLong(RankingScore::points).reversed());
      return result(List.of(), null, List.of(), scores, 0, 0);
    }
  }
}
