package org.linli.service.resident;

/**
 * Bounds on an uploaded registry spreadsheet; exceeding one rejects the whole file.
 *
 * @param maxBytes size of the upload as received (compressed size for .xlsx)
 * @param maxRows non-empty data rows, not counting the header row
 * @param maxColumns columns, header included; empty cells beyond it are ignored
 * @param maxCellChars characters (code points) of one cell after trimming
 */
public record Limits(long maxBytes, int maxRows, int maxColumns, int maxCellChars) {

  public Limits {
    if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellChars <= 0) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /** 20 MiB, 100,000 data rows, 60 columns, 500 characters per cell. */
  public static Limits standard() {
    return new Limits(20L * 1024 * 1024, 100_000, 60, 500);
  }
}
