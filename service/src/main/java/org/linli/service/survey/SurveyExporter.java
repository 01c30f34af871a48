package org.linli.service.survey;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.linli.service.common.SpreadsheetWriter;

/**
 * Writes responses as a spreadsheet, one row per response and one column per question (or per
 * option, matrix row, "other" text). Rows are written as they come, so memory stays bounded.
 */
final class SurveyExporter implements AutoCloseable {

  private final List<Column> columns;
  private final boolean named;
  private final SpreadsheetWriter writer;

  SurveyExporter(SurveyDefinition def, boolean named, ExportFormat format, OutputStream out) {
    this.columns = columns(def);
    this.named = named;
    this.writer =
        new SpreadsheetWriter(
            format == ExportFormat.CSV
                ? SpreadsheetWriter.Format.CSV
                : SpreadsheetWriter.Format.XLSX,
            "responses",
            out);
    List<String> header = new ArrayList<>();
    if (named) {
      header.add("respondent");
    }
    header.add("version");
    columns.forEach(c -> header.add(c.header()));
    writer.row(header);
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
    writer.row(cells);
  }

  @Override
  public void close() {
    writer.close();
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
