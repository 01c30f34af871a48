package org.linli.service.survey;

/** Where a survey stands. */
public enum SurveyStatus {
  DRAFT,
  OPEN,
  CLOSED
}
