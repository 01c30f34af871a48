package org.linli.service.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a spreadsheet row by row in bounded memory: CSV (UTF-8 with a byte order mark, for Excel)
 * or XLSX. Text a spreadsheet would run as a formula is defused in CSV.
 */
public final class SpreadsheetWriter implements AutoCloseable {

  /** Spreadsheet formats. */
  public enum Format {
    CSV,
    XLSX
  }

  private static final int XLSX_FLUSH_ROWS = 500;

  private final Writer csv;
  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  /** Starts a spreadsheet on {@code out} (which the caller closes). */
  public SpreadsheetWriter(Format format, String sheetName, OutputStream out) {
    try {
      if (format == Format.CSV) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.workbook = null;
        this.sheet = null;
      } else {
        this.csv = null;
        this.workbook = new Workbook(out, "Linli", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one row; {@code null} cells are empty. */
  public void row(List<String> cells) {
    try {
      if (csv != null) {
        for (int i = 0; i < cells.size(); i++) {
          if (i > 0) {
            csv.write(',');
          }
          csv.write(csvCell(cells.get(i) == null ? "" : cells.get(i)));
        }
        csv.write("\r\n");
      } else {
        for (int i = 0; i < cells.size(); i++) {
          String v = cells.get(i);
          if (v != null && !v.isEmpty()) {
            sheet.value(row, i, v);
          }
        }
        row++;
        if (row % XLSX_FLUSH_ROWS == 0) {
          sheet.flush();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (csv != null) {
        csv.flush();
      } else {
        sheet.finish();
        workbook.finish();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quotes a CSV cell, and defuses text a spreadsheet would run as a formula. */
  public static String csvCell(String v) {
    String value = v;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)) {
      value = "'" + value;
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private static boolean isNumber(String v) {
    try {
      new BigDecimal(v);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
