package org.linli.service.vote;

/** A room whose voter has not voted yet, for door-to-door visits. */
public record NotVotedRoomView(
    long roomId, long voterId, long buildingId, long unitId, String label, long areaCentiM2) {}
