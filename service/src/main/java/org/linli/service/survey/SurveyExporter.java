package org.linli.service.survey;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes responses as a spreadsheet, one row per response and one column per question (or per
 * option, matrix row, "other" text). Rows are written as they come, so memory stays bounded.
 */
final class SurveyExporter implements AutoCloseable {

  private static final int XLSX_FLUSH_ROWS = 500;

  private final List<Column> columns;
  private final boolean named;
  private final Writer csv;
  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  SurveyExporter(SurveyDefinition def, boolean named, ExportFormat format, OutputStream out) {
    this.columns = columns(def);
    this.named = named;
    try {
      if (format == ExportFormat.CSV) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.workbook = null;
        this.sheet = null;
      } else {
        this.csv = null;
        this.workbook = new Workbook(out, "Linli", "1.0");
        this.sheet = workbook.newWorksheet("responses");
      }
      List<String> header = new ArrayList<>();
      if (named) {
        header.add("respondent");
      }
      header.add("version");
      columns.forEach(c -> header.add(c.header()));
      write(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one response. */
  void add(Long respondentId, int version, Map<String, Answer> answers) {
    List<String> cells = new ArrayList<>(columns.size() + 2);
    if (named) {
      cells.add(respondentId == null ? "" : respondentId.toString());
    }
    cells.add(Integer.toString(version));
    for (Column c : columns) {
      Answer a = answers.get(c.questionId());
      cells.add(a == null ? "" : c.value().apply(a));
    }
    try {
      write(cells);
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

  private void write(List<String> cells) throws IOException {
    if (csv != null) {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          csv.write(',');
        }
        csv.write(csvCell(cells.get(i)));
      }
      csv.write("\r\n");
    } else {
      for (int i = 0; i < cells.size(); i++) {
        String v = cells.get(i);
        if (!v.isEmpty()) {
          sheet.value(row, i, v);
        }
      }
      row++;
      if (row % XLSX_FLUSH_ROWS == 0) {
        sheet.flush();
      }
    }
  }

  /** Quotes a CSV cell, and defuses text a spreadsheet would run as a formula. */
  static String csvCell(String v) {
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

  private record Column(String questionId, String header, Function<Answer, String> value) {}

  private static List<Column> columns(SurveyDefinition def) {
    List<Column> columns = new ArrayList<>();
    for (Question q : def.questions()) {
      String title = q.id() + " " + q.title();
      Map<String, String> labels = new HashMap<>();
      q.options().forEach(o -> labels.put(o.id(), o.label()));
      boolean hasOther = q.options().stream().anyMatch(ChoiceOption::other);
      switch (q.type()) {
        case SINGLE_CHOICE -> {
          columns.add(
              new Column(
                  q.id(),
                  title,
                  a ->
                      a.optionId() == null ? "" : labels.getOrDefault(a.optionId(), a.optionId())));
        }
        case MULTIPLE_CHOICE -> {
          for (ChoiceOption o : q.options()) {
            columns.add(
                new Column(
                    q.id(),
                    title + " / " + o.label(),
                    a -> a.optionIds() != null && a.optionIds().contains(o.id()) ? "1" : ""));
          }
        }
        case SHORT_TEXT, LONG_TEXT ->
            columns.add(new Column(q.id(), title, a -> nullToEmpty(a.text())));
        case NUMBER, RATING ->
            columns.add(
                new Column(
                    q.id(), title, a -> a.number() == null ? "" : a.number().toPlainString()));
        case DATE ->
            columns.add(
                new Column(q.id(), title, a -> a.date() == null ? "" : a.date().toString()));
        case MATRIX -> {
          for (MatrixRow r : q.rows()) {
            columns.add(
                new Column(
                    q.id(),
                    title + " / " + r.label(),
                    a -> {
                      String chosen = a.matrix() == null ? null : a.matrix().get(r.id());
                      return chosen == null ? "" : labels.getOrDefault(chosen, chosen);
                    }));
          }
        }
        case RANKING -> {
          for (ChoiceOption o : q.options()) {
            columns.add(
                new Column(
                    q.id(),
                    title + " / " + o.label(),
                    a -> {
                      int rank = a.ranking() == null ? -1 : a.ranking().indexOf(o.id());
                      return rank < 0 ? "" : Integer.toString(rank + 1);
                    }));
          }
        }
        default -> columns.add(new Column(q.id(), title, a -> ""));
      }
      if (hasOther
          && (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE)) {
        columns.add(new Column(q.id(), title + " / 其他", a -> nullToEmpty(a.otherText())));
      }
    }
    return columns;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
