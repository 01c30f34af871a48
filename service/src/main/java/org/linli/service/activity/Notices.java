package org.linli.service.activity;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formatting of subscribe message values. */
final class Notices {

  /** Beijing time, in which residents read dates. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Notices() {}

  /**
   * A user's name as lists show it: the registry name when bound, else the nickname, masked; a
   * neutral label without either.
   */
  static String maskedName(String name, long userId) {
    return org.linli.service.resident.Masking.displayName(name, userId);
  }

  /** A UTC database time as Beijing time, the way WeChat's {@code time} fields want it. */
  static String time(LocalDateTime utc) {
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(CHINA).format(TIME);
  }
}
