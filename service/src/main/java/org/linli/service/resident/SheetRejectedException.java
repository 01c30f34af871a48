package org.linli.service.resident;

import java.util.List;
import java.util.OptionalInt;
import org.linli.service.common.InvalidFieldsException;

/**
 * An uploaded registry spreadsheet refused as a whole. It answers 400 {@code VALIDATION_FAILED}
 * with one entry in {@code errors[]}: field {@code file}, or {@code file.row<N>} when a row is to
 * blame, and the {@link Reason} name as code. Messages name rows and column letters only, never
 * cell contents (they may be ID numbers).
 */
public class SheetRejectedException extends InvalidFieldsException {

  /** Stable codes, part of the API contract. */
  public enum Reason {
    /** Not .xlsx or UTF-8 .csv (a legacy .xls, an encrypted workbook, a binary file...). */
    FILE_TYPE_UNSUPPORTED,
    /** Text that is not UTF-8 (e.g. a GBK or UTF-16 CSV). */
    ENCODING_UNSUPPORTED,
    /** Above the byte limit, or an .xlsx whose content expands beyond the expansion cap. */
    FILE_TOO_LARGE,
    /** An .xlsx whose compression ratio, entry count or declared sizes look like a zip bomb. */
    ZIP_BOMB,
    /** A damaged .xlsx, or a CSV quote that is never closed. */
    FILE_MALFORMED,
    /** No non-empty row at all. */
    EMPTY_FILE,
    /** A blank or duplicate header name, or a value in a column without a header. */
    BAD_HEADER,
    /** More data rows than allowed. */
    TOO_MANY_ROWS,
    /** More columns than allowed. */
    TOO_MANY_COLUMNS,
    /** A cell longer than allowed. */
    CELL_TOO_LONG,
    /** An .xlsx cell holding a formula. */
    FORMULA_NOT_ALLOWED
  }

  private final Reason reason;
  private final int rowNumber;

  /** A rejection of the file as a whole: field {@code file}. */
  public SheetRejectedException(Reason reason, String message) {
    this(reason, 0, message);
  }

  /**
   * A rejection caused by spreadsheet row {@code rowNumber} (1-based): field {@code file.row<N>}.
   */
  public SheetRejectedException(Reason reason, int rowNumber, String message) {
    super(List.of(new Violation(field(rowNumber), reason.name(), message)));
    this.reason = reason;
    this.rowNumber = rowNumber;
  }

  private static String field(int rowNumber) {
    return rowNumber > 0 ? "file.row" + rowNumber : "file";
  }

  public Reason reason() {
    return reason;
  }

  /** The 1-based row to blame, if any. */
  public OptionalInt rowNumber() {
    return rowNumber > 0 ? OptionalInt.of(rowNumber) : OptionalInt.empty();
  }

  @Override
  public String getMessage() {
    return reason + " at " + violations().get(0).field() + ": " + violations().get(0).message();
  }
}
