package org.linli.service.activity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Rotating check-in codes, like TOTP (RFC 6238) keyed per activity: a six-digit code and a signed
 * QR payload for each period. A code is accepted during its own period and the next one, so a code
 * read out just before it rotates still works; older ones have expired.
 */
final class CheckinCodes {

  private static final String PAYLOAD_PREFIX = "LL1";

  private CheckinCodes() {}

  /** The period number containing {@code epochSecond}. */
  static long period(long epochSecond, int periodSeconds) {
    return Math.floorDiv(epochSecond, periodSeconds);
  }

  /** The six-digit code of a period. */
  static String code(String secretHex, long activityId, long period) {
    byte[] mac = mac(secretHex, "code:" + activityId + ":" + period);
    int offset = mac[mac.length - 1] & 0x0f;
    int binary =
        ((mac[offset] & 0x7f) << 24)
            | ((mac[offset + 1] & 0xff) << 16)
            | ((mac[offset + 2] & 0xff) << 8)
            | (mac[offset + 3] & 0xff);
    return String.format("%06d", binary % 1_000_000);
  }

  /** The QR payload of a period: {@code LL1.<activity>.<period>.<signature>}. */
  static String payload(String secretHex, long activityId, long period) {
    return PAYLOAD_PREFIX
        + "."
        + activityId
        + "."
        + period
        + "."
        + signature(secretHex, activityId, period);
  }

  /**
   * Whether {@code input} (a code or a payload) is valid for the activity at period {@code now}.
   */
  static boolean verify(String secretHex, long activityId, String input, long now) {
    if (input == null) {
      return false;
    }
    if (input.startsWith(PAYLOAD_PREFIX + ".")) {
      String[] parts = input.split("\\.");
      if (parts.length != 4) {
        return false;
      }
      long activity;
      long period;
      try {
        activity = Long.parseLong(parts[1]);
        period = Long.parseLong(parts[2]);
      } catch (NumberFormatException e) {
        return false;
      }
      return activity == activityId
          && (period == now || period == now - 1)
          && equal(signature(secretHex, activityId, period), parts[3]);
    }
    return equal(code(secretHex, activityId, now), input)
        || equal(code(secretHex, activityId, now - 1), input);
  }

  private static String signature(String secretHex, long activityId, long period) {
    byte[] mac = mac(secretHex, "qr:" + activityId + ":" + period);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(mac, 16));
  }

  private static boolean equal(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] mac(String secretHex, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(HexFormat.of().parseHex(secretHex), "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
