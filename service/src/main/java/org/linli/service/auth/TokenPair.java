package org.linli.service.auth;

/**
 * A freshly issued session token pair. The secrets exist only in this object and the response.
 *
 * @param accessToken opaque access token
 * @param refreshToken opaque single-use refresh token
 * @param expiresInSeconds access token lifetime
 * @param refreshExpiresInSeconds refresh token lifetime
 */
public record TokenPair(
    String accessToken, String refreshToken, long expiresInSeconds, long refreshExpiresInSeconds) {

  @Override
  public String toString() {
    return "TokenPair[redacted]";
  }
}
