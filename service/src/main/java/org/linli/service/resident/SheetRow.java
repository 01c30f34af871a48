package org.linli.service.resident;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One non-empty data row of a registry spreadsheet.
 *
 * @param rowNumber 1-based row number as the spreadsheet program shows it; the header is row 1 when
 *     it is the first row of the file
 * @param valuesByHeader trimmed cell text keyed by trimmed header name, in column order; every
 *     header is present, a blank cell is {@code ""}
 */
public record SheetRow(int rowNumber, Map<String, String> valuesByHeader) {

  public SheetRow {
    if (rowNumber < 1) {
      throw new IllegalArgumentException("rowNumber must be >= 1");
    }
    valuesByHeader = Collections.unmodifiableMap(new LinkedHashMap<>(valuesByHeader));
  }

  /** The trimmed text under {@code header}, or {@code ""} when the sheet has no such column. */
  public String get(String header) {
    return valuesByHeader.getOrDefault(header, "");
  }

  /** Leaves the values out: they hold personal data such as ID numbers. */
  @Override
  public String toString() {
    return "SheetRow[rowNumber=" + rowNumber + ", columns=" + valuesByHeader.size() + "]";
  }
}
