package org.linli.service.survey;

/** Whether staff may see who answered what. */
public enum SurveyAnonymity {
  /** Staff see who answered what. */
  NAMED,
  /** One response per person is enforced, but who answered is never linked to what. */
  ANONYMOUS
}
