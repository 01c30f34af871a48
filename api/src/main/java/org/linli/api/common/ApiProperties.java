package org.linli.api.common;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP API settings ({@code linli.api.*}).
 *
 * @param maxBodyBytes largest accepted request body
 * @param problemTypeBase base URI of problem {@code type}s
 */
@Validated
@ConfigurationProperties("linli.api")
public record ApiProperties(@Min(1024) long maxBodyBytes, String problemTypeBase) {}
