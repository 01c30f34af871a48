package org.linli.service.vote;

import java.time.LocalDateTime;

/**
 * A ballot in force.
 *
 * @param castBy the user who cast or entered it
 * @param castForResidentId the voter's person it was cast for, when known
 */
public record BallotView(
    long id,
    long voteId,
    long voterId,
    String voterLabel,
    String optionKey,
    BallotChannel channel,
    long castBy,
    Long castForResidentId,
    String proxyReference,
    String proxyHolder,
    String reason,
    LocalDateTime castAt) {}
