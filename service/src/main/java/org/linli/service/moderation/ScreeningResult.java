package org.linli.service.moderation;

/**
 * Outcome of screening: published at once, or held for a moderator.
 *
 * @param published whether others may see the text now
 * @param heldItemId the moderation item holding it, or {@code null}
 */
public record ScreeningResult(boolean published, Long heldItemId) {}
