package org.linli.service.deliberation;

import java.time.Instant;

/**
 * One entry of a proposal's public timeline.
 *
 * @param from the status before, {@code null} for the first entry
 * @param to the status after
 * @param actorRole who changed it: AUTHOR, STAFF, MODERATOR or SYSTEM (threshold reached, vote)
 * @param reason the public reason, if any
 * @param relatedId the proposal merged into (MERGED) or the vote (VOTING, DECIDED), if any
 * @param at when
 */
public record ProposalEventView(
    ProposalStatus from,
    ProposalStatus to,
    String actorRole,
    String reason,
    Long relatedId,
    Instant at) {}
