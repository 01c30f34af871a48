package org.linli.service.survey;

import java.time.LocalDate;
import java.time.Period;

/** Coarse age bands for grouping survey results; wide on purpose, so few people share a band. */
public enum AgeBand {
  UNDER_18,
  AGE_18_34,
  AGE_35_59,
  AGE_60_PLUS;

  /**
   * The band of someone born on {@code birthDate}, on {@code day}.
   *
   * @return null when the birth date is unknown
   */
  static AgeBand of(LocalDate birthDate, LocalDate day) {
    if (birthDate == null) {
      return null;
    }
    int age = Period.between(birthDate, day).getYears();
    if (age < 18) {
      return UNDER_18;
    }
    if (age < 35) {
      return AGE_18_34;
    }
    return age < 60 ? AGE_35_59 : AGE_60_PLUS;
  }
}
