package org.linli.service.survey;

import java.util.List;

/**
 * Aggregated results of a survey.
 *
 * @param responses number of responses added
 * @param questions one result per question, in the definition's order
 */
public record SurveyResults(long responses, List<QuestionResult> questions) {
  public SurveyResults {
    questions = questions == null ? List.of() : List.copyOf(questions);
  }
}
