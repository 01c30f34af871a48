package org.linli.service.resident;

import java.time.Instant;

/** A household claim; name and phone masked. */
public record HouseholdClaimView(
    long id,
    String status,
    String building,
    String unit,
    String room,
    String maskedName,
    String maskedPhone,
    long userId,
    Long residentId,
    Instant createdAt) {}
