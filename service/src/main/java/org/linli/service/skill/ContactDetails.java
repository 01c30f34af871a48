package org.linli.service.skill;

import java.util.regex.Pattern;

/**
 * Finds contact details in text residents post for others: mainland mobile numbers (also written
 * with spaces or dashes, or in full-width digits), landline numbers, and WeChat or QQ ids
 * introduced by their usual words. Contact happens in the app once an exchange is accepted.
 */
public final class ContactDetails {

  /** Eleven digits starting 1[3-9], digits optionally separated by a space, dash or dot. */
  private static final Pattern MOBILE =
      Pattern.compile("(?<!\\d)1[3-9](?:[\\s.\\-]?\\d){9}(?!\\d)");

  /** Area code and number, e.g. 021-12345678 or (0571)8888888. */
  private static final Pattern LANDLINE =
      Pattern.compile("(?<!\\d)\\(?0\\d{2,3}\\)?[\\s\\-]?\\d{7,8}(?!\\d)");

  /** A WeChat/QQ word followed (within a few characters) by an id-like token. */
  private static final Pattern ACCOUNT =
      Pattern.compile(
          "(?i)(微信|威信|薇信|v信|vx|wx|weixin|wechat|加v|q{2}|扣扣)[\\s:：号是为]{0,4}"
              + "[a-z0-9][a-z0-9_\\-]{4,19}");

  private ContactDetails() {}

  /** Whether {@code text} contains a phone number or a WeChat/QQ id. */
  public static boolean in(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    String t = halfWidth(text);
    return MOBILE.matcher(t).find() || LANDLINE.matcher(t).find() || ACCOUNT.matcher(t).find();
  }

  private static String halfWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
    }
    return b.toString();
  }
}
