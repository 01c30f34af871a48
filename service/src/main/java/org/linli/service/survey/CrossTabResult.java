package org.linli.service.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A cross tabulation of two choice questions.
 *
 * @param rowQuestionId the question whose options are the rows
 * @param columnQuestionId the question whose options are the columns
 * @param rowOptionIds the row question's option ids, in option order
 * @param columnOptionIds the column question's option ids, in option order
 * @param counts {@code counts.get(i).get(j)} = respondents who chose row option i and column option
 *     j, or null when suppressed
 * @param suppressed {@code suppressed.get(i).get(j)} = whether that count was withheld for
 *     anonymity
 * @param respondents responses that answered both questions
 */
public record CrossTabResult(
    String rowQuestionId,
    String columnQuestionId,
    List<String> rowOptionIds,
    List<String> columnOptionIds,
    List<List<Long>> counts,
    List<List<Boolean>> suppressed,
    long respondents) {

  public CrossTabResult {
    rowOptionIds = List.copyOf(rowOptionIds);
    columnOptionIds = List.copyOf(columnOptionIds);
    counts = copyAllowingNulls(counts);
    suppressed = List.copyOf(suppressed.stream().map(List::copyOf).toList());
  }

  /** Copies a table into unmodifiable lists; unlike {@link List#copyOf} it keeps null cells. */
  private static List<List<Long>> copyAllowingNulls(List<List<Long>> table) {
    List<List<Long>> rows = new ArrayList<>(table.size());
    for (List<Long> row : table) {
      rows.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    return Collections.unmodifiableList(rows);
  }
}
