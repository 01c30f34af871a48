package org.linli.service.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Privacy notice settings ({@code linli.privacy.*}).
 *
 * @param noticeVersion the current version; its text is {@code
 *     classpath:privacy/notice-<version>.md}
 */
@Validated
@ConfigurationProperties("linli.privacy")
public record PrivacyProperties(
    @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,16}") String noticeVersion) {}
