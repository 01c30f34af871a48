package org.linli.service.auth;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Session and login settings ({@code linli.auth.*}).
 *
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token (and of its session family)
 * @param loginPerIpPerMinute login attempts allowed per client IP per minute
 * @param loginPerCodePerMinute login attempts allowed per code per minute
 * @param bootstrapAdminOpenids openids made platform admins at login ({@code
 *     LINLI_BOOTSTRAP_ADMIN_OPENIDS})
 * @param apiTokenMaxPerUser active personal API tokens a user may hold per community
 * @param actorCacheTtl how long a user's memberships and roles are remembered between requests
 *     (changes apply at once; see {@link ActorCache}); {@code 0} reads them on every request
 */
@Validated
@ConfigurationProperties("linli.auth")
public record AuthProperties(
    @NotNull Duration accessTokenTtl,
    @NotNull Duration refreshTokenTtl,
    @Min(1) long loginPerIpPerMinute,
    @Min(1) long loginPerCodePerMinute,
    List<String> bootstrapAdminOpenids,
    @Min(1) int apiTokenMaxPerUser,
    Duration actorCacheTtl) {

  public AuthProperties {
    actorCacheTtl = actorCacheTtl == null ? Duration.ofSeconds(60) : actorCacheTtl;
    bootstrapAdminOpenids =
        bootstrapAdminOpenids == null
            ? List.of()
            : bootstrapAdminOpenids.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
