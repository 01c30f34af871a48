package org.linli.service.resident;

import java.time.LocalDate;
import java.util.List;

/**
 * A correction of a resident: {@code null} leaves a field as it is; an empty phone or notes removes
 * it.
 */
public record ResidentUpdate(
    int version,
    String name,
    String phone,
    Long householdId,
    String relation,
    String residenceKind,
    LocalDate moveOutDate,
    List<String> tags,
    String notes) {

  @Override
  public String toString() {
    return "ResidentUpdate[redacted]";
  }
}
