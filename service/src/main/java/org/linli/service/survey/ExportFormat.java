package org.linli.service.survey;

/** Spreadsheet formats of response exports. */
public enum ExportFormat {
  CSV,
  XLSX
}
