package org.linli.service.auth;

/**
 * A resolved session access token.
 *
 * @param userId the user
 * @param familyId the login session the token belongs to (revoked together)
 */
public record SessionPrincipal(long userId, String familyId) {}
