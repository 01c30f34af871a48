package org.linli.service.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.service.survey.SurveyResultsCalculatorTest.choice;
import static org.linli.service.survey.SurveyResultsCalculatorTest.multi;
import static org.linli.service.survey.SurveyResultsCalculatorTest.plain;
import static org.linli.service.survey.SurveyResultsCalculatorTest.response;
import static org.linli.service.survey.SurveyResultsCalculatorTest.single;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyResultsCrossTabTest {

  private static final Question ROWS = choice("q1", QuestionType.SINGLE_CHOICE, "a", "b", "c", "d");
  private static final Question COLUMNS = choice("q2", QuestionType.MULTIPLE_CHOICE, "x", "y", "z");

  private static void addTimes(
      List<Map<String, Answer>> responses, int times, String row, String... columns) {
    for (int i = 0; i < times; i++) {
      responses.add(response("q1", single(row), "q2", multi(columns)));
    }
  }

  /*
   * Responses (q1 single a..d  x  q2 multiple x, y, z):
   *   a: 2 x [x,y], 3 x [x,z], 1 x [z]   -> a: x=5, y=2, z=4   (6 respondents)
   *   b: 1 x [x,y,z], 5 x [z]            -> b: x=1, y=1, z=6   (6 respondents)
   *   c: 3 x [y]                         -> c: x=0, y=3, z=0   (3 respondents)
   *   d: 2 x [x]                         -> d: x=2, y=0, z=0   (2 respondents)
   *   plus one response with only q1, one with only q2 and one empty: not counted.
   * Respondents: 6 + 6 + 3 + 2 = 17.
   *
   * With minimumCellSize 3:
   *   a: y=2 is suppressed (primary); it is the only one in its row, so the smallest other
   *      non-zero cell, z=4, is suppressed too (complementary)     -> [5, -, -]
   *   b: x=1 and y=1 suppressed (primary); two in the row, so no complementary suppression
   *                                                                 -> [-, -, 6]
   *   c: nothing below 3; zeros are shown                           -> [0, 3, 0]
   *   d: x=2 suppressed; no other non-zero cell to add              -> [-, 0, 0]
   */
  private static List<Map<String, Answer>> responses() {
    List<Map<String, Answer>> responses = new ArrayList<>();
    addTimes(responses, 2, "a", "x", "y");
    addTimes(responses, 3, "a", "x", "z");
    addTimes(responses, 1, "a", "z");
    addTimes(responses, 1, "b", "x", "y", "z");
    addTimes(responses, 5, "b", "z");
    addTimes(responses, 3, "c", "y");
    addTimes(responses, 2, "d", "x");
    responses.add(response("q1", single("a")));
    responses.add(response("q2", multi("x")));
    responses.add(Map.of());
    return responses;
  }

  @Test
  void counts_withoutSuppression() {
    CrossTabResult t = CrossTab.compute(ROWS, COLUMNS, responses(), 1);
    assertThat(t.rowQuestionId()).isEqualTo("q1");
    assertThat(t.columnQuestionId()).isEqualTo("q2");
    assertThat(t.rowOptionIds()).containsExactly("a", "b", "c", "d");
    assertThat(t.columnOptionIds()).containsExactly("x", "y", "z");
    assertThat(t.respondents()).isEqualTo(17);
    assertThat(t.counts())
        .containsExactly(
            List.of(5L, 2L, 4L), List.of(1L, 1L, 6L), List.of(0L, 3L, 0L), List.of(2L, 0L, 0L));
    assertThat(t.suppressed()).allSatisfy(row -> assertThat(row).containsOnly(false));
  }

  @Test
  void primaryAndComplementarySuppression() {
    CrossTabResult t = CrossTab.compute(ROWS, COLUMNS, responses(), 3);
    assertThat(t.respondents()).isEqualTo(17);
    assertThat(t.counts())
        .containsExactly(
            Arrays.asList(5L, null, null),
            Arrays.asList(null, null, 6L),
            Arrays.asList(0L, 3L, 0L),
            Arrays.asList(null, 0L, 0L));
    assertThat(t.suppressed())
        .containsExactly(
            List.of(false, true, true),
            List.of(true, true, false),
            List.of(false, false, false),
            List.of(true, false, false));
  }

  @Test
  void complementarySuppression_picksSmallestOtherCell_firstOnTies() {
    // Row a with minimumCellSize 5: x=5 shown, y=2 suppressed (primary), z=4 suppressed too
    // (primary) -> two in the row, no complementary. With minimumCellSize 4 only y=2 is below,
    // and the smaller of x=5 and z=4, i.e. z, is added.
    // Ties: one row with counts x=1, y=3, z=3 and minimum 2 -> x primary, y complementary (first).
    CrossTabResult five = CrossTab.compute(ROWS, COLUMNS, responses(), 5);
    assertThat(five.suppressed().get(0)).containsExactly(false, true, true);
    CrossTabResult four = CrossTab.compute(ROWS, COLUMNS, responses(), 4);
    assertThat(four.suppressed().get(0)).containsExactly(false, true, true);
    assertThat(four.counts().get(0)).containsExactly(5L, null, null);

    List<Map<String, Answer>> ties = new ArrayList<>();
    addTimes(ties, 1, "a", "x", "y", "z");
    addTimes(ties, 2, "a", "y", "z");
    CrossTabResult tie = CrossTab.compute(ROWS, COLUMNS, ties, 2);
    assertThat(tie.counts().get(0)).containsExactly(null, null, 3L);
    assertThat(tie.suppressed().get(0)).containsExactly(true, true, false);
  }

  @Test
  void multipleChoiceRows_countEachChosenOption() {
    // Rows from the multiple choice question, columns from the single choice one:
    // [x,y] & a, [x] & b -> x: a=1, b=1; y: a=1; respondents 2.
    List<Map<String, Answer>> responses =
        List.of(
            response("q1", single("a"), "q2", multi("x", "y")),
            response("q1", single("b"), "q2", multi("x")));
    CrossTabResult t = CrossTab.compute(COLUMNS, ROWS, responses, 0);
    assertThat(t.rowOptionIds()).containsExactly("x", "y", "z");
    assertThat(t.counts())
        .containsExactly(List.of(1L, 1L, 0L, 0L), List.of(1L, 0L, 0L, 0L), List.of(0L, 0L, 0L, 0L));
    assertThat(t.respondents()).isEqualTo(2);
  }

  @Test
  void rejectsNonChoiceQuestions() {
    assertThatThrownBy(() -> CrossTab.compute(ROWS, plain("n", QuestionType.NUMBER), List.of(), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> CrossTab.compute(choice("m", QuestionType.MATRIX, "a"), COLUMNS, List.of(), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
