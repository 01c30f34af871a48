package org.linli.service.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cross tabulation of two choice questions with small-group suppression.
 *
 * <p>Cell (i, j) counts the respondents who chose row option i and column option j; with multiple
 * choice questions each chosen option counts, so a respondent may contribute to several cells. Only
 * responses that answered both questions are counted.
 *
 * <p><b>Suppression.</b> To protect anonymity:
 *
 * <ol>
 *   <li><i>Primary:</i> every cell with {@code 0 < count < minimumCellSize} is suppressed (count
 *       null, suppressed true). Zero cells are shown.
 *   <li><i>Complementary (rows only):</i> row totals are known to readers (they are the option
 *       counts in the survey results), so a row with exactly one suppressed cell would let the
 *       reader recover it by subtraction. In such a row the smallest other non-zero cell (the first
 *       in option order on ties) is suppressed too. If the row has no other non-zero cell, nothing
 *       can be hidden by the table: the row total itself equals the suppressed count, and
 *       protecting it is up to whoever publishes the row totals.
 * </ol>
 *
 * <p>Columns are not given complementary suppression; a column with a single suppressed cell may
 * still be derivable from its column total. Callers that publish column totals for small groups
 * should take that into account.
 */
public final class CrossTab {

  private CrossTab() {}

  /**
   * Computes the cross tabulation of two choice questions.
   *
   * @param rowQuestion a SINGLE_CHOICE or MULTIPLE_CHOICE question whose options become the rows
   * @param columnQuestion a SINGLE_CHOICE or MULTIPLE_CHOICE question whose options become the
   *     columns
   * @param responses responses keyed by question id (validated; missing answers simply absent)
   * @param minimumCellSize cells with a count above 0 and below this are suppressed; 1 or less
   *     disables suppression
   * @return counts and suppression flags, rows and columns in option order
   * @throws IllegalArgumentException if a question is not a choice question
   */
  public static CrossTabResult compute(
      Question rowQuestion,
      Question columnQuestion,
      Iterable<Map<String, Answer>> responses,
      int minimumCellSize) {
    Objects.requireNonNull(rowQuestion, "rowQuestion");
    Objects.requireNonNull(columnQuestion, "columnQuestion");
    Objects.requireNonNull(responses, "responses");
    requireChoice(rowQuestion);
    requireChoice(columnQuestion);

    List<String> rowIds = rowQuestion.options().stream().map(ChoiceOption::id).toList();
    List<String> columnIds = columnQuestion.options().stream().map(ChoiceOption::id).toList();
    Map<String, Integer> rowIndex = index(rowIds);
    Map<String, Integer> columnIndex = index(columnIds);
    long[][] counts = new long[rowIds.size()][columnIds.size()];
    long respondents = 0;

    for (Map<String, Answer> response : responses) {
      if (response == null) {
        continue;
      }
      int[] rows = chosen(rowQuestion, response.get(rowQuestion.id()), rowIndex);
      int[] columns = chosen(columnQuestion, response.get(columnQuestion.id()), columnIndex);
      if (rows == null || columns == null) {
        continue;
      }
      respondents++;
      for (int r : rows) {
        for (int c : columns) {
          counts[r][c]++;
        }
      }
    }

    boolean[][] hidden = suppress(counts, minimumCellSize);

    List<List<Long>> countTable = new ArrayList<>(rowIds.size());
    List<List<Boolean>> hiddenTable = new ArrayList<>(rowIds.size());
    for (int r = 0; r < rowIds.size(); r++) {
      List<Long> countRow = new ArrayList<>(columnIds.size());
      List<Boolean> hiddenRow = new ArrayList<>(columnIds.size());
      for (int c = 0; c < columnIds.size(); c++) {
        countRow.add(hidden[r][c] ? null : counts[r][c]);
        hiddenRow.add(hidden[r][c]);
      }
      countTable.add(countRow);
      hiddenTable.add(hiddenRow);
    }
    return new CrossTabResult(
        rowQuestion.id(),
        columnQuestion.id(),
        rowIds,
        columnIds,
        countTable,
        hiddenTable,
        respondents);
  }

  /** Primary suppression of small cells, then complementary suppression within rows. */
  private static boolean[][] suppress(long[][] counts, int minimumCellSize) {
    boolean[][] hidden = new boolean[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      long[] row = counts[r];
      hidden[r] = new boolean[row.length];
      int suppressedInRow = 0;
      for (int c = 0; c < row.length; c++) {
        if (row[c] > 0 && row[c] < minimumCellSize) {
          hidden[r][c] = true;
          suppressedInRow++;
        }
      }
      if (suppressedInRow == 1) {
        int smallest = -1;
        for (int c = 0; c < row.length; c++) {
          if (!hidden[r][c] && row[c] > 0 && (smallest < 0 || row[c] < row[smallest])) {
            smallest = c;
          }
        }
        if (smallest >= 0) {
          hidden[r][smallest] = true;
        }
      }
    }
    return hidden;
  }

  /**
   * Indexes of the options chosen in an answer, without duplicates, or null when the question was
   * not answered (or no known option was chosen).
   */
  private static int[] chosen(Question q, Answer answer, Map<String, Integer> index) {
    if (answer == null) {
      return null;
    }
    List<String> ids;
    if (q.type() == QuestionType.SINGLE_CHOICE) {
      ids = answer.optionId() == null ? List.of() : List.of(answer.optionId());
    } else {
      ids = answer.optionIds() == null ? List.of() : answer.optionIds();
    }
    int[] result = new int[ids.size()];
    int n = 0;
    for (String id : ids) {
      Integer i = id == null ? null : index.get(id);
      if (i != null && !contains(result, n, i)) {
        result[n++] = i;
      }
    }
    if (n == 0) {
      return null;
    }
    return n == result.length ? result : Arrays.copyOf(result, n);
  }

  private static boolean contains(int[] values, int length, int value) {
    for (int k = 0; k < length; k++) {
      if (values[k] == value) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> index(List<String> ids) {
    Map<String, Integer> index = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      index.putIfAbsent(ids.get(i), i);
    }
    return index;
  }

  private static void requireChoice(Question q) {
    if (q.type() != QuestionType.SINGLE_CHOICE && q.type() != QuestionType.MULTIPLE_CHOICE) {
      throw new IllegalArgumentException(
          "Cross tabulation needs choice questions; " + q.id() + " is " + q.type());
    }
  }
}
