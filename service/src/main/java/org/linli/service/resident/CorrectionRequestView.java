package org.linli.service.resident;

import java.time.Instant;
import java.time.LocalDate;

/** A correction request; the proposed value masked. */
public record CorrectionRequestView(
    long id,
    long residentId,
    String field,
    String maskedProposedValue,
    String note,
    String status,
    LocalDate dueDate,
    boolean overdue,
    String outcomeNote,
    Instant createdAt) {}
