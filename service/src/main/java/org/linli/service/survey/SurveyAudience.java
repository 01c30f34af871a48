package org.linli.service.survey;

/** Who may answer a survey. */
public enum SurveyAudience {
  /** Every resident of the community. */
  ALL,
  /** Residents the registry has bound to a household. */
  VERIFIED
}
