package org.linli.service.survey;

/** Who may answer a survey. */
public enum SurveyAudience {
  /** Every resident of the community. */
  ALL,
  /** Residents the registry has bound to a household. */
  VERIFIED,
  /** Verified residents living in the chosen buildings or units. */
  BUILDINGS,
  /**
   * Verified residents holding an ownership (业主) in the registry; with places chosen, of a room in
   * those buildings or units.
   */
  OWNERS,
  /**
   * One answer per household (户), from any verified member; with places chosen, of a household in
   * those buildings or units.
   */
  HOUSEHOLDS;

  /** Whether eligibility comes from the registry (the resident bound to the user). */
  boolean fromRegistry() {
    return this == BUILDINGS || this == OWNERS || this == HOUSEHOLDS;
  }
}
