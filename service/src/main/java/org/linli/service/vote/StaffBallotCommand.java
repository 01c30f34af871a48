package org.linli.service.vote;

/**
 * A ballot staff enter on a voter's behalf.
 *
 * @param channel PAPER (a paper ballot, {@code reason} required) or PROXY (a written authorisation:
 *     {@code proxyReference} and {@code proxyHolder} required)
 * @param castForResidentId which of the voter's people signed (optional)
 */
public record StaffBallotCommand(
    long voterId,
    String optionKey,
    BallotChannel channel,
    String reason,
    String proxyReference,
    String proxyHolder,
    Long castForResidentId) {}
