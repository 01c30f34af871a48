package org.linli.service.auth;

import java.util.Locale;

/** What a personal API token may do. */
public enum ApiTokenScope {
  /** GET requests only. */
  READ,
  /** Changes too. */
  WRITE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
