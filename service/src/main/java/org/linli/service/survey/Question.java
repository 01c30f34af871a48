package org.linli.service.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One survey question. Fields that do not apply to the type are null (or empty lists).
 *
 * @param id stable id within the survey (e.g. "q1")
 * @param type the kind of question
 * @param title the question text
 * @param help optional help text
 * @param required whether a visible question must be answered
 * @param options options of choice, matrix (columns) and ranking questions
 * @param minSelections MULTIPLE_CHOICE minimum, or null
 * @param maxSelections MULTIPLE_CHOICE maximum, or null
 * @param min NUMBER minimum, or null
 * @param max NUMBER maximum, or null
 * @param integerOnly NUMBER accepts integers only
 * @param scale RATING scale: 5 or 10
 * @param minLabel RATING label of 1, or null
 * @param maxLabel RATING label of the scale's top, or null
 * @param minDate DATE minimum, or null
 * @param maxDate DATE maximum, or null
 * @param rows MATRIX rows
 * @param maxLength text questions' maximum length (defaults: short 200, long 2000; also for other
 *     text)
 * @param shuffleOptions whether the mini program shows the options in random order
 * @param showIf shown only when this condition on an earlier answer holds, or null
 * @param skipToEndIf when this condition on this or an earlier answer holds, every later question
 *     is hidden, or null
 */
public record Question(
    String id,
    QuestionType type,
    String title,
    String help,
    boolean required,
    List<ChoiceOption> options,
    Integer minSelections,
    Integer maxSelections,
    BigDecimal min,
    BigDecimal max,
    boolean integerOnly,
    Integer scale,
    String minLabel,
    String maxLabel,
    LocalDate minDate,
    LocalDate maxDate,
    List<MatrixRow> rows,
    Integer maxLength,
    boolean shuffleOptions,
    Condition showIf,
    Condition skipToEndIf) {

  public Question {
    options = options == null ? List.of() : List.copyOf(options);
    rows = rows == null ? List.of() : List.copyOf(rows);
  }
}
