package org.linli.service.deliberation;

import java.time.Instant;
import java.util.List;

/**
 * A proposal as residents of its community see it.
 *
 * @param authorName the author's masked name
 * @param mine whether the caller raised it
 * @param supportedByMe whether the caller supports it
 * @param mergedIntoId with MERGED, the proposal it was merged into
 * @param voteId with VOTING or DECIDED, the formal vote on it
 * @param timeline every state change, oldest first (empty in lists)
 */
public record ProposalView(
    long id,
    String title,
    String body,
    List<String> attachments,
    ProposalStatus status,
    String statusReason,
    Long mergedIntoId,
    Long voteId,
    String authorName,
    boolean mine,
    boolean supportedByMe,
    int supportCount,
    int supportThreshold,
    int commentCount,
    Instant createdAt,
    Instant submittedAt,
    Instant decidedAt,
    List<ProposalEventView> timeline) {
  public ProposalView {
    attachments = List.copyOf(attachments);
    timeline = List.copyOf(timeline);
  }
}
