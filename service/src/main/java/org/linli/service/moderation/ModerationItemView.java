package org.linli.service.moderation;

import java.time.Instant;

/** A moderation queue item. */
public record ModerationItemView(
    long id,
    ContentType type,
    String contentId,
    long authorId,
    String text,
    ModerationStatus status,
    String reason,
    Integer label,
    int reportCount,
    String decisionNote,
    Instant createdAt,
    Instant decidedAt) {}
