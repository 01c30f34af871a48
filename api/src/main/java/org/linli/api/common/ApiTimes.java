package org.linli.api.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Times between the contract (RFC 3339 date-times, answered in UTC) and the services (instants, or
 * UTC local date-times as the database stores them). Every converter passes {@code null} through.
 */
public final class ApiTimes {

  private ApiTimes() {}

  public static OffsetDateTime offset(Instant t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }

  /** A UTC local date-time (as stored) as a date-time with offset. */
  public static OffsetDateTime offset(LocalDateTime utc) {
    return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
  }

  public static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  /** A date-time with any offset as a UTC local date-time (as stored). */
  public static LocalDateTime utc(OffsetDateTime t) {
    return t == null ? null : LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC);
  }
}
