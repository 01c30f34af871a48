package org.linli.service.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A resident as staff see it: every personal value masked on the server. */
public record ResidentView(
    long id,
    Long householdId,
    String maskedName,
    Gender gender,
    Integer birthYear,
    String ageBand,
    String maskedIdNumber,
    String maskedPhone,
    String relation,
    String residenceKind,
    LocalDate moveInDate,
    LocalDate moveOutDate,
    List<String> tags,
    boolean hasNotes,
    boolean minor,
    Long guardianId,
    int version,
    Instant restrictedAt,
    String restrictedReason) {

  /** Whether processing is restricted (only data admins ever see such a resident). */
  public boolean restricted() {
    return restrictedAt != null;
  }
}
