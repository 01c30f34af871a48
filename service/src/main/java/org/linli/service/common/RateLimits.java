package org.linli.service.common;

import java.time.Duration;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;

/** Cluster-wide rate limits on Redisson {@link RRateLimiter}s. */
@Component
public class RateLimits {

  private final RedissonClient redisson;
  private final RedisKeys keys;

  public RateLimits(RedissonClient redisson, RedisKeys keys) {
    this.redisson = redisson;
    this.keys = keys;
  }

  /**
   * Takes one permit of {@code permits} per {@code interval} for {@code bucket}.
   *
   * @throws RateLimitedException with {@code code} when none is left
   */
  public void acquire(String bucket, long permits, Duration interval, ErrorCode code) {
    RRateLimiter limiter = redisson.getRateLimiter(keys.key("ratelimit", bucket));
    limiter.trySetRate(RateType.OVERALL, permits, interval, interval.multipliedBy(2));
    if (!limiter.tryAcquire()) {
      throw new RateLimitedException(code, Math.max(1, interval.toSeconds()));
    }
  }
}
