package org.linli.service.resident;

/** The spreadsheet formats a registry import accepts; see {@link RegistrySheetReader#detect}. */
public enum SheetFormat {
  /** RFC 4180 comma-separated values, UTF-8 with or without a byte-order mark. */
  CSV,
  /** Office Open XML workbook (.xlsx); only the first sheet is read. */
  XLSX
}
