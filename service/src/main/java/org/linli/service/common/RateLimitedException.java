package org.linli.service.common;

/** Too many requests; the caller may retry after {@link #retryAfterSeconds()}. */
public class RateLimitedException extends LinliException {

  private final long retryAfterSeconds;

  public RateLimitedException(ErrorCode code, long retryAfterSeconds) {
    super(code);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
