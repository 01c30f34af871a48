package org.linli.service.vote;

/**
 * A vote's life: a DRAFT is edited by staff; once published it is SCHEDULED (the notice period
 * runs); at its opening time it becomes OPEN and its electorate is frozen; at its closing time it
 * is CLOSED and counted. Only a DRAFT or SCHEDULED vote can be CANCELLED.
 */
public enum VoteStatus {
  DRAFT,
  SCHEDULED,
  OPEN,
  CLOSED,
  CANCELLED
}
