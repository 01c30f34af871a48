package org.linli.persistence.resident;

/** The building and unit of one room owned by the resident bound to {@code userId}. */
public record OwnedPlaceRow(Long userId, Long buildingId, Long unitId) {}
