package org.linli.service.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.linli.service.common.ErrorCode;

/**
 * Checks a survey definition before it is saved or published. Pure logic: no Spring, no database.
 *
 * <p>Every violation is collected, so an editor can show all problems at once. Fields are paths
 * such as {@code questions[2].options[0].id} or {@code questions[4].showIf.questionId}; codes are
 * stable: {@code REQUIRED}, {@code TOO_LONG}, {@code BAD_ID}, {@code DUPLICATE_ID}, {@code
 * TOO_FEW}, {@code TOO_MANY}, {@code OUT_OF_RANGE}, {@code UNKNOWN_QUESTION}, {@code
 * FORWARD_REFERENCE}, {@code UNKNOWN_OPTION}, {@code OPERATOR_MISMATCH}, {@code NOT_ALLOWED} and
 * {@code INVALID} (a minimum above its maximum; reported on the minimum's field).
 *
 * <p>Settings that do not apply to a question's type (say {@code scale} on a text question) are
 * ignored, except {@code maxLength}, which is range-checked whenever it is set.
 */
public final class SurveyDefinitionValidator {

  /** Most questions a survey may have. */
  public static final int MAX_QUESTIONS = 200;

  /** Longest question title, in characters (code points). */
  public static final int MAX_TITLE_LENGTH = 500;

  /** Longest help text, in characters (code points). */
  public static final int MAX_HELP_LENGTH = 1000;

  /** Fewest options of a choice, ranking or matrix question. */
  public static final int MIN_OPTIONS = 2;

  /** Most options of a choice or ranking question. */
  public static final int MAX_OPTIONS = 50;

  /** Most columns (options) of a matrix question. */
  public static final int MAX_MATRIX_COLUMNS = 20;

  /** Most rows of a matrix question. */
  public static final int MAX_MATRIX_ROWS = 50;

  /** Longest option or row label, in characters (code points). */
  public static final int MAX_LABEL_LENGTH = 200;

  /** Largest value {@code maxLength} may be set to. */
  public static final int MAX_TEXT_LENGTH = 5000;

  /** Question, option and row ids. */
  public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  static final String REQUIRED = "REQUIRED";
  static final String TOO_LONG = "TOO_LONG";
  static final String BAD_ID = "BAD_ID";
  static final String DUPLICATE_ID = "DUPLICATE_ID";
  static final String TOO_FEW = "TOO_FEW";
  static final String TOO_MANY = "TOO_MANY";
  static final String OUT_OF_RANGE = "OUT_OF_RANGE";
  static final String UNKNOWN_QUESTION = "UNKNOWN_QUESTION";
  static final String FORWARD_REFERENCE = "FORWARD_REFERENCE";
  static final String UNKNOWN_OPTION = "UNKNOWN_OPTION";
  static final String OPERATOR_MISMATCH = "OPERATOR_MISMATCH";
  static final String NOT_ALLOWED = "NOT_ALLOWED";
  static final String INVALID = "INVALID";

  private SurveyDefinitionValidator() {}

  /**
   * Validates a survey definition.
   *
   * <p>Rules: 1 to {@value #MAX_QUESTIONS} questions; ids match {@link #ID_PATTERN} and are unique;
   * title non-blank, help optional; type set; choice and ranking questions have 2 to 50 options,
   * matrix questions 1 to 50 rows and 2 to 20 columns, all with unique valid ids and non-blank
   * labels; at most one {@code other} option per choice question and none in ranking or matrix
   * questions; consistent multiple choice selections, number bounds, rating scale (5 or 10) and
   * date bounds; {@code maxLength} 1 to {@value #MAX_TEXT_LENGTH}; a {@code showIf} condition
   * refers to a strictly earlier question and a {@code skipToEndIf} condition to this or an earlier
   * one, with an operator that fits the referenced question's type.
   *
   * @param def the definition; null is reported as a missing {@code questions} field
   * @throws SurveyInvalidException with {@link ErrorCode#SURVEY_DEFINITION_INVALID} and every
   *     violation found, when any rule is broken; returns normally otherwise
   */
  public static void validate(SurveyDefinition def) {
    List<FieldViolation> violations = new ArrayList<>();
    if (def == null) {
      violations.add(new FieldViolation("questions", REQUIRED, "a survey needs questions"));
      throw new SurveyInvalidException(ErrorCode.SURVEY_DEFINITION_INVALID, violations);
    }
    List<Question> questions = def.questions();
    if (questions.isEmpty()) {
      violations.add(
          new FieldViolation("questions", TOO_FEW, "a survey needs at least one question"));
    } else if (questions.size() > MAX_QUESTIONS) {
      violations.add(
          new FieldViolation(
              "questions", TOO_MANY, "a survey has at most " + MAX_QUESTIONS + " questions"));
    }

    // Index of the first question carrying each id; conditions resolve against it.
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      String id = questions.get(i).id();
      if (!isBlank(id)) {
        firstIndex.putIfAbsent(id, i);
      }
    }

    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      String path = "questions[" + i + "]";
      checkId(q.id(), path + ".id", violations);
      if (!isBlank(q.id()) && firstIndex.get(q.id()) != i) {
        violations.add(
            new FieldViolation(
                path + ".id",
                DUPLICATE_ID,
                "question id '"
                    + q.id()
                    + "' is already used by questions["
                    + firstIndex.get(q.id())
                    + "]"));
      }
      checkText(q.title(), path + ".title", true, MAX_TITLE_LENGTH, violations);
      checkText(q.help(), path + ".help", false, MAX_HELP_LENGTH, violations);
      if (q.maxLength() != null && (q.maxLength() < 1 || q.maxLength() > MAX_TEXT_LENGTH)) {
        violations.add(
            new FieldViolation(
                path + ".maxLength",
                OUT_OF_RANGE,
                "maxLength must be between 1 and " + MAX_TEXT_LENGTH));
      }
      if (q.type() == null) {
        violations.add(new FieldViolation(path + ".type", REQUIRED, "a question needs a type"));
      } else {
        checkTypeSettings(q, path, violations);
      }
      checkCondition(q.showIf(), path + ".showIf", i, true, questions, firstIndex, violations);
      checkCondition(
          q.skipToEndIf(), path + ".skipToEndIf", i, false, questions, firstIndex, violations);
    }

    if (!violations.isEmpty()) {
      throw new SurveyInvalidException(ErrorCode.SURVEY_DEFINITION_INVALID, violations);
    }
  }

  private static void checkTypeSettings(Question q, String path, List<FieldViolation> out) {
    switch (q.type()) {
      case SINGLE_CHOICE -> checkOptions(q.options(), path, MAX_OPTIONS, true, out);
      case MULTIPLE_CHOICE -> {
        checkOptions(q.options(), path, MAX_OPTIONS, true, out);
        checkSelections(q, path, out);
      }
      case RANKING -> checkOptions(q.options(), path, MAX_OPTIONS, false, out);
      case MATRIX -> {
        checkRows(q.rows(), path, out);
        checkOptions(q.options(), path, MAX_MATRIX_COLUMNS, false, out);
      }
      case NUMBER -> checkOrder(q.min(), q.max(), path + ".min", "min", "max", out);
      case RATING -> {
        if (q.scale() == null) {
          out.add(
              new FieldViolation(path + ".scale", REQUIRED, "a rating needs a scale of 5 or 10"));
        } else if (q.scale() != 5 && q.scale() != 10) {
          out.add(new FieldViolation(path + ".scale", OUT_OF_RANGE, "the scale must be 5 or 10"));
        }
      }
      case DATE ->
          checkOrder(q.minDate(), q.maxDate(), path + ".minDate", "minDate", "maxDate", out);
      case SHORT_TEXT, LONG_TEXT -> {
        // Only maxLength, checked for every type.
      }
    }
  }

  private static void checkOptions(
      List<ChoiceOption> options,
      String path,
      int max,
      boolean otherAllowed,
      List<FieldViolation> out) {
    if (options.size() < MIN_OPTIONS) {
      out.add(
          new FieldViolation(
              path + ".options", TOO_FEW, "at least " + MIN_OPTIONS + " options are needed"));
    } else if (options.size() > max) {
      out.add(
          new FieldViolation(path + ".options", TOO_MANY, "at most " + max + " options allowed"));
    }
    Set<String> seen = new HashSet<>();
    boolean otherSeen = false;
    for (int j = 0; j < options.size(); j++) {
      ChoiceOption o = options.get(j);
      String p = path + ".options[" + j + "]";
      checkId(o.id(), p + ".id", out);
      if (!isBlank(o.id()) && !seen.add(o.id())) {
        out.add(
            new FieldViolation(
                p + ".id", DUPLICATE_ID, "option id '" + o.id() + "' is used twice"));
      }
      checkText(o.label(), p + ".label", true, MAX_LABEL_LENGTH, out);
      if (o.other()) {
        if (!otherAllowed) {
          out.add(
              new FieldViolation(
                  p + ".other", NOT_ALLOWED, "this question type has no \"other\" option"));
        } else if (otherSeen) {
          // Answers carry a single otherText, so a second "other" option would be ambiguous.
          out.add(
              new FieldViolation(
                  p + ".other", NOT_ALLOWED, "at most one option may be marked \"other\""));
        }
        otherSeen = true;
      }
    }
  }

  private static void checkRows(List<MatrixRow> rows, String path, List<FieldViolation> out) {
    if (rows.isEmpty()) {
      out.add(new FieldViolation(path + ".rows", TOO_FEW, "a matrix needs at least one row"));
    } else if (rows.size() > MAX_MATRIX_ROWS) {
      out.add(
          new FieldViolation(
              path + ".rows", TOO_MANY, "a matrix has at most " + MAX_MATRIX_ROWS + " rows"));
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < rows.size(); j++) {
      MatrixRow r = rows.get(j);
      String p = path + ".rows[" + j + "]";
      checkId(r.id(), p + ".id", out);
      if (!isBlank(r.id()) && !seen.add(r.id())) {
        out.add(
            new FieldViolation(p + ".id", DUPLICATE_ID, "row id '" + r.id() + "' is used twice"));
      }
      checkText(r.label(), p + ".label", true, MAX_LABEL_LENGTH, out);
    }
  }

  private static void checkSelections(Question q, String path, List<FieldViolation> out) {
    Integer min = q.minSelections();
    Integer max = q.maxSelections();
    int optionCount = q.options().size();
    boolean minOk = min == null || min >= 0;
    boolean maxOk = max == null || (max >= 1 && max <= optionCount);
    if (!minOk) {
      out.add(
          new FieldViolation(
              path + ".minSelections", OUT_OF_RANGE, "minSelections must not be negative"));
    }
    if (!maxOk) {
      out.add(
          new FieldViolation(
              path + ".maxSelections",
              OUT_OF_RANGE,
              "maxSelections must be between 1 and the number of options (" + optionCount + ")"));
    }
    if (minOk && maxOk) {
      int effectiveMin = min == null ? 0 : min;
      int effectiveMax = max == null ? optionCount : max;
      if (effectiveMin > effectiveMax) {
        out.add(
            new FieldViolation(
                path + ".minSelections",
                INVALID,
                "minSelections ("
                    + effectiveMin
                    + ") exceeds maxSelections ("
                    + effectiveMax
                    + (max == null ? ", the number of options" : "")
                    + ")"));
      }
    }
  }

  private static void checkCondition(
      Condition c,
      String path,
      int index,
      boolean strictlyEarlier,
      List<Question> questions,
      Map<String, Integer> firstIndex,
      List<FieldViolation> out) {
    if (c == null) {
      return;
    }
    Question ref = null;
    if (isBlank(c.questionId())) {
      out.add(
          new FieldViolation(
              path + ".questionId", REQUIRED, "a condition needs the question it tests"));
    } else {
      Integer refIndex = firstIndex.get(c.questionId());
      if (refIndex == null) {
        out.add(
            new FieldViolation(
                path + ".questionId",
                UNKNOWN_QUESTION,
                "no question has id '" + c.questionId() + "'"));
      } else {
        ref = questions.get(refIndex);
        if (refIndex > index || (strictlyEarlier && refIndex == index)) {
          out.add(
              new FieldViolation(
                  path + ".questionId",
                  FORWARD_REFERENCE,
                  strictlyEarlier
                      ? "showIf may only test an earlier question"
                      : "skipToEndIf may only test this or an earlier question"));
        }
      }
    }
    if (c.operator() == null) {
      out.add(new FieldViolation(path + ".operator", REQUIRED, "a condition needs an operator"));
      return;
    }
    QuestionType refType = ref == null ? null : ref.type();
    switch (c.operator()) {
      case EQUALS, INCLUDES -> {
        QuestionType expected =
            c.operator() == ConditionOperator.EQUALS
                ? QuestionType.SINGLE_CHOICE
                : QuestionType.MULTIPLE_CHOICE;
        boolean typeFits = refType == expected;
        if (refType != null && !typeFits) {
          out.add(
              new FieldViolation(
                  path + ".operator",
                  OPERATOR_MISMATCH,
                  c.operator() + " only applies to " + expected + " questions, not " + refType));
        }
        if (isBlank(c.optionId())) {
          out.add(
              new FieldViolation(
                  path + ".optionId", REQUIRED, c.operator() + " needs the option it tests"));
        } else if (typeFits && ref.options().stream().noneMatch(o -> c.optionId().equals(o.id()))) {
          out.add(
              new FieldViolation(
                  path + ".optionId",
                  UNKNOWN_OPTION,
                  "question '" + ref.id() + "' has no option '" + c.optionId() + "'"));
        }
      }
      case RANGE -> {
        if (refType != null && refType != QuestionType.NUMBER && refType != QuestionType.RATING) {
          out.add(
              new FieldViolation(
                  path + ".operator",
                  OPERATOR_MISMATCH,
                  "RANGE only applies to NUMBER and RATING questions, not " + refType));
        }
        if (c.min() == null && c.max() == null) {
          out.add(new FieldViolation(path + ".min", REQUIRED, "RANGE needs a min, a max or both"));
        } else {
          checkOrder(c.min(), c.max(), path + ".min", "min", "max", out);
        }
      }
    }
  }

  private static <T extends Comparable<? super T>> void checkOrder(
      T min, T max, String field, String minName, String maxName, List<FieldViolation> out) {
    if (min != null && max != null && min.compareTo(max) > 0) {
      out.add(
          new FieldViolation(
              field, INVALID, minName + " (" + min + ") exceeds " + maxName + " (" + max + ")"));
    }
  }

  private static void checkId(String id, String field, List<FieldViolation> out) {
    if (isBlank(id)) {
      out.add(new FieldViolation(field, REQUIRED, "an id is required"));
    } else if (!ID_PATTERN.matcher(id).matches()) {
      out.add(
          new FieldViolation(
              field, BAD_ID, "ids are 1 to 32 letters, digits, '_' or '-', not '" + id + "'"));
    }
  }

  private static void checkText(
      String text, String field, boolean required, int maxLength, List<FieldViolation> out) {
    if (isBlank(text)) {
      if (required) {
        out.add(new FieldViolation(field, REQUIRED, "must not be blank"));
      }
    } else if (length(text) > maxLength) {
      out.add(new FieldViolation(field, TOO_LONG, "must be at most " + maxLength + " characters"));
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Length in Unicode code points, so an emoji counts as one character. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
