package org.linli.service.vote;

/**
 * How a ballot arrived: ONLINE by a verified owner in the mini program, PROXY by a holder of a
 * written authorisation (entered by staff), PAPER entered by staff from a paper ballot.
 */
public enum BallotChannel {
  ONLINE,
  PROXY,
  PAPER
}
