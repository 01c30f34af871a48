package org.linli.service.auth;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.persistence.auth.ApiTokenEntity;
import org.linli.persistence.auth.ApiTokenMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.CredentialKind;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.ForbiddenException;
import org.linli.service.common.Hashing;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff personal API tokens for scripts and spreadsheets: shown once, stored as a SHA-256 hash,
 * bound to one community and the creator's roles there, limited by scopes and an expiry.
 */
@Service
public class ApiTokenService {

  static final String PREFIX = "lpt_";

  private final ApiTokenMapper tokens;
  private final AuditService audit;
  private final AuthProperties properties;
  private final Clock clock;

  public ApiTokenService(
      ApiTokenMapper tokens, AuditService audit, AuthProperties properties, Clock clock) {
    this.tokens = tokens;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Creates a token in the actor's current community.
   *
   * @throws ForbiddenException unless the actor uses a session and is staff, data admin, auditor or
   *     platform admin there
   */
  @Transactional
  public ApiTokenView create(Actor actor, CreateApiTokenCommand command) {
    long communityId = requireTokenHolder(actor);
    long active =
        tokens.listOfUser(actor.userId()).stream().filter(t -> isActive(t, now())).count();
    if (active >= properties.apiTokenMaxPerUser()) {
      throw new LinliException(ErrorCode.RATE_LIMITED);
    }
    String secret = Hashing.randomToken(PREFIX, 32);
    ApiTokenEntity entity = new ApiTokenEntity();
    entity.setCommunityId(communityId);
    entity.setUserId(actor.userId());
    entity.setName(command.name().strip());
    entity.setTokenHash(Hashing.sha256Hex(secret));
    entity.setTokenPrefix(secret.substring(0, PREFIX.length() + 6));
    entity.setScopes(
        command.scopes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    entity.setExpiresAt(now().plusDays(command.expiresInDays()));
    tokens.insert(entity);
    audit.record(
        AuditEvent.by(
            actor,
            communityId,
            "API_TOKEN_CREATED",
            "API_TOKEN",
            entity.getId(),
            entity.getScopes()));
    return toView(entity, secret);
  }

  /** The actor's tokens in the current community, newest first. */
  @Transactional(readOnly = true)
  public List<ApiTokenView> list(Actor actor) {
    requireTokenHolder(actor);
    return tokens.listOfUser(actor.userId()).stream().map(t -> toView(t, null)).toList();
  }

  /**
   * Revokes one of the actor's tokens (idempotent).
   *
   * @throws NotFoundException when the token is not the actor's in the current community
   */
  @Transactional
  public void revoke(Actor actor, long tokenId) {
    long communityId = requireTokenHolder(actor);
    ApiTokenEntity entity = tokens.selectById(tokenId);
    if (entity == null || entity.getUserId() != actor.userId()) {
      throw new NotFoundException(ErrorCode.API_TOKEN_NOT_FOUND);
    }
    if (entity.getRevokedAt() == null) {
      entity.setRevokedAt(now());
      tokens.updateById(entity);
      audit.record(
          AuditEvent.by(actor, communityId, "API_TOKEN_REVOKED", "API_TOKEN", tokenId, null));
    }
  }

  /**
   * Resolves a presented API token.
   *
   * @return the token, or {@code null} when unknown, expired or revoked
   */
  @Transactional
  public ResolvedApiToken resolve(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return null;
    }
    ApiTokenEntity entity = tokens.findByHashForAuthentication(Hashing.sha256Hex(secret));
    LocalDateTime now = now();
    if (entity == null || !isActive(entity, now)) {
      return null;
    }
    tokens.touch(entity.getId(), now);
    return new ResolvedApiToken(
        entity.getId(),
        entity.getUserId(),
        entity.getCommunityId(),
        parseScopes(entity.getScopes()));
  }

  /** A valid API token: its owner, community and scopes. */
  public record ResolvedApiToken(
      long id, long userId, long communityId, Set<ApiTokenScope> scopes) {}

  private long requireTokenHolder(Actor actor) {
    if (actor.credential() != CredentialKind.SESSION) {
      throw new ForbiddenException(ErrorCode.INSUFFICIENT_SCOPE);
    }
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN, CommunityRole.AUDITOR);
    return actor.requireCommunity();
  }

  private static boolean isActive(ApiTokenEntity t, LocalDateTime now) {
    return t.getRevokedAt() == null && t.getExpiresAt().isAfter(now);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static Set<ApiTokenScope> parseScopes(String csv) {
    EnumSet<ApiTokenScope> scopes = EnumSet.noneOf(ApiTokenScope.class);
    Arrays.stream(csv.split(","))
        .filter(s -> !s.isBlank())
        .forEach(s -> scopes.add(ApiTokenScope.valueOf(s.trim())));
    return scopes;
  }

  private static ApiTokenView toView(ApiTokenEntity e, String secret) {
    return new ApiTokenView(
        e.getId(),
        e.getName(),
        e.getTokenPrefix(),
        List.copyOf(parseScopes(e.getScopes())),
        e.getCommunityId(),
        e.getCreatedAt().toInstant(ZoneOffset.UTC),
        e.getExpiresAt().toInstant(ZoneOffset.UTC),
        e.getLastUsedAt() == null ? null : e.getLastUsedAt().toInstant(ZoneOffset.UTC),
        e.getRevokedAt() != null,
        secret);
  }
}
