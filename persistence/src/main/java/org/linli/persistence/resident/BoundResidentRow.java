package org.linli.persistence.resident;

import java.time.LocalDate;

/**
 * A resident bound to a user, with the home place (null when the resident is not placed in a
 * household). No encrypted column.
 */
public record BoundResidentRow(
    Long userId,
    Long householdId,
    Long buildingId,
    Long unitId,
    LocalDate birthDate,
    String residenceKind) {}
