package org.linli.service.common;

/**
 * Stable machine codes of every problem the API can answer, with their HTTP status. The code name
 * is part of the public contract: never rename one. Messages live in the api module's bundle under
 * {@code problem.<CODE>.title} and {@code problem.<CODE>.detail}.
 */
public enum ErrorCode {
  VALIDATION_FAILED(400),
  MALFORMED_REQUEST(400),
  UNAUTHENTICATED(401),
  TOKEN_INVALID(401),
  REFRESH_TOKEN_INVALID(401),
  REFRESH_TOKEN_REUSED(401),
  WECHAT_CODE_INVALID(401),
  FORBIDDEN(403),
  INSUFFICIENT_SCOPE(403),
  WECHAT_USER_BLOCKED(403),
  NOT_FOUND(404),
  COMMUNITY_NOT_FOUND(404),
  MEMBER_NOT_FOUND(404),
  API_TOKEN_NOT_FOUND(404),
  MODERATION_ITEM_NOT_FOUND(404),
  CONTENT_NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  COMMUNITY_NAME_TAKEN(409),
  MODERATION_ALREADY_DECIDED(409),
  CONCURRENT_UPDATE(409),
  PAYLOAD_TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415),
  CONTENT_REJECTED(422),
  LOGIN_RATE_LIMITED(429),
  WECHAT_RATE_LIMITED(429),
  RATE_LIMITED(429),
  INTERNAL_ERROR(500),
  WECHAT_UNAVAILABLE(503),
  SERVICE_UNAVAILABLE(503);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
