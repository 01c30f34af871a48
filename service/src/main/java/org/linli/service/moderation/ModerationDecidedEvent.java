package org.linli.service.moderation;

/**
 * Published inside the deciding transaction when a moderator approves or rejects content, so the
 * feature owning the content can publish or take it down.
 */
public record ModerationDecidedEvent(
    long itemId,
    long communityId,
    ContentType type,
    String contentId,
    String text,
    ModerationStatus decision) {}
