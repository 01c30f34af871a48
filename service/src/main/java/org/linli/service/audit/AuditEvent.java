package org.linli.service.audit;

import org.linli.service.common.Actor;

/**
 * Something to record in the audit log. Never put ID numbers, phone numbers or tokens in {@code
 * detail}.
 *
 * @param communityId the chain to append to (0 for platform-wide events)
 * @param actorId who acted, or {@code null} for the system
 * @param actorRole the role they acted in
 * @param action what happened, upper snake case (e.g. ROLE_GRANTED)
 * @param subjectType kind of the subject (e.g. USER)
 * @param subjectId id of the subject
 * @param detail short free text (fields changed, reason, result)
 * @param ip client address
 * @param requestId request id
 */
public record AuditEvent(
    long communityId,
    Long actorId,
    String actorRole,
    String action,
    String subjectType,
    String subjectId,
    String detail,
    String ip,
    String requestId) {

  public static final long PLATFORM = 0L;

  /** An event by {@code actor} in {@code communityId}. */
  public static AuditEvent by(
      Actor actor,
      long communityId,
      String action,
      String subjectType,
      Object subjectId,
      String detail) {
    return new AuditEvent(
        communityId,
        actor.userId(),
        actor.primaryRole(),
        action,
        subjectType,
        subjectId == null ? null : subjectId.toString(),
        detail,
        actor.ip(),
        actor.requestId());
  }
}
