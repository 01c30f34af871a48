package org.linli.service.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.service.common.ErrorCode;

/**
 * Checks a respondent's answers against a survey definition and works out which questions are
 * visible. Pure logic: no Spring, no database. The definition is expected to have passed {@link
 * SurveyDefinitionValidator}.
 *
 * <p>Violations name the field {@code answers.<questionId>} (or {@code
 * answers.<questionId>.<rowId>} for a matrix row) and carry one of the stable codes {@code
 * UNKNOWN_QUESTION}, {@code HIDDEN_QUESTION}, {@code REQUIRED}, {@code WRONG_TYPE}, {@code
 * UNKNOWN_OPTION}, {@code DUPLICATE_OPTION}, {@code TOO_FEW_SELECTIONS}, {@code
 * TOO_MANY_SELECTIONS}, {@code OTHER_TEXT_REQUIRED}, {@code TOO_LONG}, {@code OUT_OF_RANGE}, {@code
 * NOT_INTEGER}, {@code TOO_PRECISE}, {@code UNKNOWN_ROW} and {@code INVALID_RANKING}.
 *
 * <p>Strings count as absent when blank, lists when empty, and a matrix when it has no entry with a
 * non-blank option id. Text lengths are counted in Unicode code points.
 */
public final class AnswerValidator {

  /** Violations a saved draft may still have: it is not finished yet. */
  private static final Set<String> UNFINISHED =
      Set.of("REQUIRED", "OTHER_TEXT_REQUIRED", "TOO_FEW_SELECTIONS", "INVALID_RANKING");

  /** Default {@code maxLength} of a SHORT_TEXT answer. */
  public static final int DEFAULT_SHORT_TEXT_MAX_LENGTH = 200;

  /** Default {@code maxLength} of a LONG_TEXT answer. */
  public static final int DEFAULT_LONG_TEXT_MAX_LENGTH = 2000;

  /** Default {@code maxLength} of the text given with an "other" option. */
  public static final int DEFAULT_OTHER_TEXT_MAX_LENGTH = 200;

  /** Most decimal places a NUMBER answer may have. */
  public static final int MAX_DECIMAL_PLACES = 4;

  static final String UNKNOWN_QUESTION = "UNKNOWN_QUESTION";
  static final String HIDDEN_QUESTION = "HIDDEN_QUESTION";
  static final String REQUIRED = "REQUIRED";
  static final String WRONG_TYPE = "WRONG_TYPE";
  static final String UNKNOWN_OPTION = "UNKNOWN_OPTION";
  static final String DUPLICATE_OPTION = "DUPLICATE_OPTION";
  static final String TOO_FEW_SELECTIONS = "TOO_FEW_SELECTIONS";
  static final String TOO_MANY_SELECTIONS = "TOO_MANY_SELECTIONS";
  static final String OTHER_TEXT_REQUIRED = "OTHER_TEXT_REQUIRED";
  static final String TOO_LONG = "TOO_LONG";
  static final String OUT_OF_RANGE = "OUT_OF_RANGE";
  static final String NOT_INTEGER = "NOT_INTEGER";
  static final String TOO_PRECISE = "TOO_PRECISE";
  static final String UNKNOWN_ROW = "UNKNOWN_ROW";
  static final String INVALID_RANKING = "INVALID_RANKING";

  private AnswerValidator() {}

  /**
   * Works out which questions a respondent sees, given their answers so far.
   *
   * <p>Questions are walked in order. A question is visible when its {@code showIf} is null or
   * holds, and no earlier visible question's {@code skipToEndIf} holds. A question whose own {@code
   * skipToEndIf} holds is still visible; every later question is hidden. A condition holds only on
   * the answer to a visible question: conditions on hidden or unanswered questions are false. The
   * raw answers are used as given (no validation).
   *
   * @param def the survey definition, not null
   * @param answers answers by question id; null means none
   * @return ids of the visible questions, in survey order; unmodifiable
   */
  public static List<String> visibleQuestionIds(SurveyDefinition def, Map<String, Answer> answers) {
    Objects.requireNonNull(def, "def");
    Map<String, Answer> given = answers == null ? Map.of() : answers;
    Set<String> visible = new LinkedHashSet<>();
    for (Question q : def.questions()) {
      if (q.showIf() != null && !holds(q.showIf(), given, visible)) {
        continue;
      }
      visible.add(q.id());
      if (q.skipToEndIf() != null && holds(q.skipToEndIf(), given, visible)) {
        break;
      }
    }
    return List.copyOf(visible);
  }

  /**
   * Validates answers and returns them cleaned.
   *
   * <p>Answer keys must be question ids of {@code def}; non-empty answers to hidden questions are
   * rejected (empty ones are dropped). Each answer may only use the field of its question's type
   * ({@code otherText} only together with an option marked {@code other}) and must satisfy the
   * question's settings. When {@code complete} is true, visible required questions must be answered
   * (every row for a matrix); when false (a draft) only those {@code REQUIRED} checks are skipped,
   * everything else, including {@code OTHER_TEXT_REQUIRED}, still applies.
   *
   * @param def the survey definition, not null, expected to be valid
   * @param answers answers by question id; null means none; not modified
   * @param complete whether this is a final submission rather than a draft
   * @return the cleaned answers in survey order: only visible, non-empty answers, texts stripped of
   *     surrounding whitespace, only the fields of each type set, numbers as given, matrix rows in
   *     definition order; unmodifiable
   * @throws SurveyInvalidException with {@link ErrorCode#ANSWERS_INVALID} and every violation found
   */
  public static Map<String, Answer> validate(
      SurveyDefinition def, Map<String, Answer> answers, boolean complete) {
    Objects.requireNonNull(def, "def");
    Map<String, Answer> given = answers == null ? Map.of() : answers;
    List<FieldViolation> violations = new ArrayList<>();
    Set<String> visible = new HashSet<>(visibleQuestionIds(def, given));
    Set<String> known = new HashSet<>();
    Map<String, Answer> cleaned = new LinkedHashMap<>();

    for (Question q : def.questions()) {
      known.add(q.id());
      Answer a = given.get(q.id());
      String field = "answers." + q.id();
      if (!visible.contains(q.id())) {
        if (!isEmpty(a)) {
          violations.add(
              new FieldViolation(
                  field, HIDDEN_QUESTION, "the question is hidden by the other answers"));
        }
        continue;
      }
      int before = violations.size();
      Answer c = validateOne(q, a, field, complete, violations);
      if (!complete) {
        // A draft may be unfinished: what only a finished answer needs is not held against it.
        violations.subList(before, violations.size()).removeIf(v -> UNFINISHED.contains(v.code()));
      }
      if (c != null && violations.size() == before) {
        cleaned.put(q.id(), c);
      }
    }

    given.keySet().stream()
        .filter(k -> !known.contains(k))
        .sorted(Comparator.nullsFirst(Comparator.<String>naturalOrder()))
        .forEach(
            k ->
                violations.add(
                    new FieldViolation(
                        "answers." + k,
                        UNKNOWN_QUESTION,
                        "the survey has no question '" + k + "'")));

    if (!violations.isEmpty()) {
      throw new SurveyInvalidException(ErrorCode.ANSWERS_INVALID, violations);
    }
    return Collections.unmodifiableMap(cleaned);
  }

  /**
   * Tells whether an answer carries nothing.
   *
   * @param a an answer, or null
   * @return true when {@code a} is null or none of its fields is present: strings blank or null,
   *     lists null or empty, the matrix null or without an entry whose option id is non-blank
   */
  public static boolean isEmpty(Answer a) {
    return a == null || presentFields(a).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Visibility

  private static boolean holds(Condition c, Map<String, Answer> answers, Set<String> visible) {
    if (c.questionId() == null || c.operator() == null || !visible.contains(c.questionId())) {
      return false;
    }
    Answer a = answers.get(c.questionId());
    if (isEmpty(a)) {
      return false;
    }
    return switch (c.operator()) {
      case EQUALS -> c.optionId() != null && c.optionId().equals(a.optionId());
      case INCLUDES ->
          c.optionId() != null
              && a.optionIds() != null
              && a.optionIds().stream().anyMatch(c.optionId()::equals);
      case RANGE ->
          a.number() != null
              && (c.min() == null || a.number().compareTo(c.min()) >= 0)
              && (c.max() == null || a.number().compareTo(c.max()) <= 0);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // One answer

  /** Validates the answer to a visible question; returns its cleaned form or null when empty. */
  private static Answer validateOne(
      Question q, Answer a, String field, boolean complete, List<FieldViolation> out) {
    boolean mustAnswer = complete && q.required();
    if (isEmpty(a)) {
      if (mustAnswer) {
        out.add(new FieldViolation(field, REQUIRED, "the question must be answered"));
      }
      return null;
    }
    Set<String> allowed = allowedFields(q.type());
    List<String> stray = presentFields(a).stream().filter(f -> !allowed.contains(f)).toList();
    if (!stray.isEmpty()) {
      out.add(
          new FieldViolation(
              field,
              WRONG_TYPE,
              "a " + q.type() + " answer does not use " + String.join(", ", stray)));
    }
    return switch (q.type()) {
      case SINGLE_CHOICE -> singleChoice(q, a, field, mustAnswer, out);
      case MULTIPLE_CHOICE -> multipleChoice(q, a, field, mustAnswer, out);
      case SHORT_TEXT, LONG_TEXT -> text(q, a, field, mustAnswer, out);
      case NUMBER -> number(q, a, field, mustAnswer, out);
      case RATING -> rating(q, a, field, mustAnswer, out);
      case DATE -> date(q, a, field, mustAnswer, out);
      case MATRIX -> matrix(q, a, field, mustAnswer, out);
      case RANKING -> ranking(q, a, field, mustAnswer, out);
    };
  }

  private static Answer singleChoice(
      Question q, Answer a, String field, boolean mustAnswer, List<FieldViolation> out) {
    if (isBlank(a.optionId())) {
      required(mustAnswer, field, out);
      otherText(q, a, field, false, true, out);
      return null;
    }
    ChoiceOption chosen = option(q, a.optionId());
    if (chosen == null) {
      out.add(
          new FieldViolation(
              field, UNKNOWN_OPTION, "the question has no option '" + a.optionId() + "'"));
    }
    boolean otherChosen = chosen != null && chosen.other();
    String other = otherText(q, a, field, otherChosen, chosen != null, out);
    return new Answer(a.optionId(), null, other, null, null, null, null, null);
  }

  private static Answer multipleChoice(
      Question q, Answer a, String field, boolean mustAnswer, List<FieldViolation> out) {
    List<String> ids = a.optionIds();
    if (ids == null || ids.isEmpty()) {
      required(mustAnswer, field, out);
      otherText(q, a, field, false, true, out);
      return null;
    }
    Set<String> distinct = new LinkedHashSet<>(ids);
    if (distinct.size() < ids.size()) {
      out.add(new FieldViolation(field, DUPLICATE_OPTION, "an option is chosen more than once"));
    }
    List<String> unknown = new ArrayList<>();
    boolean otherChosen = false;
    for (String id : distinct) {
      ChoiceOption o = option(q, id);
      if (o == null) {
        unknown.add(String.valueOf(id));
      } else if (o.other()) {
        otherChosen = true;
      }
    }
    if (!unknown.isEmpty()) {
      out.add(
          new FieldViolation(
              field,
              UNKNOWN_OPTION,
              "the question has no option "
                  + unknown.stream().collect(Collectors.joining("', '", "'", "'"))));
    }
    int min = q.minSelections() == null ? 0 : q.minSelections();
    int max = q.maxSelections() == null ? q.options().size() : q.maxSelections();
    if (distinct.size() < min) {
      out.add(new FieldViolation(field, TOO_FEW_SELECTIONS, "choose at least " + min + " options"));
    }
    if (distinct.size() > max) {
      out.add(new FieldViolation(field, TOO_MANY_SELECTIONS, "choose at most " + max + " options"));
    }
    String other = otherText(q, a, field, otherChosen, unknown.isEmpty(), out);
    return new Answer(
        null,
        Collections.unmodifiableList(new ArrayList<>(distinct)),
        other,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * Checks {@code otherText}: required and bounded when an "other" option is chosen; otherwise a
   * non-blank text is a {@code WRONG_TYPE} (unless an unknown option was chosen, which may have
   * been meant as "other" and is reported on its own). Returns the stripped text to keep, or null.
   */
  private static String otherText(
      Question q,
      Answer a,
      String field,
      boolean otherChosen,
      boolean allChosenKnown,
      List<FieldViolation> out) {
    String text = a.otherText() == null ? "" : a.otherText().strip();
    if (otherChosen) {
      if (text.isEmpty()) {
        out.add(
            new FieldViolation(field, OTHER_TEXT_REQUIRED, "please specify the \"other\" option"));
        return null;
      }
      int max = q.maxLength() == null ? DEFAULT_OTHER_TEXT_MAX_LENGTH : q.maxLength();
      tooLong(text, max, field, out);
      return text;
    }
    if (!text.isEmpty() && allChosenKnown) {
      out.add(
          new FieldViolation(
              field, WRONG_TYPE, "otherText is only accepted with an option marked other"));
    }
    return null;
  }

  private static Answer text(
      Question q, Answer a, String field, boolean mustAnswer, List<FieldViolation> out) {
    String text = a.text() == null ? "" : a.text().strip();
    if (text.isEmpty()) {
      required(mustAnswer, field, out);
      return null;
    }
    int max =
        q.maxLength() != null
            ? q.maxLength()
            : q.type() == QuestionType.SHORT_TEXT
                ? DEFAULT_SHORT_TEXT_MAX_LENGTH
                : DEFAULT_LONG_TEXT_MAX_LENGTH;
    tooLong(text, max, field, out);
    return new Answer(null, null, null, text, null, null, null, null);
  }

  private static Answer number(
      Question q, Answer a, String field, boolean mustAnswer, List<FieldViolation> out) {
    BigDecimal n = a.number();
    if (n == null) {
      required(mustAnswer, field, out);
      return null;
    }
    if ((q.min() != null && n.compareTo(q.min()) < 0)
        || (q.max() != null && n.compareTo(q.max()) > 0)) {
      out.add(
          new FieldViolation(
              field,
              OUT_OF_RANGE,
              "the number must lie within ["
                  + (q.min() == null ? "" : q.min().toPlainString())
                  + ", "
                  + (q.max() == null ? "" : q.max().toPlainString())
                  + "]"));
    }
    int decimals = decimalPlaces(n);
    if (q.integerOnly()) {
      if (decimals > 0) {
        out.add(new FieldViolation(field, NOT_INTEGER, "the number must be a whole number"));
      }
    } else if (decimals > MAX_DECIMAL_PLACES) {
      out.add(
          new FieldViolation(
              field,
              TOO_PRECISE,
              "the number may have at most " + MAX_DECIMAL_PLACES + " decimal places"));
    }
    return new Answer(null, null, null, null, n, null, null, null);
  }

  private static Answer rating(
      Question q, Answer a, String field, boolean mustAnswer, List<FieldViolation> out) {
    BigDecimal n = a.number();
    if (n == null) {
      required(mustAnswer, field, out);
      return null;
    }
    int scale = q.scale() == null ? 5 : q.scale();
    if (decimalPlaces(n) > 0) {
      out.add(new FieldViolation(field, NOT_INTEGER, "a rating is a whole number"));
    }
    if (n.compareTo(BigDecimal.ONE) < 0 || n.compareTo(BigDecimal.valueOf(scale)) > 0) {
      out.add(new FieldViolation(field, OUT_OF_RANGE, "a rating lies between 1 and " + scale));
    }
    return new Answer(null, null, null, null, n, null, null, null);
  }

  private static Answer date(
      Question q, Answer a, String field, boolean mustAnswer, List<FieldViolation> out) {
    LocalDate d = a.date();
    if (d == null) {
      required(mustAnswer, field, out);
      return null;
    }
    if ((q.minDate() != null && d.isBefore(q.minDate()))
        || (q.maxDate() != null && d.isAfter(q.maxDate()))) {
      out.add(
          new FieldViolation(
              field,
              OUT_OF_RANGE,
              "the date must lie within ["
                  + (q.minDate() == null ? "" : q.minDate())
                  + ", "
                  + (q.maxDate() == null ? "" : q.maxDate())
                  + "]"));
    }
    return new Answer(null, null, null, null, null, d, null, null);
  }

  private static Answer matrix(
      Question q, Answer a, String field, boolean mustAnswer, List<FieldViolation> out) {
    Map<String, String> given = a.matrix() == null ? Map.of() : a.matrix();
    Set<String> rowIds = q.rows().stream().map(MatrixRow::id).collect(Collectors.toSet());
    given.entrySet().stream()
        .filter(e -> !isBlank(e.getValue()) && !rowIds.contains(e.getKey()))
        .map(Map.Entry::getKey)
        .sorted(Comparator.nullsFirst(Comparator.<String>naturalOrder()))
        .forEach(
            k ->
                out.add(
                    new FieldViolation(
                        field + "." + k, UNKNOWN_ROW, "the matrix has no row '" + k + "'")));
    boolean anyAnswered = given.values().stream().anyMatch(v -> !isBlank(v));
    if (!anyAnswered) {
      // No matrix at all (only other, stray fields were given).
      required(mustAnswer, field, out);
      return null;
    }
    Map<String, String> rows = new LinkedHashMap<>();
    for (MatrixRow row : q.rows()) {
      String optionId = given.get(row.id());
      String rowField = field + "." + row.id();
      if (isBlank(optionId)) {
        required(mustAnswer, rowField, out);
      } else if (option(q, optionId) == null) {
        out.add(
            new FieldViolation(
                rowField, UNKNOWN_OPTION, "the matrix has no column '" + optionId + "'"));
      } else {
        rows.put(row.id(), optionId);
      }
    }
    return new Answer(null, null, null, null, null, null, Collections.unmodifiableMap(rows), null);
  }

  private static Answer ranking(
      Question q, Answer a, String field, boolean mustAnswer, List<FieldViolation> out) {
    List<String> ranking = a.ranking();
    if (ranking == null || ranking.isEmpty()) {
      required(mustAnswer, field, out);
      return null;
    }
    Set<String> optionIds = q.options().stream().map(ChoiceOption::id).collect(Collectors.toSet());
    if (ranking.size() != optionIds.size() || !new HashSet<>(ranking).equals(optionIds)) {
      out.add(
          new FieldViolation(
              field,
              INVALID_RANKING,
              "a ranking lists every option exactly once: " + String.join(", ", optionIds)));
      return null;
    }
    return new Answer(null, null, null, null, null, null, null, List.copyOf(ranking));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static void required(boolean mustAnswer, String field, List<FieldViolation> out) {
    if (mustAnswer) {
      out.add(new FieldViolation(field, REQUIRED, "the question must be answered"));
    }
  }

  private static void tooLong(String text, int max, String field, List<FieldViolation> out) {
    if (SurveyDefinitionValidator.length(text) > max) {
      out.add(new FieldViolation(field, TOO_LONG, "at most " + max + " characters"));
    }
  }

  private static ChoiceOption option(Question q, String id) {
    if (id == null) {
      return null;
    }
    for (ChoiceOption o : q.options()) {
      if (id.equals(o.id())) {
        return o;
      }
    }
    return null;
  }

  /** Decimal places ignoring trailing zeros: 2.50 has 1, 3.0 and 1E+3 have 0. */
  private static int decimalPlaces(BigDecimal n) {
    return Math.max(0, n.stripTrailingZeros().scale());
  }

  /** Names of the fields present in {@code a}, in record order. */
  private static List<String> presentFields(Answer a) {
    List<String> present = new ArrayList<>(2);
    if (!isBlank(a.optionId())) {
      present.add("optionId");
    }
    if (a.optionIds() != null && !a.optionIds().isEmpty()) {
      present.add("optionIds");
    }
    if (!isBlank(a.otherText())) {
      present.add("otherText");
    }
    if (!isBlank(a.text())) {
      present.add("text");
    }
    if (a.number() != null) {
      present.add("number");
    }
    if (a.date() != null) {
      present.add("date");
    }
    if (a.matrix() != null && a.matrix().values().stream().anyMatch(v -> !isBlank(v))) {
      present.add("matrix");
    }
    if (a.ranking() != null && !a.ranking().isEmpty()) {
      present.add("ranking");
    }
    return present;
  }

  private static Set<String> allowedFields(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE -> Set.of("optionId", "otherText");
      case MULTIPLE_CHOICE -> Set.of("optionIds", "otherText");
      case SHORT_TEXT, LONG_TEXT -> Set.of("text");
      case NUMBER, RATING -> Set.of("number");
      case DATE -> Set.of("date");
      case MATRIX -> Set.of("matrix");
      case RANKING -> Set.of("ranking");
    };
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
