package org.linli.service.moderation;

import java.time.Instant;

/** A recorded report (举报). */
public record ContentReportView(long id, ContentType type, String contentId, Instant createdAt) {}
