package org.linli.service.survey;

import java.util.List;

/**
 * Results of one matrix row.
 *
 * @param rowId the row's id
 * @param label the row's label
 * @param answered responses that answered this row
 * @param options counts of the columns (options) chosen for this row, percentages of {@code
 *     answered}
 */
public record MatrixRowResult(
    String rowId, String label, long answered, List<OptionCount> options) {
  public MatrixRowResult {
    options = options == null ? List.of() : List.copyOf(options);
  }
}
