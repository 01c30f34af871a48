package org.linli.service.common;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every Redis key Linli writes starts with {@code linli.redis.key-prefix}, so deployments and test
 * runs sharing one Redis never see each other's keys.
 *
 * @param keyPrefix the prefix, without the trailing colon
 */
@Validated
@ConfigurationProperties("linli.redis")
public record RedisKeys(@NotBlank String keyPrefix) {

  /** Joins the prefix and {@code parts} with colons. */
  public String key(String... parts) {
    return keyPrefix + ":" + String.join(":", parts);
  }
}
