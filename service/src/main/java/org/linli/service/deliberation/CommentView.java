package org.linli.service.deliberation;

import java.time.Instant;

/**
 * A comment as the caller sees it.
 *
 * @param parentId the top-level comment it replies to, or {@code null}
 * @param text the text; {@code null} when hidden or removed
 * @param replyCount replies shown under it (top-level comments)
 */
public record CommentView(
    long id,
    long proposalId,
    Long parentId,
    String authorName,
    boolean mine,
    String text,
    CommentStatus status,
    int replyCount,
    Instant createdAt) {}
