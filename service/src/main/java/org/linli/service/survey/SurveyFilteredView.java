package org.linli.service.survey;

import java.util.List;

/**
 * Aggregated results of one group of a survey version.
 *
 * @param suppressed the group is too small to show (see {@link GroupSuppression}); then {@code
 *     responses} is null and {@code questions} empty
 */
public record SurveyFilteredView(
    long surveyId,
    int version,
    GroupDimension by,
    String key,
    int minimumGroupSize,
    boolean suppressed,
    Long responses,
    List<QuestionResult> questions) {

  public SurveyFilteredView {
    questions = List.copyOf(questions);
  }
}
