package org.linli.service.auth;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.CredentialKind;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.Hashing;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.RateLimits;
import org.linli.service.community.CommunityService;
import org.linli.service.wechat.WeChatGateway;
import org.linli.service.wechat.WeChatSession;
import org.springframework.stereotype.Service;

/**
 * WeChat login, session tokens and authentication of every request: turns a bearer token and the
 * requested community into an {@link Actor}.
 */
@Service
public class AuthService {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final WeChatGateway weChat;
  private final UserService users;
  private final CommunityService communities;
  private final SessionTokenStore sessions;
  private final ApiTokenService apiTokens;
  private final RateLimits rateLimits;
  private final AuthProperties properties;
  private final ActorCache actors;

  public AuthService(
      WeChatGateway weChat,
      UserService users,
      CommunityService communities,
      SessionTokenStore sessions,
      ApiTokenService apiTokens,
      RateLimits rateLimits,
      AuthProperties properties,
      ActorCache actors) {
    this.weChat = weChat;
    this.users = users;
    this.communities = communities;
    this.sessions = sessions;
    this.apiTokens = apiTokens;
    this.rateLimits = rateLimits;
    this.properties = properties;
    this.actors = actors;
  }

  /**
   * Logs in with a {@code wx.login} code. Rate limited per client IP and per code.
   *
   * @throws org.linli.service.common.RateLimitedException {@code LOGIN_RATE_LIMITED} or {@code
   *     WECHAT_RATE_LIMITED}
   * @throws LinliException {@code WECHAT_CODE_INVALID}, {@code WECHAT_USER_BLOCKED}, {@code
   *     WECHAT_UNAVAILABLE}
   */
  public LoginResult login(String code, String ip, String requestId) {
    rateLimits.acquire(
        "login:ip:" + ip, properties.loginPerIpPerMinute(), MINUTE, ErrorCode.LOGIN_RATE_LIMITED);
    rateLimits.acquire(
        "login:code:" + Hashing.sha256Hex(code),
        properties.loginPerCodePerMinute(),
        MINUTE,
        ErrorCode.LOGIN_RATE_LIMITED);
    WeChatSession session = weChat.exchangeCode(code);
    long userId = users.recordLogin(session, ip, requestId);
    TokenPair tokens = sessions.issueNewSession(userId);
    return new LoginResult(tokens, users.view(userId, null));
  }

  /**
   * Rotates a refresh token.
   *
   * @throws LinliException {@code REFRESH_TOKEN_INVALID} or {@code REFRESH_TOKEN_REUSED}
   */
  public LoginResult refresh(String refreshToken) {
    TokenPair tokens = sessions.rotate(refreshToken);
    long userId = sessions.resolveAccessToken(tokens.accessToken()).userId();
    if (!users.exists(userId)) {
      throw new LinliException(ErrorCode.REFRESH_TOKEN_INVALID);
    }
    return new LoginResult(tokens, users.view(userId, null));
  }

  /** Ends the actor's session: its access and refresh tokens stop working at once. */
  public void logout(Actor actor) {
    if (actor.credential() != CredentialKind.SESSION) {
      throw new LinliException(ErrorCode.INSUFFICIENT_SCOPE);
    }
    sessions.revokeFamily(actor.credentialId());
  }

  /**
   * Authenticates a bearer token and resolves the community the request acts in.
   *
   * @param bearer the token, or {@code null}
   * @param requestedCommunityId the {@code X-Community-Id} header, or {@code null}
   * @throws LinliException {@code UNAUTHENTICATED} without a token, {@code TOKEN_INVALID} for an
   *     unknown, expired or revoked one
   * @throws NotFoundException {@code COMMUNITY_NOT_FOUND} when the user is not a member of the
   *     requested community
   */
  public Actor authenticate(String bearer, Long requestedCommunityId, String ip, String requestId) {
    if (bearer == null || bearer.isBlank()) {
      throw new LinliException(ErrorCode.UNAUTHENTICATED);
    }
    if (bearer.startsWith(SessionTokenStore.ACCESS_PREFIX)) {
      SessionPrincipal principal = sessions.resolveAccessToken(bearer);
      if (principal == null) {
        throw new LinliException(ErrorCode.TOKEN_INVALID);
      }
      // Remembered between requests (ActorCache); otherwise one statement.
      CommunityService.ActorFacts facts = actors.facts(principal.userId(), requestedCommunityId);
      if (facts == null || facts.deleted()) {
        // The account was deleted: its other sessions end here.
        sessions.revokeFamily(principal.familyId());
        throw new LinliException(ErrorCode.TOKEN_INVALID);
      }
      if (requestedCommunityId != null && facts.communityId() == null) {
        throw new NotFoundException(ErrorCode.COMMUNITY_NOT_FOUND);
      }
      Long communityId = facts.communityId();
      Set<CommunityRole> roles = facts.roles();
      return new Actor(
          principal.userId(),
          facts.platformAdmin(),
          CredentialKind.SESSION,
          principal.familyId(),
          true,
          communityId,
          roles,
          ip,
          requestId);
    }
    ApiTokenService.ResolvedApiToken token = apiTokens.resolve(bearer);
    if (token == null) {
      throw new LinliException(ErrorCode.TOKEN_INVALID);
    }
    if (requestedCommunityId != null && requestedCommunityId != token.communityId()) {
      throw new NotFoundException(ErrorCode.COMMUNITY_NOT_FOUND);
    }
    Set<CommunityRole> held = communities.rolesIn(token.communityId(), token.userId());
    if (held == null) {
      // The owner left the community: the token no longer grants anything.
      throw new LinliException(ErrorCode.TOKEN_INVALID);
    }
    // A token never acts as platform admin, and never beyond its owner's current roles.
    EnumSet<CommunityRole> roles = EnumSet.noneOf(CommunityRole.class);
    roles.addAll(held);
    return new Actor(
        token.userId(),
        false,
        CredentialKind.API_TOKEN,
        Long.toString(token.id()),
        token.scopes().contains(ApiTokenScope.WRITE),
        token.communityId(),
        roles,
        ip,
        requestId);
  }
}
