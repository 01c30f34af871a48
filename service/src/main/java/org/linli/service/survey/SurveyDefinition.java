package org.linli.service.survey;

import java.util.List;

/** The ordered questions of one survey version. */
public record SurveyDefinition(List<Question> questions) {
  public SurveyDefinition {
    questions = questions == null ? List.of() : List.copyOf(questions);
  }
}
