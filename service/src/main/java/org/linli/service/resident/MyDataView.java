package org.linli.service.resident;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the registry holds about a resident, unmasked, for the resident themselves; {@code
 * restricted} when they had its processing restricted (it is still shown to them).
 */
public record MyDataView(
    long residentId,
    String name,
    Gender gender,
    LocalDate birthDate,
    String idNumber,
    String phone,
    String relation,
    String residenceKind,
    String building,
    String unit,
    String room,
    LocalDate moveInDate,
    List<String> tags,
    String notes,
    List<MyOwnership> ownerships,
    boolean restricted) {

  /** A room the resident owns. */
  public record MyOwnership(
      long roomId, String building, String unit, String room, long areaCentiM2) {}

  @Override
  public String toString() {
    return "MyDataView[redacted]";
  }
}
