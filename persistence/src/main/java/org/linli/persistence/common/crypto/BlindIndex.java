package org.linli.persistence.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed "blind index" of a sensitive value, stored beside its ciphertext so that equality search
 * and de-duplication work without decrypting: {@code WHERE phone_bidx = ?} with {@code
 * blindIndex.of(input)}.
 *
 * <p>The index is the lower-case hex of HMAC-SHA256(blind-index key, UTF-8 of {@link
 * #normalize(String) normalized value}) truncated to its first 128 bits: always {@value
 * #HEX_LENGTH} characters ({@code CHAR(32)} column). Without the key nobody can compute or test an
 * index, but equal values have equal indexes, so the column reveals which rows share a value; index
 * only what must be searched.
 *
 * <p>All indexes depend on the single blind-index key and on the normalization below; changing
 * either requires recomputing every index column from the decrypted values. Instances are immutable
 * and thread-safe.
 */
public final class BlindIndex {

  /** Length of every index in hex characters (128 bits). */
  public static final int HEX_LENGTH = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final SecretKeySpec key;

  /**
   * Creates an index over the configured blind-index key.
   *
   * @throws IllegalStateException if this JVM offers no HmacSHA256
   */
  public BlindIndex(CryptoProperties properties) {
    this.key = new SecretKeySpec(properties.decodedBlindIndexKey(), ALGORITHM);
    newMac();
  }

  /**
   * Returns the blind index of a value.
   *
   * @param value the plaintext; {@code null} gives {@code null}
   * @return 32 lower-case hex characters, or {@code null} when the value is {@code null} or empty
   *     after normalization (blank values are never "duplicates" of each other)
   */
  public String of(String value) {
    if (value == null) {
      return null;
    }
    String normalized = normalize(value);
    if (normalized.isEmpty()) {
      return null;
    }
    byte[] digest = newMac().doFinal(normalized.getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest, 0, HEX_LENGTH / 2);
  }

  /**
   * Normalizes a value before it is indexed, so that spellings of the same ID number or phone
   * number get the same index. In order:
   *
   * <ol>
   *   <li>Unicode NFKC, so full-width characters typed with a Chinese input method ({@code １３８},
   *       {@code Ｘ}, the ideographic space) become their ASCII forms;
   *   <li>every whitespace or space character is removed ({@code "138 1234 5678"});
   *   <li>ASCII letters {@code a-z} are upper-cased, other characters are kept (so an ID number's
   *       check character {@code x} equals {@code X});
   *   <li>if what remains, without one leading {@code +}, is exactly 13 ASCII digits starting with
   *       {@code 86}, it is a mainland phone number with its country code: the {@code +86} or
   *       {@code 86} is removed ({@code +8613812345678} and {@code 8613812345678} become {@code
   *       13812345678}). Anything else keeps its {@code +} and digits.
   * </ol>
   *
   * Hyphens and other punctuation are kept.
   */
  public static String normalize(String value) {
    String nfkc = Normalizer.normalize(value, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .map(cp -> cp >= 'a' && cp <= 'z' ? cp - ('a' - 'A') : cp)
        .forEach(out::appendCodePoint);
    String compact = out.toString();
    String digits = compact.startsWith("+") ? compact.substring(1) : compact;
    if (digits.length() == 13 && digits.startsWith("86") && isAsciiDigits(digits)) {
      return digits.substring(2);
    }
    return compact;
  }

  private static boolean isAsciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute blind index (" + ALGORITHM + ")", e);
    }
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "BlindIndex[" + ALGORITHM + ", " + HEX_LENGTH + " hex]";
  }
}
