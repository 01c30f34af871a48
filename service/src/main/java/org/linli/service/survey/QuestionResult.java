package org.linli.service.survey;

import java.util.List;

/**
 * Aggregated results of one question. Lists that do not apply to the type are empty; {@code
 * numbers} is null unless the type is NUMBER or RATING.
 *
 * @param questionId the question's id
 * @param type the question's type
 * @param title the question's title
 * @param answered responses with an answer to this question
 * @param options SINGLE_CHOICE and MULTIPLE_CHOICE option counts (in option order); for RATING the
 *     distribution over the scale points "1".."scale"
 * @param numbers NUMBER and RATING statistics, otherwise null
 * @param matrix MATRIX per-row option counts, in row order
 * @param ranking RANKING scores, best (most Borda points) first
 * @param textAnswers SHORT_TEXT and LONG_TEXT: number of text answers (the texts are paged from the
 *     database, not kept here)
 * @param otherTextAnswers choice questions: number of "please specify" texts given with an "other"
 *     option
 */
public record QuestionResult(
    String questionId,
    QuestionType type,
    String title,
    long answered,
    List<OptionCount> options,
    NumberStats numbers,
    List<MatrixRowResult> matrix,
    List<RankingScore> ranking,
    long textAnswers,
    long otherTextAnswers) {

  public QuestionResult {
    options = options == null ? List.of() : List.copyOf(options);
    matrix = matrix == null ? List.of() : List.copyOf(matrix);
    ranking = ranking == null ? List.of() : List.copyOf(ranking);
  }
}
