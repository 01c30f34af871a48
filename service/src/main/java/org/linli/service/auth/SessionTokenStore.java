package org.linli.service.auth;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.Hashing;
import org.linli.service.common.LinliException;
import org.linli.service.common.RedisKeys;
import org.redisson.api.RMap;
import org.redisson.api.RSet;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

/**
 * Opaque session tokens kept in Redis under the SHA-256 of the token, with a TTL. Tokens of one
 * login form a family; rotating a refresh token keeps the family, and presenting a used refresh
 * token revokes the whole family (reuse detection).
 */
@Component
public class SessionTokenStore {

  static final String ACCESS_PREFIX = "lat_";
  static final String REFRESH_PREFIX = "lrt_";
  private static final int TOKEN_BYTES = 32;

  private final RedissonClient redisson;
  private final RedisKeys keys;
  private final AuthProperties properties;

  public SessionTokenStore(RedissonClient redisson, RedisKeys keys, AuthProperties properties) {
    this.redisson = redisson;
    this.keys = keys;
    this.properties = properties;
  }

  /** Starts a new session family for {@code userId} and issues its first token pair. */
  public TokenPair issueNewSession(long userId) {
    return issue(userId, UUID.randomUUID().toString());
  }

  /**
   * Resolves an access token.
   *
   * @return the principal, or {@code null} when the token is unknown, expired or revoked
   */
  public SessionPrincipal resolveAccessToken(String token) {
    if (token == null || !token.startsWith(ACCESS_PREFIX)) {
      return null;
    }
    Map<String, String> entry = map(accessKey(token)).readAllMap();
    if (entry.isEmpty() || entry.get("uid") == null) {
      return null;
    }
    return new SessionPrincipal(Long.parseLong(entry.get("uid")), entry.get("fam"));
  }

  /**
   * Rotates a refresh token: it becomes used and a new pair of the same family is issued.
   *
   * @throws LinliException {@code REFRESH_TOKEN_INVALID} for an unknown or expired token, {@code
   *     REFRESH_TOKEN_REUSED} (after revoking the family) for one used before
   */
  public TokenPair rotate(String refreshToken) {
    if (refreshToken == null || !refreshToken.startsWith(REFRESH_PREFIX)) {
      throw new LinliException(ErrorCode.REFRESH_TOKEN_INVALID);
    }
    RMap<String, String> entry = map(refreshKey(refreshToken));
    Map<String, String> values = entry.readAllMap();
    if (values.isEmpty() || values.get("uid") == null) {
      throw new LinliException(ErrorCode.REFRESH_TOKEN_INVALID);
    }
    String family = values.get("fam");
    if (!redisson.getBucket(familyAliveKey(family), StringCodec.INSTANCE).isExists()) {
      throw new LinliException(ErrorCode.REFRESH_TOKEN_INVALID);
    }
    // Atomic compare-and-set: only one caller can use a refresh token.
    if (!entry.replace("used", "0", "1")) {
      revokeFamily(family);
      throw new LinliException(ErrorCode.REFRESH_TOKEN_REUSED);
    }
    // The used token is kept until it expires, so a later replay is recognised as reuse.
    return issue(Long.parseLong(values.get("uid")), family);
  }

  /** Revokes every token of a session family at once. */
  public void revokeFamily(String familyId) {
    if (familyId == null) {
      return;
    }
    redisson.getBucket(familyAliveKey(familyId), StringCodec.INSTANCE).delete();
    RSet<String> members = redisson.getSet(familyKey(familyId), StringCodec.INSTANCE);
    for (String key : members.readAll()) {
      if (key.contains(":at:")) {
        redisson.getKeys().delete(key);
      }
    }
    // Refresh entries stay (marked by the dead family) so reuse is still detected.
  }

  private TokenPair issue(long userId, String family) {
    String access = Hashing.randomToken(ACCESS_PREFIX, TOKEN_BYTES);
    String refresh = Hashing.randomToken(REFRESH_PREFIX, TOKEN_BYTES);
    Duration accessTtl = properties.accessTokenTtl();
    Duration refreshTtl = properties.refreshTokenTtl();

    String accessKey = accessKey(access);
    RMap<String, String> at = map(accessKey);
    at.putAll(Map.of("uid", Long.toString(userId), "fam", family));
    at.expire(accessTtl);

    String refreshKey = refreshKey(refresh);
    RMap<String, String> rt = map(refreshKey);
    rt.putAll(Map.of("uid", Long.toString(userId), "fam", family, "used", "0"));
    rt.expire(refreshTtl);

    RSet<String> members = redisson.getSet(familyKey(family), StringCodec.INSTANCE);
    members.add(accessKey);
    members.add(refreshKey);
    members.expire(refreshTtl);
    redisson.getBucket(familyAliveKey(family), StringCodec.INSTANCE).set("1", refreshTtl);
    return new TokenPair(access, refresh, accessTtl.toSeconds(), refreshTtl.toSeconds());
  }

  private RMap<String, String> map(String key) {
    return redisson.getMap(key, StringCodec.INSTANCE);
  }

  private String accessKey(String token) {
    return keys.key("auth", "at", Hashing.sha256Hex(token));
  }

  private String refreshKey(String token) {
    return keys.key("auth", "rt", Hashing.sha256Hex(token));
  }

  private String familyKey(String family) {
    return keys.key("auth", "fam", family);
  }

  private String familyAliveKey(String family) {
    return keys.key("auth", "fam-alive", family);
  }
}
