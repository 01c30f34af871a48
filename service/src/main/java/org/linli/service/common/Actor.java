package org.linli.service.common;

import java.util.Set;

/**
 * Who is acting: the authenticated user, the community the request acts in (if any) with the roles
 * held there, and request facts the audit log records.
 *
 * @param userId internal user id
 * @param platformAdmin whether the user is a platform administrator
 * @param credential how the request authenticated
 * @param credentialId the session family id or API token id (never the token itself)
 * @param writeAllowed false for read-only API tokens
 * @param communityId the current community, or {@code null} when the user belongs to none
 * @param roles roles held in the current community (empty when none)
 * @param ip client address, for the audit log
 * @param requestId request id, for the audit log
 */
public record Actor(
    long userId,
    boolean platformAdmin,
    CredentialKind credential,
    String credentialId,
    boolean writeAllowed,
    Long communityId,
    Set<CommunityRole> roles,
    String ip,
    String requestId) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(CommunityRole role) {
    return roles.contains(role);
  }

  /** Whether the actor holds any of {@code wanted} in the current community. */
  public boolean hasAny(CommunityRole... wanted) {
    for (CommunityRole role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the current community id.
   *
   * @throws NotFoundException when the actor belongs to no community
   */
  public long requireCommunity() {
    if (communityId == null) {
      throw new NotFoundException(ErrorCode.COMMUNITY_NOT_FOUND);
    }
    return communityId;
  }

  /**
   * Requires one of {@code wanted} in the current community (platform admins pass).
   *
   * @throws ForbiddenException otherwise
   */
  public void requireAny(CommunityRole... wanted) {
    requireCommunity();
    if (!platformAdmin && !hasAny(wanted)) {
      throw new ForbiddenException();
    }
  }

  /** The most senior role, for the audit log. */
  public String primaryRole() {
    if (platformAdmin) {
      return "ADMIN";
    }
    for (CommunityRole r :
        new CommunityRole[] {
          CommunityRole.DATA_ADMIN,
          CommunityRole.AUDITOR,
          CommunityRole.STAFF,
          CommunityRole.VOLUNTEER,
          CommunityRole.RESIDENT
        }) {
      if (roles.contains(r)) {
        return r.name();
      }
    }
    return null;
  }
}
