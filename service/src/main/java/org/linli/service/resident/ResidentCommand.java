package org.linli.service.resident;

import java.time.LocalDate;
import java.util.List;

/** Add a resident. Raw personal values; they are validated, encrypted and never echoed. */
public record ResidentCommand(
    Long householdId,
    String name,
    Gender gender,
    LocalDate birthDate,
    String idNumber,
    String phone,
    String relation,
    String residenceKind,
    LocalDate moveInDate,
    List<String> tags,
    String notes,
    Long guardianId) {

  @Override
  public String toString() {
    return "ResidentCommand[redacted]";
  }
}
