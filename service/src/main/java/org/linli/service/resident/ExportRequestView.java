package org.linli.service.resident;

import java.time.Instant;

/** A request for an unmasked export. */
public record ExportRequestView(
    long id,
    String status,
    long requestedBy,
    Long approvedBy,
    String reason,
    Instant expiresAt,
    Instant createdAt) {}
