package org.linli.service.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.linli.service.survey.QuestionType.DATE;
import static org.linli.service.survey.QuestionType.LONG_TEXT;
import static org.linli.service.survey.QuestionType.MATRIX;
import static org.linli.service.survey.QuestionType.MULTIPLE_CHOICE;
import static org.linli.service.survey.QuestionType.NUMBER;
import static org.linli.service.survey.QuestionType.RANKING;
import static org.linli.service.survey.QuestionType.RATING;
import static org.linli.service.survey.QuestionType.SHORT_TEXT;
import static org.linli.service.survey.QuestionType.SINGLE_CHOICE;
import static org.linli.service.survey.SurveyDefinitionValidatorTest.QuestionBuilder.question;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.linli.service.common.ErrorCode;

class SurveyDefinitionValidatorTest {

  // -------------------------------------------------------------------------------------------
  // Test-local builders, also used by AnswerValidatorTest.

  /**
   * Builds a {@link Question} that is valid by default for its type: a title, options a/b/c for
   * choice and ranking questions, rows r1/r2 and columns a/b for matrices, scale 5 for ratings.
   */
  static final class QuestionBuilder {
    private String id;
    private QuestionType type;
    private String title;
    private String help;
    private boolean required;
    private List<ChoiceOption> options = List.of();
    private Integer minSelections;
    private Integer maxSelections;
    private BigDecimal min;
    private BigDecimal max;
    private boolean integerOnly;
    private Integer scale;
    private LocalDate minDate;
    private LocalDate maxDate;
    private List<MatrixRow> rows = List.of();
    private Integer maxLength;
    private Condition showIf;
    private Condition skipToEndIf;

    static QuestionBuilder question(String id, QuestionType type) {
      QuestionBuilder b = new QuestionBuilder();
      b.id = id;
      b.type = type;
      b.title = "Question " + id;
      if (type == SINGLE_CHOICE || type == MULTIPLE_CHOICE || type == RANKING) {
        b.options("a", "b", "c");
      } else if (type == MATRIX) {
        b.options("a", "b").rows("r1", "r2");
      } else if (type == RATING) {
        b.scale = 5;
      }
      return b;
    }

    QuestionBuilder id(String value) {
      id = value;
      return this;
    }

    QuestionBuilder type(QuestionType value) {
      type = value;
      return this;
    }

    QuestionBuilder title(String value) {
      title = value;
      return this;
    }

    QuestionBuilder help(String value) {
      help = value;
      return this;
    }

    QuestionBuilder required() {
      required = true;
      return this;
    }

    /** Replaces the options by plain ones labelled "Option &lt;id&gt;". */
    QuestionBuilder options(String... ids) {
      options = Arrays.stream(ids).map(o -> new ChoiceOption(o, "Option " + o, false)).toList();
      return this;
    }

    QuestionBuilder options(List<ChoiceOption> value) {
      options = value;
      return this;
    }

    /** Appends an option marked {@code other}. */
    QuestionBuilder otherOption(String optionId) {
      List<ChoiceOption> all = new ArrayList<>(options);
      all.add(new ChoiceOption(optionId, "Other", true));
      options = all;
      return this;
    }

    /** Replaces the rows by ones labelled "Row &lt;id&gt;". */
    QuestionBuilder rows(String... ids) {
      rows = Arrays.stream(ids).map(r -> new MatrixRow(r, "Row " + r)).toList();
      return this;
    }

    QuestionBuilder rows(List<MatrixRow> value) {
      rows = value;
      return this;
    }

    QuestionBuilder selections(Integer minimum, Integer maximum) {
      minSelections = minimum;
      maxSelections = maximum;
      return this;
    }

    /** NUMBER bounds as decimal strings, either may be null. */
    QuestionBuilder bounds(String minimum, String maximum) {
      min = minimum == null ? null : new BigDecimal(minimum);
      max = maximum == null ? null : new BigDecimal(maximum);
      return this;
    }

    QuestionBuilder integerOnly() {
      integerOnly = true;
      return this;
    }

    QuestionBuilder scale(Integer value) {
      scale = value;
      return this;
    }

    QuestionBuilder dates(LocalDate minimum, LocalDate maximum) {
      minDate = minimum;
      maxDate = maximum;
      return this;
    }

    QuestionBuilder maxLength(Integer value) {
      maxLength = value;
      return this;
    }

    QuestionBuilder showIf(Condition value) {
      showIf = value;
      return this;
    }

    QuestionBuilder skipToEndIf(Condition value) {
      skipToEndIf = value;
      return this;
    }

    Question build() {
      return new Question(
          id,
          type,
          title,
          help,
          required,
          options,
          minSelections,
          maxSelections,
          min,
          max,
          integerOnly,
          scale,
          null,
          null,
          minDate,
          maxDate,
          rows,
          maxLength,
          false,
          showIf,
          skipToEndIf);
    }
  }

  static SurveyDefinition survey(QuestionBuilder... questions) {
    return new SurveyDefinition(Arrays.stream(questions).map(QuestionBuilder::build).toList());
  }

  static Condition equalsTo(String questionId, String optionId) {
    return new Condition(questionId, ConditionOperator.EQUALS, optionId, null, null);
  }

  static Condition includes(String questionId, String optionId) {
    return new Condition(questionId, ConditionOperator.INCLUDES, optionId, null, null);
  }

  /** A RANGE condition with decimal string bounds, either may be null. */
  static Condition range(String questionId, String min, String max) {
    return new Condition(
        questionId,
        ConditionOperator.RANGE,
        null,
        min == null ? null : new BigDecimal(min),
        max == null ? null : new BigDecimal(max));
  }

  // -------------------------------------------------------------------------------------------
  // Assertion helpers

  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
      assertViolations(SurveyDefinition def) {
    SurveyInvalidException e =
        catchThrowableOfType(
            SurveyInvalidException.class, () -> SurveyDefinitionValidator.validate(def));
    assertThat(e).as("expected the definition to be rejected").isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.SURVEY_DEFINITION_INVALID);
    return assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code);
  }

  private static void assertValid(SurveyDefinition def) {
    assertThatCode(() -> SurveyDefinitionValidator.validate(def)).doesNotThrowAnyException();
  }

  private static List<ChoiceOption> plainOptions(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new ChoiceOption("o" + i, "Option " + i, false))
        .toList();
  }

  // -------------------------------------------------------------------------------------------
  // Whole survey

  @Test
  void validate_acceptsASurveyUsingEveryTypeAndEveryOperator() {
    assertValid(
        survey(
            question("q1", SINGLE_CHOICE).required().otherOption("other"),
            question("q2", MULTIPLE_CHOICE).selections(1, 2).otherOption("x"),
            question("q3", SHORT_TEXT).maxLength(50).showIf(equalsTo("q1", "a")),
            question("q4", LONG_TEXT).help("Tell us more").showIf(includes("q2", "b")),
            question("q5", NUMBER).bounds("0", "100").integerOnly(),
            question("q6", RATING).scale(10).showIf(range("q5", "10", null)),
            question("q7", DATE)
                .dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .skipToEndIf(range("q6", null, "3")),
            question("q8", MATRIX).skipToEndIf(equalsTo("q1", "b")),
            question("q9", RANKING)));
  }

  @Test
  void validate_whenDefinitionIsNull_reportsMissingQuestions() {
    assertViolations(null).containsExactly(tuple("questions", "REQUIRED"));
  }

  @Test
  void validate_whenThereAreNoQuestions_reportsTooFew() {
    assertViolations(new SurveyDefinition(List.of()))
        .containsExactly(tuple("questions", "TOO_FEW"));
    assertViolations(new SurveyDefinition(null)).containsExactly(tuple("questions", "TOO_FEW"));
  }

  @Test
  void validate_acceptsTwoHundredQuestions_butReportsTooManyAboveThat() {
    List<Question> questions =
        IntStream.range(0, 201).mapToObj(i -> question("q" + i, SHORT_TEXT).build()).toList();
    assertValid(new SurveyDefinition(questions.subList(0, 200)));
    assertViolations(new SurveyDefinition(questions))
        .containsExactly(tuple("questions", "TOO_MANY"));
  }

  @Test
  void validate_reportsEveryViolation_notJustTheFirst() {
    assertViolations(
            survey(
                question("bad id", SHORT_TEXT).title(" "),
                question("q2", RATING).scale(7),
                question("q3", SINGLE_CHOICE).options("a").showIf(equalsTo("q9", "a"))))
        .containsExactly(
            tuple("questions[0].id", "BAD_ID"),
            tuple("questions[0].title", "REQUIRED"),
            tuple("questions[1].scale", "OUT_OF_RANGE"),
            tuple("questions[2].options", "TOO_FEW"),
            tuple("questions[2].showIf.questionId", "UNKNOWN_QUESTION"));
  }

  // -------------------------------------------------------------------------------------------
  // Question ids, titles, help, type

  @Test
  void validate_whenQuestionIdIsMissingOrBlank_reportsRequired() {
    assertViolations(
            survey(
                question(null, SHORT_TEXT), question("", SHORT_TEXT), question("  ", SHORT_TEXT)))
        .containsExactly(
            tuple("questions[0].id", "REQUIRED"),
            tuple("questions[1].id", "REQUIRED"),
            tuple("questions[2].id", "REQUIRED"));
  }

  @Test
  void validate_whenQuestionIdHasForbiddenCharactersOrIsTooLong_reportsBadId() {
    assertViolations(
            survey(
                question("q 1", SHORT_TEXT),
                question("问题", SHORT_TEXT),
                question("q.1", SHORT_TEXT),
                question("a".repeat(33), SHORT_TEXT)))
        .containsExactly(
            tuple("questions[0].id", "BAD_ID"),
            tuple("questions[1].id", "BAD_ID"),
            tuple("questions[2].id", "BAD_ID"),
            tuple("questions[3].id", "BAD_ID"));
  }

  @Test
  void validate_acceptsIdsOfLettersDigitsUnderscoreAndDash_upTo32Characters() {
    assertValid(
        survey(
            question("Q_1-a", SHORT_TEXT),
            question("x", SHORT_TEXT),
            question("a".repeat(32), DATE)));
  }

  @Test
  void validate_whenQuestionIdIsUsedTwice_reportsDuplicateIdOnTheLaterQuestion() {
    assertViolations(
            survey(question("q1", SHORT_TEXT), question("q2", DATE), question("q1", NUMBER)))
        .containsExactly(tuple("questions[2].id", "DUPLICATE_ID"));
  }

  @Test
  void validate_whenTitleIsBlank_reportsRequired() {
    assertViolations(survey(question("q1", SHORT_TEXT).title(null), question("q2", DATE).title("")))
        .containsExactly(
            tuple("questions[0].title", "REQUIRED"), tuple("questions[1].title", "REQUIRED"));
  }

  @Test
  void validate_whenTitleExceeds500Characters_reportsTooLong_countingCodePoints() {
    assertValid(survey(question("q1", SHORT_TEXT).title("x".repeat(500))));
    // An emoji is two UTF-16 units but one character.
    assertValid(survey(question("q1", SHORT_TEXT).title("😀".repeat(500))));
    assertViolations(survey(question("q1", SHORT_TEXT).title("题".repeat(501))))
        .containsExactly(tuple("questions[0].title", "TOO_LONG"));
  }

  @Test
  void validate_whenHelpExceeds1000Characters_reportsTooLong_andHelpIsOptional() {
    assertValid(survey(question("q1", SHORT_TEXT).help(null), question("q2", DATE).help("")));
    assertValid(survey(question("q1", SHORT_TEXT).help("h".repeat(1000))));
    assertViolations(survey(question("q1", SHORT_TEXT).help("h".repeat(1001))))
        .containsExactly(tuple("questions[0].help", "TOO_LONG"));
  }

  @Test
  void validate_whenTypeIsMissing_reportsRequired() {
    assertViolations(survey(question("q1", SHORT_TEXT).type(null)))
        .containsExactly(tuple("questions[0].type", "REQUIRED"));
  }

  // -------------------------------------------------------------------------------------------
  // Options

  @Test
  void validate_whenChoiceOrRankingQuestionHasFewerThanTwoOptions_reportsTooFew() {
    assertViolations(
            survey(
                question("q1", SINGLE_CHOICE).options("a"),
                question("q2", MULTIPLE_CHOICE).options(),
                question("q3", RANKING).options("a")))
        .containsExactly(
            tuple("questions[0].options", "TOO_FEW"),
            tuple("questions[1].options", "TOO_FEW"),
            tuple("questions[2].options", "TOO_FEW"));
  }

  @Test
  void validate_acceptsFiftyOptions_butReportsTooManyAboveThat() {
    assertValid(
        survey(
            question("q1", SINGLE_CHOICE).options(plainOptions(50)),
            question("q2", RANKING).options(plainOptions(2))));
    assertViolations(
            survey(
                question("q1", SINGLE_CHOICE).options(plainOptions(51)),
                question("q2", MULTIPLE_CHOICE).options(plainOptions(51)),
                question("q3", RANKING).options(plainOptions(51))))
        .containsExactly(
            tuple("questions[0].options", "TOO_MANY"),
            tuple("questions[1].options", "TOO_MANY"),
            tuple("questions[2].options", "TOO_MANY"));
  }

  @Test
  void validate_whenOptionIdIsBlankMalformedOrDuplicated_reportsItOnTheOption() {
    assertViolations(
            survey(
                question("q1", SINGLE_CHOICE)
                    .options(
                        List.of(
                            new ChoiceOption(" ", "Blank", false),
                            new ChoiceOption("a b", "Space", false),
                            new ChoiceOption("a", "First", false),
                            new ChoiceOption("a", "Again", false)))))
        .containsExactly(
            tuple("questions[0].options[0].id", "REQUIRED"),
            tuple("questions[0].options[1].id", "BAD_ID"),
            tuple("questions[0].options[3].id", "DUPLICATE_ID"));
  }

  @Test
  void validate_whenOptionLabelIsBlankOrLongerThan200_reportsRequiredOrTooLong() {
    assertValid(
        survey(
            question("q1", RANKING)
                .options(
                    List.of(
                        new ChoiceOption("a", "l".repeat(200), false),
                        new ChoiceOption("b", "B", false)))));
    assertViolations(
            survey(
                question("q1", MULTIPLE_CHOICE)
                    .options(
                        List.of(
                            new ChoiceOption("a", "", false),
                            new ChoiceOption("b", "l".repeat(201), false)))))
        .containsExactly(
            tuple("questions[0].options[0].label", "REQUIRED"),
            tuple("questions[0].options[1].label", "TOO_LONG"));
  }

  @Test
  void validate_whenRankingOrMatrixOptionIsOther_reportsNotAllowed() {
    assertViolations(
            survey(
                question("q1", RANKING).otherOption("o"), question("q2", MATRIX).otherOption("o")))
        .containsExactly(
            tuple("questions[0].options[3].other", "NOT_ALLOWED"),
            tuple("questions[1].options[2].other", "NOT_ALLOWED"));
  }

  @Test
  void validate_allowsOneOtherOptionPerChoiceQuestion_andReportsASecondAsNotAllowed() {
    assertValid(
        survey(
            question("q1", SINGLE_CHOICE).otherOption("o"),
            question("q2", MULTIPLE_CHOICE).otherOption("o")));
    assertViolations(survey(question("q1", SINGLE_CHOICE).otherOption("o1").otherOption("o2")))
        .containsExactly(tuple("questions[0].options[4].other", "NOT_ALLOWED"));
  }

  // -------------------------------------------------------------------------------------------
  // Matrix

  @Test
  void validate_whenMatrixHasNoRowsOrMoreThan50_reportsTooFewOrTooMany() {
    List<MatrixRow> fifty =
        IntStream.range(0, 50).mapToObj(i -> new MatrixRow("r" + i, "Row " + i)).toList();
    List<MatrixRow> fiftyOne = new ArrayList<>(fifty);
    fiftyOne.add(new MatrixRow("r50", "Row 50"));
    assertValid(survey(question("q1", MATRIX).rows(fifty), question("q2", MATRIX).rows("r")));
    assertViolations(survey(question("q1", MATRIX).rows(), question("q2", MATRIX).rows(fiftyOne)))
        .containsExactly(
            tuple("questions[0].rows", "TOO_FEW"), tuple("questions[1].rows", "TOO_MANY"));
  }

  @Test
  void validate_whenMatrixRowIdsOrLabelsAreInvalid_reportsItOnTheRow() {
    assertViolations(
            survey(
                question("q1", MATRIX)
                    .rows(
                        List.of(
                            new MatrixRow("r1", "One"),
                            new MatrixRow("r1", "Again"),
                            new MatrixRow("r#", "Hash"),
                            new MatrixRow("", "Blank"),
                            new MatrixRow("r4", " "),
                            new MatrixRow("r5", "l".repeat(201))))))
        .containsExactly(
            tuple("questions[0].rows[1].id", "DUPLICATE_ID"),
            tuple("questions[0].rows[2].id", "BAD_ID"),
            tuple("questions[0].rows[3].id", "REQUIRED"),
            tuple("questions[0].rows[4].label", "REQUIRED"),
            tuple("questions[0].rows[5].label", "TOO_LONG"));
  }

  @Test
  void validate_whenMatrixHasFewerThanTwoOrMoreThan20Columns_reportsTooFewOrTooMany() {
    assertValid(survey(question("q1", MATRIX).options(plainOptions(20))));
    assertViolations(
            survey(
                question("q1", MATRIX).options("a"),
                question("q2", MATRIX).options(plainOptions(21))))
        .containsExactly(
            tuple("questions[0].options", "TOO_FEW"), tuple("questions[1].options", "TOO_MANY"));
  }

  // -------------------------------------------------------------------------------------------
  // Multiple choice selections, number, rating, date, maxLength

  @Test
  void validate_acceptsDefaultAndConsistentSelectionBounds() {
    assertValid(
        survey(
            question("q1", MULTIPLE_CHOICE),
            question("q2", MULTIPLE_CHOICE).selections(0, 1),
            question("q3", MULTIPLE_CHOICE).selections(3, 3),
            question("q4", MULTIPLE_CHOICE).selections(3, null),
            question("q5", MULTIPLE_CHOICE).selections(null, 2)));
  }

  @Test
  void validate_whenSelectionBoundsAreOutOfRange_reportsOutOfRange() {
    assertViolations(
            survey(
                question("q1", MULTIPLE_CHOICE).selections(-1, null),
                question("q2", MULTIPLE_CHOICE).selections(null, 0),
                question("q3", MULTIPLE_CHOICE).selections(null, 4)))
        .containsExactly(
            tuple("questions[0].minSelections", "OUT_OF_RANGE"),
            tuple("questions[1].maxSelections", "OUT_OF_RANGE"),
            tuple("questions[2].maxSelections", "OUT_OF_RANGE"));
  }

  @Test
  void validate_whenMinSelectionsExceedsMaxOrTheOptionCount_reportsInvalid() {
    assertViolations(
            survey(
                question("q1", MULTIPLE_CHOICE).selections(3, 2),
                question("q2", MULTIPLE_CHOICE).selections(4, null)))
        .containsExactly(
            tuple("questions[0].minSelections", "INVALID"),
            tuple("questions[1].minSelections", "INVALID"));
  }

  @Test
  void validate_whenNumberMinExceedsMax_reportsInvalid_andAcceptsEqualOrOneSidedBounds() {
    assertValid(
        survey(
            question("q1", NUMBER).bounds("5", "5.0"),
            question("q2", NUMBER).bounds(null, "-1"),
            question("q3", NUMBER).bounds("1", null)));
    assertViolations(survey(question("q1", NUMBER).bounds("10", "9.99")))
        .containsExactly(tuple("questions[0].min", "INVALID"));
  }

  @Test
  void validate_whenRatingScaleIsNot5Or10_reportsIt() {
    assertValid(survey(question("q1", RATING).scale(5), question("q2", RATING).scale(10)));
    assertViolations(
            survey(
                question("q1", RATING).scale(null),
                question("q2", RATING).scale(7),
                question("q3", RATING).scale(0)))
        .containsExactly(
            tuple("questions[0].scale", "REQUIRED"),
            tuple("questions[1].scale", "OUT_OF_RANGE"),
            tuple("questions[2].scale", "OUT_OF_RANGE"));
  }

  @Test
  void validate_whenMinDateIsAfterMaxDate_reportsInvalid() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    assertValid(
        survey(question("q1", DATE).dates(day, day), question("q2", DATE).dates(null, day)));
    assertViolations(survey(question("q1", DATE).dates(day.plusDays(1), day)))
        .containsExactly(tuple("questions[0].minDate", "INVALID"));
  }

  @Test
  void validate_whenMaxLengthIsOutside1To5000_reportsOutOfRange() {
    assertValid(
        survey(
            question("q1", SHORT_TEXT).maxLength(1),
            question("q2", LONG_TEXT).maxLength(5000),
            question("q3", SINGLE_CHOICE).otherOption("o").maxLength(30)));
    assertViolations(
            survey(
                question("q1", SHORT_TEXT).maxLength(0), question("q2", LONG_TEXT).maxLength(5001)))
        .containsExactly(
            tuple("questions[0].maxLength", "OUT_OF_RANGE"),
            tuple("questions[1].maxLength", "OUT_OF_RANGE"));
  }

  // -------------------------------------------------------------------------------------------
  // Conditions

  @Test
  void validate_whenConditionRefersToAnUnknownQuestion_reportsUnknownQuestion() {
    assertViolations(
            survey(
                question("q1", SINGLE_CHOICE),
                question("q2", SHORT_TEXT).showIf(equalsTo("nope", "a")),
                question("q3", SHORT_TEXT).skipToEndIf(equalsTo("nope", "a"))))
        .containsExactly(
            tuple("questions[1].showIf.questionId", "UNKNOWN_QUESTION"),
            tuple("questions[2].skipToEndIf.questionId", "UNKNOWN_QUESTION"));
  }

  @Test
  void validate_whenConditionRefersToLaterQuestion_reportsForwardReference() {
    assertViolations(
            survey(
                question("q1", SHORT_TEXT).showIf(equalsTo("q2", "a")),
                question("q2", SINGLE_CHOICE)))
        .containsExactly(tuple("questions[0].showIf.questionId", "FORWARD_REFERENCE"));
    assertViolations(
            survey(
                question("q1", SHORT_TEXT).skipToEndIf(equalsTo("q2", "a")),
                question("q2", SINGLE_CHOICE)))
        .containsExactly(tuple("questions[0].skipToEndIf.questionId", "FORWARD_REFERENCE"));
  }

  @Test
  void validate_whenShowIfRefersToItsOwnQuestion_reportsForwardReference() {
    assertViolations(survey(question("q1", SINGLE_CHOICE).showIf(equalsTo("q1", "a"))))
        .containsExactly(tuple("questions[0].showIf.questionId", "FORWARD_REFERENCE"));
  }

  @Test
  void validate_acceptsSkipToEndIfOnItsOwnOrAnEarlierQuestion() {
    assertValid(
        survey(
            question("q1", SINGLE_CHOICE).skipToEndIf(equalsTo("q1", "a")),
            question("q2", NUMBER).skipToEndIf(range("q2", "1", "2")),
            question("q3", SHORT_TEXT).skipToEndIf(equalsTo("q1", "b"))));
  }

  @Test
  void validate_whenOperatorDoesNotFitTheReferencedQuestionType_reportsOperatorMismatch() {
    assertViolations(
            survey(
                question("single", SINGLE_CHOICE),
                question("multi", MULTIPLE_CHOICE),
                question("text", SHORT_TEXT),
                question("c1", SHORT_TEXT).showIf(equalsTo("multi", "a")),
                question("c2", SHORT_TEXT).showIf(includes("single", "a")),
                question("c3", SHORT_TEXT).showIf(range("text", "1", null)),
                question("c4", SHORT_TEXT).skipToEndIf(range("single", null, "1")),
                question("c5", SHORT_TEXT).showIf(equalsTo("text", "a"))))
        .containsExactly(
            tuple("questions[3].showIf.operator", "OPERATOR_MISMATCH"),
            tuple("questions[4].showIf.operator", "OPERATOR_MISMATCH"),
            tuple("questions[5].showIf.operator", "OPERATOR_MISMATCH"),
            tuple("questions[6].skipToEndIf.operator", "OPERATOR_MISMATCH"),
            tuple("questions[7].showIf.operator", "OPERATOR_MISMATCH"));
  }

  @Test
  void validate_acceptsRangeOnNumberAndRating() {
    assertValid(
        survey(
            question("n", NUMBER),
            question("r", RATING),
            question("c1", SHORT_TEXT).showIf(range("n", "-5", "5")),
            question("c2", SHORT_TEXT).showIf(range("r", "4", null))));
  }

  @Test
  void validate_whenConditionOptionIsNotAnOptionOfTheReferencedQuestion_reportsUnknownOption() {
    assertViolations(
            survey(
                question("single", SINGLE_CHOICE),
                question("multi", MULTIPLE_CHOICE),
                question("c1", SHORT_TEXT).showIf(equalsTo("single", "z")),
                question("c2", SHORT_TEXT).skipToEndIf(includes("multi", "z"))))
        .containsExactly(
            tuple("questions[2].showIf.optionId", "UNKNOWN_OPTION"),
            tuple("questions[3].skipToEndIf.optionId", "UNKNOWN_OPTION"));
  }

  @Test
  void validate_whenEqualsOrIncludesHasNoOption_reportsRequired() {
    assertViolations(
            survey(
                question("single", SINGLE_CHOICE),
                question("multi", MULTIPLE_CHOICE),
                question("c1", SHORT_TEXT).showIf(equalsTo("single", null)),
                question("c2", SHORT_TEXT).showIf(includes("multi", " "))))
        .containsExactly(
            tuple("questions[2].showIf.optionId", "REQUIRED"),
            tuple("questions[3].showIf.optionId", "REQUIRED"));
  }

  @Test
  void validate_whenRangeHasNoBoundOrMinAboveMax_reportsRequiredOrInvalid() {
    assertViolations(
            survey(
                question("n", NUMBER),
                question("c1", SHORT_TEXT).showIf(range("n", null, null)),
                question("c2", SHORT_TEXT).showIf(range("n", "3", "2"))))
        .containsExactly(
            tuple("questions[1].showIf.min", "REQUIRED"),
            tuple("questions[2].showIf.min", "INVALID"));
  }

  @Test
  void validate_whenConditionLacksQuestionOrOperator_reportsRequired() {
    assertViolations(
            survey(
                question("q1", SINGLE_CHOICE),
                question("c1", SHORT_TEXT).showIf(new Condition(null, null, null, null, null)),
                question("c2", SHORT_TEXT).skipToEndIf(new Condition("q1", null, "a", null, null))))
        .containsExactly(
            tuple("questions[1].showIf.questionId", "REQUIRED"),
            tuple("questions[1].showIf.operator", "REQUIRED"),
            tuple("questions[2].skipToEndIf.operator", "REQUIRED"));
  }
}
