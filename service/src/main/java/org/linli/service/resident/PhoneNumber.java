package org.linli.service.resident;

import java.util.Optional;
import java.util.regex.Pattern;

/** Normalization of mainland China mobile phone numbers. */
public final class PhoneNumber {

  /** A mainland mobile number in its 11-digit national form. */
  public static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");

  private PhoneNumber() {}

  /**
   * Returns the 11-digit national form of a mainland China mobile number.
   *
   * <p>Removes every whitespace character and every dash (ASCII {@code -}, the Unicode hyphens and
   * dashes U+2010 to U+2015, and the full-width {@code －}), then one leading country prefix {@code
   * +86}, {@code 0086} or {@code 86}. The rest must match {@code 1[3-9]\d{9}} with ASCII digits.
   * {@code "+86 138-1234-5678"} → {@code "13812345678"}. Other characters (parentheses, dots,
   * letters, full-width digits) make the input invalid. Whether the number is in service is not
   * checked.
   *
   * @param raw the number as entered, or {@code null}
   * @return the 11-digit number, or empty when {@code raw} is {@code null} or not a mainland mobile
   *     number
   */
  public static Optional<String> normalizeMobile(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isDash(cp))
        .forEach(out::appendCodePoint);
    String number = stripCountryPrefix(out.toString());
    return MAINLAND_MOBILE.matcher(number).matches() ? Optional.of(number) : Optional.empty();
  }

  private static String stripCountryPrefix(String number) {
    for (String prefix : new String[] {"+86", "0086", "86"}) {
      if (number.startsWith(prefix)) {
        return number.substring(prefix.length());
      }
    }
    return number;
  }

  private static boolean isDash(int cp) {
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0xFF0D;
  }
}
