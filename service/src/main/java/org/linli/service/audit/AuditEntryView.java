package org.linli.service.audit;

import java.time.Instant;

/** One audit log entry as auditors see it. */
public record AuditEntryView(
    long id,
    long seq,
    Instant occurredAt,
    Long actorId,
    String actorRole,
    String action,
    String subjectType,
    String subjectId,
    String detail,
    String ip,
    String requestId,
    String prevHash,
    String hash) {}
