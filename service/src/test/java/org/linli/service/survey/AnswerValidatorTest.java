package org.linli.service.survey;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.linli.service.survey.SurveyDefinitionValidatorTest.equalsTo;
import static org.linli.service.survey.SurveyDefinitionValidatorTest.includes;
import static org.linli.service.survey.SurveyDefinitionValidatorTest.range;
import static org.linli.service.survey.SurveyDefinitionValidatorTest.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.linli.service.common.ErrorCode;

class AnswerValidatorTest {

  // -------------------------------------------------------------------------------------------
  // Answer factories

  private static Answer single(String optionId) {
    return new Answer(optionId, null, null, null, null, null, null, null);
  }

  private static Answer single(String optionId, String otherText) {
    return new Answer(optionId, null, otherText, null, null, null, null, null);
  }

  private static Answer multi(String... optionIds) {
    return new Answer(null, List.of(optionIds), null, null, null, null, null, null);
  }

  private static Answer multiWithOther(String otherText, String... optionIds) {
    return new Answer(null, List.of(optionIds), otherText, null, null, null, null, null);
  }

  private static Answer text(String text) {
    return new Answer(null, null, null, text, null, null, null, null);
  }

  private static Answer number(String number) {
    return new Answer(null, null, null, null, new BigDecimal(number), null, null, null);
  }

  private static Answer date(LocalDate date) {
    return new Answer(null, null, null, null, null, date, null, null);
  }

  private static Answer matrix(Map<String, String> rows) {
    return new Answer(null, null, null, null, null, null, rows, null);
  }

  private static Answer ranking(String... optionIds) {
    return new Answer(null, null, null, null, null, null, null, List.of(optionIds));
  }

  private static Answer empty() {
    return new Answer(null, null, null, null, null, null, null, null);
  }

  // -------------------------------------------------------------------------------------------
  // Assertion helpers

  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
      assertViolations(SurveyDefinition def, Map<String, Answer> answers, boolean complete) {
    SurveyInvalidException e =
        catchThrowableOfType(
            SurveyInvalidException.class, () -> AnswerValidator.validate(def, answers, complete));
    assertThat(e).as("expected the answers to be rejected").isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.ANSWERS_INVALID);
    return assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code);
  }

  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
      assertViolations(SurveyDefinition def, Map<String, Answer> answers) {
    return assertViolations(def, answers, true);
  }

  /** Validates a single-question survey's answer "q" as a complete submission. */
  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
      assertViolations(SurveyDefinitionValidatorTest.QuestionBuilder q, Answer a) {
    return assertViolations(survey(q), Map.of("q", a), true);
  }

  /** Validates a single-question survey's answer "q" as a complete submission; returns it. */
  private static Answer accepted(SurveyDefinitionValidatorTest.QuestionBuilder q, Answer a) {
    return AnswerValidator.validate(survey(q), Map.of("q", a), true).get("q");
  }

  private static List<String> visible(SurveyDefinition def, Map<String, Answer> answers) {
    return AnswerValidator.visibleQuestionIds(def, answers);
  }

  // -------------------------------------------------------------------------------------------
  // Visibility

  @Test
  void visibleQuestionIds_withoutConditions_areAllQuestionsInOrder() {
    SurveyDefinition def =
        survey(question("q1", SHORT_TEXT), question("q2", NUMBER), question("q3", DATE));
    assertThat(visible(def, Map.of())).containsExactly("q1", "q2", "q3");
    assertThat(visible(def, null)).containsExactly("q1", "q2", "q3");
  }

  @Test
  void visibleQuestionIds_showsAQuestion_onlyWhenItsEqualsConditionHolds() {
    SurveyDefinition def =
        survey(
            question("q1", SINGLE_CHOICE), question("q2", SHORT_TEXT).showIf(equalsTo("q1", "a")));
    assertThat(visible(def, Map.of("q1", single("a")))).containsExactly("q1", "q2");
    assertThat(visible(def, Map.of("q1", single("b")))).containsExactly("q1");
  }

  @Test
  void visibleQuestionIds_treatsConditionsOnUnansweredQuestionsAsFalse() {
    SurveyDefinition def =
        survey(
            question("q1", SINGLE_CHOICE),
            question("q2", SHORT_TEXT).showIf(equalsTo("q1", "a")),
            question("n", NUMBER),
            question("q3", SHORT_TEXT).showIf(range("n", null, "100")));
    assertThat(visible(def, Map.of())).containsExactly("q1", "n");
    assertThat(visible(def, Map.of("q1", empty(), "n", empty()))).containsExactly("q1", "n");
  }

  @Test
  void visibleQuestionIds_evaluatesIncludesOnMultipleChoiceAnswers() {
    SurveyDefinition def =
        survey(
            question("q1", MULTIPLE_CHOICE),
            question("q2", SHORT_TEXT).showIf(includes("q1", "b")));
    assertThat(visible(def, Map.of("q1", multi("a", "b")))).containsExactly("q1", "q2");
    assertThat(visible(def, Map.of("q1", multi("a", "c")))).containsExactly("q1");
  }

  @Test
  void visibleQuestionIds_evaluatesRangeInclusively_withOptionalBounds() {
    SurveyDefinition def =
        survey(
            question("n", NUMBER),
            question("both", SHORT_TEXT).showIf(range("n", "10", "20")),
            question("atLeast", SHORT_TEXT).showIf(range("n", "15", null)),
            question("atMost", SHORT_TEXT).showIf(range("n", null, "10")));
    assertThat(visible(def, Map.of("n", number("10")))).containsExactly("n", "both", "atMost");
    assertThat(visible(def, Map.of("n", number("20.0")))).containsExactly("n", "both", "atLeast");
    assertThat(visible(def, Map.of("n", number("9.99")))).containsExactly("n", "atMost");
    assertThat(visible(def, Map.of("n", number("20.01")))).containsExactly("n", "atLeast");
  }

  @Test
  void visibleQuestionIds_evaluatesRangeOnRatings() {
    SurveyDefinition def =
        survey(question("r", RATING), question("why", LONG_TEXT).showIf(range("r", null, "2")));
    assertThat(visible(def, Map.of("r", number("2")))).containsExactly("r", "why");
    assertThat(visible(def, Map.of("r", number("3")))).containsExactly("r");
  }

  @Test
  void visibleQuestionIds_hidesAShowIfChain_whenAnEarlierLinkIsHidden() {
    SurveyDefinition def =
        survey(
            question("q1", SINGLE_CHOICE),
            question("q2", SINGLE_CHOICE).showIf(equalsTo("q1", "a")),
            question("q3", SHORT_TEXT).showIf(equalsTo("q2", "b")));
    assertThat(visible(def, Map.of("q1", single("a"), "q2", single("b"))))
        .containsExactly("q1", "q2", "q3");
    // q2 is hidden, so its (stale) answer cannot make q3 visible.
    assertThat(visible(def, Map.of("q1", single("c"), "q2", single("b")))).containsExactly("q1");
  }

  @Test
  void visibleQuestionIds_whenOwnSkipToEndIfHolds_keepsTheQuestionButHidesEverythingAfter() {
    SurveyDefinition def =
        survey(
            question("q1", SINGLE_CHOICE).skipToEndIf(equalsTo("q1", "c")),
            question("q2", SHORT_TEXT),
            question("q3", NUMBER));
    assertThat(visible(def, Map.of("q1", single("c")))).containsExactly("q1");
    assertThat(visible(def, Map.of("q1", single("a")))).containsExactly("q1", "q2", "q3");
    assertThat(visible(def, Map.of())).containsExactly("q1", "q2", "q3");
  }

  @Test
  void visibleQuestionIds_whenSkipToEndIfOnAnEarlierAnswerHolds_hidesEverythingAfterTheHolder() {
    SurveyDefinition def =
        survey(
            question("q1", SINGLE_CHOICE),
            question("q2", SHORT_TEXT).skipToEndIf(equalsTo("q1", "b")),
            question("q3", NUMBER));
    assertThat(visible(def, Map.of("q1", single("b")))).containsExactly("q1", "q2");
  }

  @Test
  void visibleQuestionIds_ignoresTheSkipToEndIfOfAHiddenQuestion() {
    SurveyDefinition def =
        survey(
            question("q1", SINGLE_CHOICE),
            question("q2", SHORT_TEXT).showIf(equalsTo("q1", "a")).skipToEndIf(equalsTo("q1", "b")),
            question("q3", NUMBER));
    assertThat(visible(def, Map.of("q1", single("b")))).containsExactly("q1", "q3");
  }

  // -------------------------------------------------------------------------------------------
  // Whole submission

  @Test
  void validate_acceptsValidAnswersToEveryType_andReturnsThemCleanedInSurveyOrder() {
    LocalDate day = LocalDate.of(2026, 3, 1);
    SurveyDefinition def =
        survey(
            question("single", SINGLE_CHOICE).required().otherOption("o"),
            question("multi", MULTIPLE_CHOICE).otherOption("o"),
            question("short", SHORT_TEXT).required(),
            question("long", LONG_TEXT),
            question("num", NUMBER).bounds("0", "10"),
            question("rate", RATING).scale(10),
            question("day", DATE),
            question("grid", MATRIX).required(),
            question("rank", RANKING));
    Map<String, String> grid = new LinkedHashMap<>();
    grid.put("r2", "b");
    grid.put("r1", "a");
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("rank", ranking("c", "a", "b"));
    answers.put("grid", matrix(grid));
    answers.put("day", date(day));
    answers.put("rate", number("10"));
    answers.put("num", number("2.50"));
    answers.put("long", text("  "));
    answers.put("short", text("  hello\u3000"));
    answers.put("multi", multiWithOther(" bikes ", "a", "o"));
    answers.put("single", single("o", " a garden "));

    Map<String, Answer> cleaned = AnswerValidator.validate(def, answers, true);

    assertThat(cleaned.keySet())
        .containsExactly("single", "multi", "short", "num", "rate", "day", "grid", "rank");
    assertThat(cleaned.get("single")).isEqualTo(single("o", "a garden"));
    assertThat(cleaned.get("multi")).isEqualTo(multiWithOther("bikes", "a", "o"));
    assertThat(cleaned.get("short")).isEqualTo(text("hello"));
    assertThat(cleaned.get("num").number()).isEqualTo(new BigDecimal("2.50"));
    assertThat(cleaned.get("rate")).isEqualTo(number("10"));
    assertThat(cleaned.get("day")).isEqualTo(date(day));
    assertThat(cleaned.get("grid").matrix())
        .containsExactly(Map.entry("r1", "a"), Map.entry("r2", "b"));
    assertThat(cleaned.get("rank")).isEqualTo(ranking("c", "a", "b"));
  }

  @Test
  void validate_withNoAnswersToAnOptionalSurvey_returnsAnEmptyMap() {
    SurveyDefinition def = survey(question("q1", SHORT_TEXT), question("q2", NUMBER));
    assertThat(AnswerValidator.validate(def, null, true)).isEmpty();
    assertThat(AnswerValidator.validate(def, Map.of("q1", text(" ")), true)).isEmpty();
  }

  @Test
  void validate_whenAnswerKeyIsNotAQuestion_reportsUnknownQuestion() {
    SurveyDefinition def = survey(question("q1", SHORT_TEXT));
    assertViolations(def, Map.of("q1", text("x"), "zz", text("y"), "aa", empty()))
        .containsExactly(
            tuple("answers.aa", "UNKNOWN_QUESTION"), tuple("answers.zz", "UNKNOWN_QUESTION"));
  }

  @Test
  void validate_whenAHiddenQuestionIsAnswered_reportsHiddenQuestion_butDropsEmptyAnswers() {
    SurveyDefinition def =
        survey(
            question("q1", SINGLE_CHOICE).skipToEndIf(equalsTo("q1", "c")),
            question("q2", SHORT_TEXT).showIf(equalsTo("q1", "a")),
            question("q3", NUMBER));
    assertViolations(def, Map.of("q1", single("b"), "q2", text("not shown")))
        .containsExactly(tuple("answers.q2", "HIDDEN_QUESTION"));
    assertViolations(def, Map.of("q1", single("c"), "q3", number("1")), false)
        .containsExactly(tuple("answers.q3", "HIDDEN_QUESTION"));
    assertThat(AnswerValidator.validate(def, Map.of("q1", single("b"), "q2", text("  ")), true))
        .containsOnlyKeys("q1");
  }

  @Test
  void validate_reportsEveryViolation_notJustTheFirst() {
    SurveyDefinition def =
        survey(
            question("q1", SHORT_TEXT).required(),
            question("q2", NUMBER).bounds("0", "5").integerOnly(),
            question("q3", SINGLE_CHOICE));
    assertViolations(def, Map.of("q2", number("7.5"), "q3", single("z"), "q9", text("?")))
        .containsExactly(
            tuple("answers.q1", "REQUIRED"),
            tuple("answers.q2", "OUT_OF_RANGE"),
            tuple("answers.q2", "NOT_INTEGER"),
            tuple("answers.q3", "UNKNOWN_OPTION"),
            tuple("answers.q9", "UNKNOWN_QUESTION"));
  }

  // -------------------------------------------------------------------------------------------
  // Required and drafts

  @Test
  void validate_whenAVisibleRequiredQuestionIsUnanswered_reportsRequired() {
    SurveyDefinition def =
        survey(
            question("q1", SHORT_TEXT).required(),
            question("q2", NUMBER).required(),
            question("q3", MULTIPLE_CHOICE).required(),
            question("q4", SINGLE_CHOICE).required());
    Map<String, Answer> answers = new HashMap<>();
    answers.put("q1", text(" \t "));
    answers.put("q2", null);
    answers.put("q3", new Answer(null, List.of(), null, null, null, null, null, null));
    assertViolations(def, answers)
        .containsExactly(
            tuple("answers.q1", "REQUIRED"),
            tuple("answers.q2", "REQUIRED"),
            tuple("answers.q3", "REQUIRED"),
            tuple("answers.q4", "REQUIRED"));
  }

  @Test
  void validate_doesNotRequireHiddenRequiredQuestions() {
    SurveyDefinition def =
        survey(
            question("q1", SINGLE_CHOICE).required(),
            question("q2", SHORT_TEXT).required().showIf(equalsTo("q1", "a")));
    assertThat(AnswerValidator.validate(def, Map.of("q1", single("b")), true))
        .containsOnlyKeys("q1");
    assertViolations(def, Map.of("q1", single("a")))
        .containsExactly(tuple("answers.q2", "REQUIRED"));
  }

  @Test
  void validate_whenSavingADraft_skipsRequiredChecksOnly() {
    SurveyDefinition def =
        survey(
            question("q1", SHORT_TEXT).required(),
            question("q2", SHORT_TEXT).required().maxLength(3),
            question("grid", MATRIX).required(),
            question("q4", NUMBER).required());
    Map<String, Answer> draft = Map.of("grid", matrix(Map.of("r1", "a")), "q4", number("1"));
    assertThat(AnswerValidator.validate(def, draft, false)).containsOnlyKeys("grid", "q4");
    assertViolations(def, draft, true)
        .containsExactly(
            tuple("answers.q1", "REQUIRED"),
            tuple("answers.q2", "REQUIRED"),
            tuple("answers.grid.r2", "REQUIRED"));
    assertViolations(def, Map.of("q2", text("four"), "q4", text("1")), false)
        .containsExactly(tuple("answers.q2", "TOO_LONG"), tuple("answers.q4", "WRONG_TYPE"));
  }

  @Test
  void validate_whenSavingADraft_stillRejectsHiddenAndUnknownAnswers() {
    SurveyDefinition def =
        survey(
            question("q1", SINGLE_CHOICE), question("q2", SHORT_TEXT).showIf(equalsTo("q1", "a")));
    assertViolations(def, Map.of("q2", text("x"), "q3", text("y")), false)
        .containsExactly(
            tuple("answers.q2", "HIDDEN_QUESTION"), tuple("answers.q3", "UNKNOWN_QUESTION"));
  }

  // -------------------------------------------------------------------------------------------
  // Wrong type

  @Test
  void validate_whenAnswerUsesAFieldOfAnotherType_reportsWrongType() {
    SurveyDefinition def =
        survey(
            question("num", NUMBER),
            question("txt", SHORT_TEXT),
            question("single", SINGLE_CHOICE),
            question("day", DATE),
            question("rank", RANKING));
    Map<String, Answer> answers =
        Map.of(
            "num", text("5"),
            "txt", new Answer(null, null, null, "hi", BigDecimal.ONE, null, null, null),
            "single", new Answer("a", List.of("a"), null, null, null, null, null, null),
            "day", number("20260101"),
            "rank", multi("a", "b", "c"));
    assertViolations(def, answers, false)
        .containsExactly(
            tuple("answers.num", "WRONG_TYPE"),
            tuple("answers.txt", "WRONG_TYPE"),
            tuple("answers.single", "WRONG_TYPE"),
            tuple("answers.day", "WRONG_TYPE"),
            tuple("answers.rank", "WRONG_TYPE"));
  }

  @Test
  void validate_whenARequiredAnswerHasOnlyAFieldOfAnotherType_reportsWrongTypeAndRequired() {
    assertViolations(question("q", NUMBER).required(), text("5"))
        .containsExactly(tuple("answers.q", "WRONG_TYPE"), tuple("answers.q", "REQUIRED"));
  }

  @Test
  void validate_whenOtherTextIsGivenToANonChoiceQuestion_reportsWrongType() {
    assertViolations(
            question("q", SHORT_TEXT),
            new Answer(null, null, "other", "text", null, null, null, null))
        .containsExactly(tuple("answers.q", "WRONG_TYPE"));
  }

  // -------------------------------------------------------------------------------------------
  // Choices

  @Test
  void validate_whenSingleChoiceOptionDoesNotExist_reportsUnknownOption() {
    assertThat(accepted(question("q", SINGLE_CHOICE), single("b"))).isEqualTo(single("b"));
    assertViolations(question("q", SINGLE_CHOICE), single("z"))
        .containsExactly(tuple("answers.q", "UNKNOWN_OPTION"));
  }

  @Test
  void validate_whenMultipleChoiceRepeatsAnOption_reportsDuplicateOption() {
    assertViolations(question("q", MULTIPLE_CHOICE), multi("a", "b", "a"))
        .containsExactly(tuple("answers.q", "DUPLICATE_OPTION"));
  }

  @Test
  void validate_whenMultipleChoiceOptionDoesNotExist_reportsUnknownOption() {
    assertViolations(question("q", MULTIPLE_CHOICE), multi("a", "z", "y"))
        .containsExactly(tuple("answers.q", "UNKNOWN_OPTION"));
  }

  @Test
  void validate_whenMultipleChoiceCountIsOutsideMinAndMax_reportsTooFewOrTooManySelections() {
    SurveyDefinitionValidatorTest.QuestionBuilder q =
        question("q", MULTIPLE_CHOICE).options("a", "b", "c", "d").selections(2, 3);
    assertThat(accepted(q, multi("a", "b")).optionIds()).containsExactly("a", "b");
    assertThat(accepted(q, multi("d", "b", "a")).optionIds()).containsExactly("d", "b", "a");
    assertViolations(q, multi("a")).containsExactly(tuple("answers.q", "TOO_FEW_SELECTIONS"));
    assertViolations(q, multi("a", "b", "c", "d"))
        .containsExactly(tuple("answers.q", "TOO_MANY_SELECTIONS"));
  }

  @Test
  void validate_multipleChoiceDefaultsAllowAnyNumberOfDistinctOptions() {
    assertThat(accepted(question("q", MULTIPLE_CHOICE), multi("a", "b", "c")).optionIds())
        .containsExactly("a", "b", "c");
    assertThat(accepted(question("q", MULTIPLE_CHOICE), multi("c")).optionIds())
        .containsExactly("c");
  }

  @Test
  void validate_whenTooFewSelections_isRefusedOnSubmit_butADraftMayBeUnfinished() {
    SurveyDefinition def = survey(question("q", MULTIPLE_CHOICE).selections(2, null));
    assertViolations(def, Map.of("q", multi("a")), true)
        .containsExactly(tuple("answers.q", "TOO_FEW_SELECTIONS"));
    assertThat(AnswerValidator.validate(def, Map.of("q", multi("a")), false).get("q").optionIds())
        .containsExactly("a");
  }

  @Test
  void validate_whenOtherOptionIsChosenWithoutText_reportsOtherTextRequired_butNotInADraft() {
    SurveyDefinition def =
        survey(
            question("s", SINGLE_CHOICE).otherOption("o"),
            question("m", MULTIPLE_CHOICE).otherOption("o"));
    Map<String, Answer> answers = Map.of("s", single("o", "  "), "m", multi("a", "o"));
    assertViolations(def, answers, true)
        .containsExactly(
            tuple("answers.s", "OTHER_TEXT_REQUIRED"), tuple("answers.m", "OTHER_TEXT_REQUIRED"));
    assertThat(AnswerValidator.validate(def, answers, false)).containsOnlyKeys("s", "m");
  }

  @Test
  void validate_whenOtherTextExceedsMaxLength_reportsTooLong_defaulting200() {
    SurveyDefinitionValidatorTest.QuestionBuilder q = question("q", SINGLE_CHOICE).otherOption("o");
    assertThat(accepted(q, single("o", "x".repeat(200))).otherText()).hasSize(200);
    assertViolations(q, single("o", "x".repeat(201)))
        .containsExactly(tuple("answers.q", "TOO_LONG"));
    SurveyDefinitionValidatorTest.QuestionBuilder shortOther =
        question("q", MULTIPLE_CHOICE).otherOption("o").maxLength(5);
    assertThat(accepted(shortOther, multiWithOther(" five5 ", "o")).otherText()).isEqualTo("five5");
    assertViolations(shortOther, multiWithOther("sixsix", "o"))
        .containsExactly(tuple("answers.q", "TOO_LONG"));
  }

  @Test
  void validate_whenOtherTextIsGivenWithoutChoosingAnOtherOption_reportsWrongType() {
    SurveyDefinitionValidatorTest.QuestionBuilder withOther =
        question("q", SINGLE_CHOICE).otherOption("o");
    assertViolations(withOther, single("a", "stray"))
        .containsExactly(tuple("answers.q", "WRONG_TYPE"));
    assertViolations(question("q", MULTIPLE_CHOICE).otherOption("o"), multiWithOther("stray", "a"))
        .containsExactly(tuple("answers.q", "WRONG_TYPE"));
    // Without any option, for an optional question.
    assertViolations(withOther, single(null, "stray"))
        .containsExactly(tuple("answers.q", "WRONG_TYPE"));
    // A blank otherText is simply ignored.
    assertThat(accepted(withOther, single("a", " "))).isEqualTo(single("a"));
  }

  // -------------------------------------------------------------------------------------------
  // Texts

  @Test
  void validate_shortTextDefaultsTo200Characters_afterTrimming() {
    assertThat(accepted(question("q", SHORT_TEXT), text(" " + "x".repeat(200) + " ")).text())
        .hasSize(200);
    assertThat(accepted(question("q", SHORT_TEXT), text("😀".repeat(200))).text()).isNotNull();
    assertViolations(question("q", SHORT_TEXT), text("x".repeat(201)))
        .containsExactly(tuple("answers.q", "TOO_LONG"));
  }

  @Test
  void validate_longTextDefaultsTo2000Characters() {
    assertThat(accepted(question("q", LONG_TEXT), text("x".repeat(2000))).text()).hasSize(2000);
    assertViolations(question("q", LONG_TEXT), text("x".repeat(2001)))
        .containsExactly(tuple("answers.q", "TOO_LONG"));
  }

  @Test
  void validate_textHonoursTheQuestionsMaxLength() {
    assertThat(accepted(question("q", LONG_TEXT).maxLength(5000), text("x".repeat(5000))).text())
        .hasSize(5000);
    assertViolations(question("q", SHORT_TEXT).maxLength(10), text("x".repeat(11)))
        .containsExactly(tuple("answers.q", "TOO_LONG"));
  }

  // -------------------------------------------------------------------------------------------
  // Numbers, ratings, dates

  @Test
  void validate_whenNumberIsOutsideItsBounds_reportsOutOfRange_boundsInclusive() {
    SurveyDefinitionValidatorTest.QuestionBuilder q = question("q", NUMBER).bounds("-5", "5");
    assertThat(accepted(q, number("-5")).number()).isEqualByComparingTo("-5");
    assertThat(accepted(q, number("5.000")).number()).isEqualTo(new BigDecimal("5.000"));
    assertViolations(q, number("-5.0001")).containsExactly(tuple("answers.q", "OUT_OF_RANGE"));
    assertViolations(q, number("6")).containsExactly(tuple("answers.q", "OUT_OF_RANGE"));
    assertThat(accepted(question("q", NUMBER).bounds(null, "0"), number("-1e6")).number())
        .isEqualByComparingTo("-1000000");
  }

  @Test
  void validate_whenIntegerOnlyNumberHasAFraction_reportsNotInteger() {
    SurveyDefinitionValidatorTest.QuestionBuilder q = question("q", NUMBER).integerOnly();
    assertThat(accepted(q, number("42.00")).number()).isEqualTo(new BigDecimal("42.00"));
    assertThat(accepted(q, number("1E+3")).number()).isEqualByComparingTo("1000");
    assertViolations(q, number("42.5")).containsExactly(tuple("answers.q", "NOT_INTEGER"));
    assertViolations(q, number("0.00001")).containsExactly(tuple("answers.q", "NOT_INTEGER"));
  }

  @Test
  void validate_whenNumberHasMoreThanFourDecimalPlaces_reportsTooPrecise() {
    SurveyDefinitionValidatorTest.QuestionBuilder q = question("q", NUMBER);
    assertThat(accepted(q, number("3.1415")).number()).isEqualTo(new BigDecimal("3.1415"));
    assertThat(accepted(q, number("3.141500")).number()).isEqualTo(new BigDecimal("3.141500"));
    assertViolations(q, number("3.14159")).containsExactly(tuple("answers.q", "TOO_PRECISE"));
  }

  @Test
  void validate_whenRatingIsOutside1ToScale_reportsOutOfRange() {
    assertThat(accepted(question("q", RATING).scale(5), number("1"))).isEqualTo(number("1"));
    assertThat(accepted(question("q", RATING).scale(5), number("5"))).isEqualTo(number("5"));
    assertThat(accepted(question("q", RATING).scale(10), number("10"))).isEqualTo(number("10"));
    assertViolations(question("q", RATING).scale(5), number("0"))
        .containsExactly(tuple("answers.q", "OUT_OF_RANGE"));
    assertViolations(question("q", RATING).scale(5), number("6"))
        .containsExactly(tuple("answers.q", "OUT_OF_RANGE"));
    assertViolations(question("q", RATING).scale(10), number("11"))
        .containsExactly(tuple("answers.q", "OUT_OF_RANGE"));
  }

  @Test
  void validate_whenRatingHasAFraction_reportsNotInteger() {
    assertThat(accepted(question("q", RATING), number("4.0")).number()).isEqualByComparingTo("4");
    assertViolations(question("q", RATING), number("3.5"))
        .containsExactly(tuple("answers.q", "NOT_INTEGER"));
    assertViolations(question("q", RATING), number("0.5"))
        .containsExactly(tuple("answers.q", "NOT_INTEGER"), tuple("answers.q", "OUT_OF_RANGE"));
  }

  @Test
  void validate_whenDateIsOutsideItsBounds_reportsOutOfRange_boundsInclusive() {
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2026, 1, 31);
    SurveyDefinitionValidatorTest.QuestionBuilder q = question("q", DATE).dates(from, to);
    assertThat(accepted(q, date(from))).isEqualTo(date(from));
    assertThat(accepted(q, date(to))).isEqualTo(date(to));
    assertViolations(q, date(from.minusDays(1)))
        .containsExactly(tuple("answers.q", "OUT_OF_RANGE"));
    assertViolations(q, date(to.plusDays(1))).containsExactly(tuple("answers.q", "OUT_OF_RANGE"));
    assertThat(accepted(question("q", DATE), date(LocalDate.of(1900, 1, 1)))).isNotNull();
  }

  // -------------------------------------------------------------------------------------------
  // Matrix

  @Test
  void validate_whenMatrixNamesAnUnknownRow_reportsUnknownRowOnThatRow() {
    assertViolations(question("q", MATRIX), matrix(Map.of("r1", "a", "zz", "b")))
        .containsExactly(tuple("answers.q.zz", "UNKNOWN_ROW"));
  }

  @Test
  void validate_whenMatrixRowNamesAnUnknownColumn_reportsUnknownOptionOnThatRow() {
    assertViolations(question("q", MATRIX), matrix(Map.of("r1", "a", "r2", "z")))
        .containsExactly(tuple("answers.q.r2", "UNKNOWN_OPTION"));
  }

  @Test
  void validate_whenRequiredMatrixHasUnansweredRows_reportsRequiredOnEachRow() {
    SurveyDefinitionValidatorTest.QuestionBuilder q =
        question("q", MATRIX).rows("r1", "r2", "r3").required();
    Map<String, String> partly = new HashMap<>();
    partly.put("r2", "b");
    partly.put("r3", " ");
    assertViolations(q, matrix(partly))
        .containsExactly(tuple("answers.q.r1", "REQUIRED"), tuple("answers.q.r3", "REQUIRED"));
    assertViolations(q, matrix(Map.of())).containsExactly(tuple("answers.q", "REQUIRED"));
  }

  @Test
  void validate_acceptsPartlyAnsweredOptionalMatrix_keepingOnlyAnsweredRows() {
    Map<String, String> partly = new HashMap<>();
    partly.put("r2", "b");
    partly.put("r1", "");
    assertThat(accepted(question("q", MATRIX), matrix(partly)).matrix())
        .containsExactly(Map.entry("r2", "b"));
  }

  // -------------------------------------------------------------------------------------------
  // Ranking

  @Test
  void validate_whenRankingIsNotAPermutationOfAllOptions_reportsInvalidRanking() {
    SurveyDefinitionValidatorTest.QuestionBuilder q = question("q", RANKING);
    assertThat(accepted(q, ranking("b", "c", "a")).ranking()).containsExactly("b", "c", "a");
    assertViolations(q, ranking("a", "b")).containsExactly(tuple("answers.q", "INVALID_RANKING"));
    assertViolations(q, ranking("a", "b", "b"))
        .containsExactly(tuple("answers.q", "INVALID_RANKING"));
    assertViolations(q, ranking("a", "b", "z"))
        .containsExactly(tuple("answers.q", "INVALID_RANKING"));
    assertViolations(q, ranking("a", "b", "c", "a"))
        .containsExactly(tuple("answers.q", "INVALID_RANKING"));
  }

  // -------------------------------------------------------------------------------------------
  // isEmpty

  @Test
  void isEmpty_isTrueForNullOrBlankOrEmptyFields_only() {
    assertThat(AnswerValidator.isEmpty(null)).isTrue();
    assertThat(AnswerValidator.isEmpty(empty())).isTrue();
    assertThat(
            AnswerValidator.isEmpty(
                new Answer(" ", List.of(), "\t", "", null, null, Map.of("r1", " "), List.of())))
        .isTrue();
    assertThat(AnswerValidator.isEmpty(single("a"))).isFalse();
    assertThat(AnswerValidator.isEmpty(multi("a"))).isFalse();
    assertThat(AnswerValidator.isEmpty(single(null, "other"))).isFalse();
    assertThat(AnswerValidator.isEmpty(text("x"))).isFalse();
    assertThat(AnswerValidator.isEmpty(number("0"))).isFalse();
    assertThat(AnswerValidator.isEmpty(date(LocalDate.of(2026, 1, 1)))).isFalse();
    assertThat(AnswerValidator.isEmpty(matrix(Map.of("r1", "a")))).isFalse();
    assertThat(AnswerValidator.isEmpty(ranking("a"))).isFalse();
  }
}
