package org.linli.api.common;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP API settings ({@code linli.api.*}).
 *
 * @param maxBodyBytes largest accepted request body
 * @param maxUploadBytes largest accepted file upload (registry imports only)
 * @param problemTypeBase base URI of problem {@code type}s
 */
@Validated
@ConfigurationProperties("linli.api")
public record ApiProperties(
    @Min(1024) long maxBodyBytes, @Min(1024) long maxUploadBytes, String problemTypeBase) {

  /** Paths that accept file uploads up to {@link #maxUploadBytes}. */
  public static final String UPLOAD_PATH = "/api/v1/registry/imports";

  /** The body limit of a request path. */
  public long limitFor(String path) {
    return path != null && path.startsWith(UPLOAD_PATH) ? maxUploadBytes : maxBodyBytes;
  }
}
