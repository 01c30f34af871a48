package org.linli.service.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SurveyResultsCalculatorTest {

  // ---------------------------------------------------------------------------------------------
  // Test-local builders. Question has 21 components; these fill in what the tests don't care about.

  /** Builds a question; options get label "Label <id>", and an option with id "other" is other. */
  static Question question(
      String id,
      QuestionType type,
      List<String> optionIds,
      List<String> rowIds,
      Integer scale,
      String minLabel,
      String maxLabel) {
    List<ChoiceOption> options =
        optionIds.stream().map(o -> new ChoiceOption(o, "Label " + o, o.equals("other"))).toList();
    List<MatrixRow> rows = rowIds.stream().map(r -> new MatrixRow(r, "Row " + r)).toList();
    return new Question(
        id,
        type,
        "Title " + id,
        null,
        false,
        options,
        null,
        null,
        null,
        null,
        false,
        scale,
        minLabel,
        maxLabel,
        null,
        null,
        rows,
        null,
        false,
        null,
        null);
  }

  static Question choice(String id, QuestionType type, String... optionIds) {
    return question(id, type, List.of(optionIds), List.of(), null, null, null);
  }

  static Question plain(String id, QuestionType type) {
    return question(id, type, List.of(), List.of(), null, null, null);
  }

  static Question rating(String id, int scale, String minLabel, String maxLabel) {
    return question(id, QuestionType.RATING, List.of(), List.of(), scale, minLabel, maxLabel);
  }

  static Question matrix(String id, List<String> rows, String... columns) {
    return question(id, QuestionType.MATRIX, List.of(columns), rows, null, null, null);
  }

  static Answer single(String optionId) {
    return new Answer(optionId, null, null, null, null, null, null, null);
  }

  static Answer singleOther(String optionId, String otherText) {
    return new Answer(optionId, null, otherText, null, null, null, null, null);
  }

  static Answer multi(String... optionIds) {
    return new Answer(null, List.of(optionIds), null, null, null, null, null, null);
  }

  static Answer text(String text) {
    return new Answer(null, null, null, text, null, null, null, null);
  }

  static Answer number(String number) {
    return new Answer(null, null, null, null, new BigDecimal(number), null, null, null);
  }

  static Answer date(String date) {
    return new Answer(null, null, null, null, null, LocalDate.parse(date), null, null);
  }

  static Answer matrixAnswer(String... rowOptionPairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < rowOptionPairs.length; i += 2) {
      m.put(rowOptionPairs[i], rowOptionPairs[i + 1]);
    }
    return new Answer(null, null, null, null, null, null, m, null);
  }

  static Answer ranking(String... optionIds) {
    return new Answer(null, null, null, null, null, null, null, List.of(optionIds));
  }

  /** A response from alternating question ids and answers. */
  static Map<String, Answer> response(Object... idAnswerPairs) {
    Map<String, Answer> r = new HashMap<>();
    for (int i = 0; i < idAnswerPairs.length; i += 2) {
      r.put((String) idAnswerPairs[i], (Answer) idAnswerPairs[i + 1]);
    }
    return r;
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  // ---------------------------------------------------------------------------------------------
  // The small hand-computed data set.

  /*
   * Questions:
   *   q1 SINGLE_CHOICE a, b, other   q2 MULTIPLE_CHOICE x, y, z   q3 RATING 1..5 (Poor/Great)
   *   q4 NUMBER                      q5 MATRIX rows r1, r2 x columns good, bad
   *   q6 RANKING options in the order r, q, p                     q7 SHORT_TEXT  q8 LONG_TEXT
   *   q9 DATE
   *
   * Responses (6; R6 is empty):
   *        q1            q2       q3  q4    q5                  q6      q7    q8     q9
   *   R1   a             x,y      5   10    r1=good, r2=bad     p,q,r   "hi"         2024-05-01
   *   R2   b             x        4   2.5   r1=good             q,p,r         "long"
   *   R3   a             x,y,z    5   7     r1=bad,  r2=bad     p,r,q   "yo"
   *   R4   other "mine"  -        1   4     -                   r,q,p               2024-06-01
   *   R5   a             -        3   -     -                   q,p,r
   *   R6   -
   */
  private SurveyResults results;

  @BeforeEach
  void computeSmallDataSet() {
    SurveyDefinition def =
        new SurveyDefinition(
            List.of(
                choice("q1", QuestionType.SINGLE_CHOICE, "a", "b", "other"),
                choice("q2", QuestionType.MULTIPLE_CHOICE, "x", "y", "z"),
                rating("q3", 5, "Poor", "Great"),
                plain("q4", QuestionType.NUMBER),
                matrix("q5", List.of("r1", "r2"), "good", "bad"),
                choice("q6", QuestionType.RANKING, "r", "q", "p"),
                plain("q7", QuestionType.SHORT_TEXT),
                plain("q8", QuestionType.LONG_TEXT),
                plain("q9", QuestionType.DATE)));
    SurveyResultsCalculator calc = new SurveyResultsCalculator(def);
    calc.add(
        response(
            "q1", single("a"),
            "q2", multi("x", "y"),
            "q3", number("5"),
            "q4", number("10"),
            "q5", matrixAnswer("r1", "good", "r2", "bad"),
            "q6", ranking("p", "q", "r"),
            "q7", text("hi"),
            "q9", date("2024-05-01")));
    calc.add(
        response(
            "q1", single("b"),
            "q2", multi("x"),
            "q3", number("4"),
            "q4", number("2.5"),
            "q5", matrixAnswer("r1", "good"),
            "q6", ranking("q", "p", "r"),
            "q8", text("long")));
    calc.add(
        response(
            "q1", single("a"),
            "q2", multi("x", "y", "z"),
            "q3", number("5"),
            "q4", number("7"),
            "q5", matrixAnswer("r1", "bad", "r2", "bad"),
            "q6", ranking("p", "r", "q"),
            "q7", text("yo")));
    calc.add(
        response(
            "q1", singleOther("other", "mine"),
            "q3", number("1"),
            "q4", number("4"),
            "q6", ranking("r", "q", "p"),
            "q9", date("2024-06-01")));
    calc.add(response("q1", single("a"), "q3", number("3"), "q6", ranking("q", "p", "r")));
    calc.add(Map.of());
    results = calc.results();
  }

  private QuestionResult result(String questionId) {
    return results.questions().stream()
        .filter(q -> q.questionId().equals(questionId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void countsResponses_andKeepsQuestionOrder() {
    assertThat(results.responses()).isEqualTo(6);
    assertThat(results.questions())
        .extracting(QuestionResult::questionId)
        .containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9");
    assertThat(result("q1").type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    assertThat(result("q1").title()).isEqualTo("Title q1");
  }

  @Test
  void singleChoice_countsAndPercentsOfAnswered_andOtherTexts() {
    // q1 answered by R1..R5 = 5: a = 3 (R1, R3, R5) -> 60.0 %, b = 1 -> 20.0 %, other = 1 -> 20.0
    // %;
    // one "other" text (R4).
    QuestionResult q1 = result("q1");
    assertThat(q1.answered()).isEqualTo(5);
    assertThat(q1.options())
        .containsExactly(
            new OptionCount("a", "Label a", 3, 60.0),
            new OptionCount("b", "Label b", 1, 20.0),
            new OptionCount("other", "Label other", 1, 20.0));
    assertThat(q1.otherTextAnswers()).isEqualTo(1);
    assertThat(q1.textAnswers()).isZero();
    assertThat(q1.numbers()).isNull();
    assertThat(q1.matrix()).isEmpty();
    assertThat(q1.ranking()).isEmpty();
  }

  @Test
  void multipleChoice_percentsOfRespondents_mayExceed100InSum() {
    // q2 answered by R1..R3 = 3: x = 3 -> 100.0 %, y = 2 (R1, R3) -> 66.666.. = 66.7 %,
    // z = 1 (R3) -> 33.333.. = 33.3 %; the percentages sum to 200.
    QuestionResult q2 = result("q2");
    assertThat(q2.answered()).isEqualTo(3);
    assertThat(q2.options())
        .containsExactly(
            new OptionCount("x", "Label x", 3, 100.0),
            new OptionCount("y", "Label y", 2, 66.7),
            new OptionCount("z", "Label z", 1, 33.3));
    assertThat(q2.otherTextAnswers()).isZero();
  }

  @Test
  void rating_distribution_labels_meanAndOddMedian() {
    // q3 values 5, 4, 5, 1, 3 (answered 5): distribution 1:1, 2:0, 3:1, 4:1, 5:2
    // -> 20.0, 0.0, 20.0, 20.0, 40.0 %. Sum 18 / 5 = 3.60; sorted 1 3 4 5 5 -> median 4.00.
    QuestionResult q3 = result("q3");
    assertThat(q3.answered()).isEqualTo(5);
    assertThat(q3.options())
        .containsExactly(
            new OptionCount("1", "1 (Poor)", 1, 20.0),
            new OptionCount("2", "2", 0, 0.0),
            new OptionCount("3", "3", 1, 20.0),
            new OptionCount("4", "4", 1, 20.0),
            new OptionCount("5", "5 (Great)", 2, 40.0));
    assertThat(q3.numbers())
        .isEqualTo(new NumberStats(5, bd("3.60"), bd("4.00"), bd("1"), bd("5")));
  }

  @Test
  void rating_evenMedian_andLabelsOmittedWhenUnset() {
    // Scale 10 without end labels; values 2, 3, 9, 10: mean 24 / 4 = 6.00,
    // median (3 + 9) / 2 = 6.00; values 7, 8: mean 7.50, median 7.50.
    SurveyResultsCalculator calc =
        new SurveyResultsCalculator(new SurveyDefinition(List.of(rating("r", 10, null, null))));
    for (String v : List.of("2", "3", "9", "10")) {
      calc.add(response("r", number(v)));
    }
    QuestionResult r = calc.results().questions().get(0);
    assertThat(r.options()).hasSize(10);
    assertThat(r.options().get(0).label()).isEqualTo("1");
    assertThat(r.options().get(9)).isEqualTo(new OptionCount("10", "10", 1, 25.0));
    assertThat(r.numbers())
        .isEqualTo(new NumberStats(4, bd("6.00"), bd("6.00"), bd("2"), bd("10")));

    SurveyResultsCalculator calc2 =
        new SurveyResultsCalculator(new SurveyDefinition(List.of(rating("r", 10, null, null))));
    calc2.add(response("r", number("7")));
    calc2.add(response("r", number("8")));
    assertThat(calc2.results().questions().get(0).numbers())
        .isEqualTo(new NumberStats(2, bd("7.50"), bd("7.50"), bd("7"), bd("8")));
  }

  @Test
  void number_meanRoundsHalfUp_andEvenMedianIsMeanOfMiddleValues() {
    // q4 values 10, 2.5, 7, 4 (answered 4): sum 23.5 / 4 = 5.875 -> 5.88 (HALF_UP);
    // sorted 2.5 4 7 10 -> median (4 + 7) / 2 = 5.50; min 2.5, max 10.
    QuestionResult q4 = result("q4");
    assertThat(q4.answered()).isEqualTo(4);
    assertThat(q4.options()).isEmpty();
    assertThat(q4.numbers())
        .isEqualTo(new NumberStats(4, bd("5.88"), bd("5.50"), bd("2.5"), bd("10")));
  }

  @Test
  void number_oddMedian_andDuplicateValues() {
    // 1, 2, 1: mean 4 / 3 = 1.333.. -> 1.33; sorted 1 1 2 -> median 1.00.
    // Adding 2.00 and 5: values 1 1 2 2.00 5, mean 11 / 5 = 2.20, median 2.00 (2 and 2.00 are one
    // value); then 3, 3: 1 1 2 2 3 3 5, mean 17 / 7 = 2.428.. -> 2.43, median 2.00.
    SurveyResultsCalculator calc =
        new SurveyResultsCalculator(new SurveyDefinition(List.of(plain("n", QuestionType.NUMBER))));
    calc.add(response("n", number("1")));
    calc.add(response("n", number("2")));
    calc.add(response("n", number("1")));
    assertThat(calc.results().questions().get(0).numbers())
        .isEqualTo(new NumberStats(3, bd("1.33"), bd("1.00"), bd("1"), bd("2")));
    calc.add(response("n", number("2.00")));
    calc.add(response("n", number("5")));
    NumberStats five = calc.results().questions().get(0).numbers();
    assertThat(five.mean()).isEqualTo(bd("2.20"));
    assertThat(five.median()).isEqualTo(bd("2.00"));
    calc.add(response("n", number("3")));
    calc.add(response("n", number("3")));
    NumberStats seven = calc.results().questions().get(0).numbers();
    assertThat(seven.count()).isEqualTo(7);
    assertThat(seven.mean()).isEqualTo(bd("2.43"));
    assertThat(seven.median()).isEqualTo(bd("2.00"));
    assertThat(seven.max()).isEqualTo(bd("5"));
  }

  @Test
  void matrix_perRowCountsAndPercentsOfTheRow() {
    // q5 answered by R1..R3 = 3.
    // r1: good (R1, R2) = 2 of 3 -> 66.7 %, bad (R3) = 1 -> 33.3 %.
    // r2: answered by R1, R3 = 2: good 0 -> 0.0 %, bad 2 -> 100.0 %.
    QuestionResult q5 = result("q5");
    assertThat(q5.answered()).isEqualTo(3);
    assertThat(q5.options()).isEmpty();
    assertThat(q5.matrix())
        .containsExactly(
            new MatrixRowResult(
                "r1",
                "Row r1",
                3,
                List.of(
                    new OptionCount("good", "Label good", 2, 66.7),
                    new OptionCount("bad", "Label bad", 1, 33.3))),
            new MatrixRowResult(
                "r2",
                "Row r2",
                2,
                List.of(
                    new OptionCount("good", "Label good", 0, 0.0),
                    new OptionCount("bad", "Label bad", 2, 100.0))));
  }

  @Test
  void ranking_bordaPoints_averageRank_tiesInOptionOrder() {
    // q6, 3 options: rank 1 = 2 points, rank 2 = 1, rank 3 = 0. Answered by R1..R5.
    //   p ranks 1, 2, 1, 3, 2 -> sum 9, average 1.80; points 2+1+2+0+1 = 6
    //   q ranks 2, 1, 3, 2, 1 -> sum 9, average 1.80; points 1+2+0+1+2 = 6
    //   r ranks 3, 3, 2, 1, 3 -> sum 12, average 2.40; points 0+0+1+2+0 = 3
    // Total points 15 = 5 responses x (2+1+0). p and q tie; the option order is r, q, p, so q
    // comes first.
    QuestionResult q6 = result("q6");
    assertThat(q6.answered()).isEqualTo(5);
    assertThat(q6.ranking())
        .containsExactly(
            new RankingScore("q", "Label q", 1.8, 6),
            new RankingScore("p", "Label p", 1.8, 6),
            new RankingScore("r", "Label r", 2.4, 3));
  }

  @Test
  void ranking_averageRankRoundsToTwoDecimals() {
    // a ranks 1, 1, 2 -> 4 / 3 = 1.333.. -> 1.33, points 2+2+1 = 5;
    // b ranks 2, 3, 1 -> 6 / 3 = 2.00, points 1+0+2 = 3; c ranks 3, 2, 3 -> 8 / 3 = 2.67, points 1.
    SurveyResultsCalculator calc =
        new SurveyResultsCalculator(
            new SurveyDefinition(List.of(choice("k", QuestionType.RANKING, "c", "b", "a"))));
    calc.add(response("k", ranking("a", "b", "c")));
    calc.add(response("k", ranking("a", "c", "b")));
    calc.add(response("k", ranking("b", "a", "c")));
    assertThat(calc.results().questions().get(0).ranking())
        .containsExactly(
            new RankingScore("a", "Label a", 1.33, 5),
            new RankingScore("b", "Label b", 2.0, 3),
            new RankingScore("c", "Label c", 2.67, 1));
  }

  @Test
  void texts_areOnlyCounted_andDatesOnlyAnswered() {
    // q7: R1, R3 -> 2; q8: R2 -> 1; q9: R1, R4 -> 2.
    assertThat(result("q7").answered()).isEqualTo(2);
    assertThat(result("q7").textAnswers()).isEqualTo(2);
    assertThat(result("q8").answered()).isEqualTo(1);
    assertThat(result("q8").textAnswers()).isEqualTo(1);
    QuestionResult q9 = result("q9");
    assertThat(q9.answered()).isEqualTo(2);
    assertThat(q9.options()).isEmpty();
    assertThat(q9.numbers()).isNull();
    assertThat(q9.textAnswers()).isZero();
  }

  @Test
  void noResponses_givesZeroCountsAndPercents() {
    SurveyResults empty =
        new SurveyResultsCalculator(
                new SurveyDefinition(
                    List.of(
                        choice("c", QuestionType.SINGLE_CHOICE, "a", "b"),
                        plain("n", QuestionType.NUMBER),
                        rating("r", 5, null, null))))
            .results();
    assertThat(empty.responses()).isZero();
    assertThat(empty.questions().get(0).options())
        .extracting(OptionCount::count, OptionCount::percent)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(0L, 0.0));
    assertThat(empty.questions().get(1).numbers())
        .isEqualTo(new NumberStats(0, null, null, null, null));
    assertThat(empty.questions().get(2).numbers().count()).isZero();
  }

  @Test
  void lenient_unknownQuestionsIgnored_duplicateOptionIdsCountedOnce() {
    SurveyResultsCalculator calc =
        new SurveyResultsCalculator(
            new SurveyDefinition(List.of(choice("m", QuestionType.MULTIPLE_CHOICE, "a", "b"))));
    calc.add(response("m", multi("a", "a", "b"), "gone", single("a")));
    calc.add(response("m", multi("b")));
    QuestionResult m = calc.results().questions().get(0);
    assertThat(m.answered()).isEqualTo(2);
    assertThat(m.options())
        .containsExactly(
            new OptionCount("a", "Label a", 1, 50.0), new OptionCount("b", "Label b", 2, 100.0));
  }

  // ---------------------------------------------------------------------------------------------
  // Volume: 20,000 random responses x 30 questions; the totals must agree with independent tallies.

  @Test
  void twentyThousandRandomResponses_totalsAreConsistent() {
    QuestionType[] cycle = {
      QuestionType.SINGLE_CHOICE,
      QuestionType.MULTIPLE_CHOICE,
      QuestionType.RATING,
      QuestionType.NUMBER,
      QuestionType.MATRIX,
      QuestionType.RANKING,
      QuestionType.SHORT_TEXT,
      QuestionType.LONG_TEXT,
      QuestionType.DATE,
      QuestionType.SINGLE_CHOICE
    };
    List<String> opts = List.of("o1", "o2", "o3", "o4", "other");
    List<String> rows = List.of("r1", "r2", "r3");
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      QuestionType t = cycle[i % cycle.length];
      String id = "q" + i;
      questions.add(
          switch (t) {
            case RATING -> rating(id, i % 2 == 0 ? 5 : 10, "low", "high");
            case MATRIX -> question(id, t, opts.subList(0, 4), rows, null, null, null);
            case RANKING -> question(id, t, opts.subList(0, 4), List.of(), null, null, null);
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                question(id, t, opts, List.of(), null, null, null);
            default -> plain(id, t);
          });
    }
    SurveyResultsCalculator calc = new SurveyResultsCalculator(new SurveyDefinition(questions));

    Random random = new Random(42);
    long[] answered = new long[30];
    long[] selections = new long[30]; // chosen options (choice) or answered rows (matrix)
    long[] others = new long[30];
    BigDecimal[] numberSums = new BigDecimal[30];
    Arrays.fill(numberSums, BigDecimal.ZERO);
    int n = 20_000;
    for (int k = 0; k < n; k++) {
      Map<String, Answer> r = new HashMap<>();
      for (int i = 0; i < 30; i++) {
        if (random.nextInt(5) == 0) {
          continue; // hidden or unanswered
        }
        Question q = questions.get(i);
        Answer a =
            switch (q.type()) {
              case SINGLE_CHOICE -> {
                String o = opts.get(random.nextInt(opts.size()));
                selections[i]++;
                if (o.equals("other")) {
                  others[i]++;
                  yield singleOther(o, "text " + k);
                }
                yield single(o);
              }
              case MULTIPLE_CHOICE -> {
                List<String> chosen = new ArrayList<>();
                for (String o : opts) {
                  if (random.nextBoolean()) {
                    chosen.add(o);
                  }
                }
                if (chosen.isEmpty()) {
                  chosen.add("o1");
                }
                selections[i] += chosen.size();
                yield multi(chosen.toArray(String[]::new));
              }
              case RATING -> {
                BigDecimal v = BigDecimal.valueOf(1 + random.nextInt(q.scale()));
                numberSums[i] = numberSums[i].add(v);
                yield new Answer(null, null, null, null, v, null, null, null);
              }
              case NUMBER -> {
                BigDecimal v = BigDecimal.valueOf(random.nextInt(100_000), 2);
                numberSums[i] = numberSums[i].add(v);
                yield new Answer(null, null, null, null, v, null, null, null);
              }
              case MATRIX -> {
                List<String> pairs = new ArrayList<>();
                for (String row : rows) {
                  if (pairs.isEmpty() || random.nextBoolean()) {
                    pairs.add(row);
                    pairs.add(opts.get(random.nextInt(4)));
                  }
                }
                selections[i] += pairs.size() / 2;
                yield matrixAnswer(pairs.toArray(String[]::new));
              }
              case RANKING -> {
                List<String> order = new ArrayList<>(opts.subList(0, 4));
                java.util.Collections.shuffle(order, random);
                yield ranking(order.toArray(String[]::new));
              }
              case SHORT_TEXT, LONG_TEXT -> text("answer " + k);
              case DATE -> date("2024-01-01");
            };
        answered[i]++;
        r.put(q.id(), a);
      }
      calc.add(r);
    }

    SurveyResults res = calc.results();
    assertThat(res.responses()).isEqualTo(n);
    assertThat(res.questions()).hasSize(30);
    for (int i = 0; i < 30; i++) {
      QuestionResult qr = res.questions().get(i);
      assertThat(qr.answered()).as(qr.questionId()).isEqualTo(answered[i]);
      switch (qr.type()) {
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
          assertThat(qr.options().stream().mapToLong(OptionCount::count).sum())
              .isEqualTo(selections[i]);
          assertThat(qr.otherTextAnswers()).isEqualTo(others[i]);
        }
        case RATING -> {
          assertThat(qr.options().stream().mapToLong(OptionCount::count).sum())
              .isEqualTo(answered[i]);
          assertThat(qr.numbers().count()).isEqualTo(answered[i]);
          assertThat(qr.numbers().mean())
              .isEqualByComparingTo(
                  numberSums[i].divide(
                      BigDecimal.valueOf(answered[i]), 2, java.math.RoundingMode.HALF_UP));
          assertThat(qr.numbers().median()).isBetween(qr.numbers().min(), qr.numbers().max());
        }
        case NUMBER -> {
          assertThat(qr.numbers().count()).isEqualTo(answered[i]);
          assertThat(qr.numbers().mean())
              .isEqualByComparingTo(
                  numberSums[i].divide(
                      BigDecimal.valueOf(answered[i]), 2, java.math.RoundingMode.HALF_UP));
          assertThat(qr.numbers().median()).isBetween(qr.numbers().min(), qr.numbers().max());
        }
        case MATRIX -> {
          assertThat(qr.matrix().stream().mapToLong(MatrixRowResult::answered).sum())
              .isEqualTo(selections[i]);
          for (MatrixRowResult row : qr.matrix()) {
            assertThat(row.options().stream().mapToLong(OptionCount::count).sum())
                .isEqualTo(row.answered());
          }
        }
        case RANKING -> {
          // Every answer hands out 3 + 2 + 1 + 0 = 6 points; average ranks average to 2.5.
          assertThat(qr.ranking().stream().mapToLong(RankingScore::points).sum())
              .isEqualTo(6 * answered[i]);
          assertThat(qr.ranking().stream().mapToDouble(RankingScore::averageRank).sum())
              .isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.02));
          assertThat(qr.ranking())
              .extracting(RankingScore::points)
              .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
        case SHORT_TEXT, LONG_TEXT -> assertThat(qr.textAnswers()).isEqualTo(answered[i]);
        case DATE -> assertThat(qr.options()).isEmpty();
      }
    }
  }
}
