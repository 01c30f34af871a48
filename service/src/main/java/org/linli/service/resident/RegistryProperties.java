package org.linli.service.resident;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Registry settings ({@code linli.registry.*}).
 *
 * @param retentionAfterMoveOut how long a resident's data is kept after moving out (and owning
 *     nothing) before it is anonymised
 */
@Validated
@ConfigurationProperties("linli.registry")
public record RegistryProperties(@NotNull Period retentionAfterMoveOut) {}
