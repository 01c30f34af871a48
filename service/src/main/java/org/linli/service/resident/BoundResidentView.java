package org.linli.service.resident;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the registry says of a resident bound to a user, for other features' eligibility and
 * grouping: the home place (null when not placed in a household), birth date, residence kind and
 * the places of the rooms the resident owns.
 *
 * @param residenceKind OWNER, TENANT, FAMILY_MEMBER or OTHER
 */
public record BoundResidentView(
    long userId,
    Long householdId,
    Long buildingId,
    Long unitId,
    LocalDate birthDate,
    String residenceKind,
    Set<Long> ownedBuildingIds,
    Set<Long> ownedUnitIds) {

  public BoundResidentView {
    ownedBuildingIds = Set.copyOf(ownedBuildingIds);
    ownedUnitIds = Set.copyOf(ownedUnitIds);
  }

  /** Whether the registry records an ownership of at least one room for this resident. */
  public boolean owner() {
    return !ownedUnitIds.isEmpty();
  }
}
