package org.linli.service.deliberation;

import java.util.Set;

/** Where a proposal stands. */
public enum ProposalStatus {
  /** Held for a moderator (content safety asked for a review or could not check). */
  PENDING_REVIEW,
  /** Taken down by a moderator before it was ever public. */
  REMOVED,
  /** Public, collecting support. */
  OPEN,
  /** Reached the support threshold; waits for staff. */
  SUBMITTED,
  /** Staff put it on the agenda. */
  ACCEPTED,
  /** Staff merged it into another proposal. */
  MERGED,
  /** Staff declined it, with a public reason. */
  DECLINED,
  /** Its author withdrew it before staff decided. */
  WITHDRAWN,
  /** A formal owners' vote (表决) on it is under way. */
  VOTING,
  /** The vote on it is over. */
  DECIDED;

  /** Statuses only the author and staff see. */
  static final Set<ProposalStatus> HIDDEN = Set.of(PENDING_REVIEW, REMOVED);
}
