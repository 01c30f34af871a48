package org.linli.persistence.resident;

/** One owner of one room, with the room's place and area. */
public record OwnedRoomRow(
    Long roomId, String building, String unit, Long areaCentiM2, Long residentId) {}
