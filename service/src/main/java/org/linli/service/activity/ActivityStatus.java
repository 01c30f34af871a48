package org.linli.service.activity;

import java.time.LocalDateTime;

/**
 * Lifecycle of an activity. Only DRAFT, PENDING_APPROVAL, PUBLISHED, FINISHED and CANCELLED are
 * stored; a published activity shows as SIGNUP_OPEN or SIGNUP_CLOSED by the clock.
 */
public enum ActivityStatus {
  DRAFT,
  PENDING_APPROVAL,
  PUBLISHED,
  SIGNUP_OPEN,
  SIGNUP_CLOSED,
  FINISHED,
  CANCELLED;

  /** The status to show for a stored status at {@code now}. */
  static ActivityStatus shown(
      String stored, LocalDateTime opensAt, LocalDateTime closesAt, LocalDateTime now) {
    ActivityStatus s = valueOf(stored);
    if (s != PUBLISHED) {
      return s;
    }
    if (now.isBefore(opensAt)) {
      return PUBLISHED;
    }
    return now.isBefore(closesAt) ? SIGNUP_OPEN : SIGNUP_CLOSED;
  }
}
