package org.linli.service.resident;

import java.util.List;

/**
 * The outcome of checking (and perhaps importing) a spreadsheet.
 *
 * @param dryRun whether nothing was written
 * @param rows data rows read
 * @param valid rows without problems
 * @param invalid rows with at least one problem
 * @param imported residents written (0 on a dry run)
 * @param problems at most 1,000 problems, in row order
 */
public record ImportReport(
    boolean dryRun, int rows, int valid, int invalid, int imported, List<Problem> problems) {

  public ImportReport {
    problems = List.copyOf(problems);
  }

  /** One problem of one row; never carries the cell's content. */
  public record Problem(int row, String field, String code, String message) {}
}
