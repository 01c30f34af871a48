package org.linli.persistence.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts sensitive field values (ID number, phone, health notes) with AES-256-GCM.
 *
 * <p>Stored format: {@code v1:<keyId>:<base64(iv || ciphertext || tag)>}, where {@code v1} is the
 * format version, {@code keyId} names the key in {@link CryptoProperties#keys()}, {@code iv} is 12
 * random bytes drawn from {@link SecureRandom} for every value, the plaintext is UTF-8, the tag is
 * 128 bits, and the additional authenticated data is the UTF-8 bytes of the key id (so a value
 * cannot be relabelled with another key id). Base64 is the standard padded alphabet. A value of
 * {@code n} UTF-8 bytes takes {@code 4 + len(keyId) + 4 * ceil((28 + n) / 3)} characters: 72 at
 * most for an 11-digit phone number, 84 at most for an 18-character ID number.
 *
 * <p>The same plaintext encrypts to a different value each time; search and de-duplicate with
 * {@link BlindIndex} instead. Every failure is an {@link IllegalStateException} whose message
 * carries at most the key id, never the plaintext or the stored value. Instances are immutable and
 * thread-safe.
 *
 * <p>With random 96-bit IVs one key should encrypt at most about 2<sup>32</sup> values; rotate long
 * before that (see {@link CryptoProperties}).
 */
public final class FieldCipher {

  /** Format version written as the first segment of every stored value. */
  public static final String VERSION = "v1";

  private static final String PREFIX = VERSION + ":";
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int TAG_BYTES = TAG_BITS / 8;

  private final Map<String, SecretKey> keys;
  private final String activeKeyId;
  private final SecureRandom random = new SecureRandom();

  /**
   * Creates a cipher over every configured key, encrypting with the active one.
   *
   * @throws IllegalStateException if this JVM offers no AES/GCM
   */
  public FieldCipher(CryptoProperties properties) {
    Map<String, SecretKey> byId = new HashMap<>();
    for (String id : properties.keyIds()) {
      byId.put(id, new SecretKeySpec(properties.decodedKey(id), "AES"));
    }
    this.keys = Map.copyOf(byId);
    this.activeKeyId = properties.activeKeyId();
    try {
      Cipher.getInstance(TRANSFORMATION);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(TRANSFORMATION + " is not available in this JVM", e);
    }
  }

  /** Returns the key id new values are encrypted with. */
  public String activeKeyId() {
    return activeKeyId;
  }

  /**
   * Encrypts a value under the active key with a fresh random IV.
   *
   * @param plaintext the value; {@code null} gives {@code null}, the empty string is encrypted
   * @return {@code v1:<activeKeyId>:<base64>}
   */
  public String encrypt(String plaintext) {
    if (plaintext == null) {
      return null;
    }
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad(activeKeyId));
      byte[] out = new byte[IV_BYTES + cipher.getOutputSize(input.length)];
      System.arraycopy(iv, 0, out, 0, IV_BYTES);
      int written = cipher.doFinal(input, 0, input.length, out, IV_BYTES);
      if (written != out.length - IV_BYTES) {
        throw new IllegalStateException("cannot encrypt field (key id " + activeKeyId + ")");
      }
      return PREFIX + activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt field (key id " + activeKeyId + ")", e);
    }
  }

  /**
   * Decrypts a stored value under the key named in it.
   *
   * @param stored a value produced by {@link #encrypt(String)}; {@code null} gives {@code null}
   * @return the plaintext
   * @throws IllegalStateException "cannot decrypt field (key id X)..." if the value is malformed,
   *     its key id is not configured, or it was altered (authentication fails)
   */
  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    String keyId = keyIdOf(stored);
    SecretKey key = keys.get(keyId);
    if (key == null) {
      throw failure(keyId, "key id not configured", null);
    }
    byte[] payload;
    try {
      payload = Base64.getDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
    } catch (IllegalArgumentException e) {
      throw failure(keyId, "payload is not base64", null);
    }
    if (payload.length < IV_BYTES + TAG_BYTES) {
      throw failure(keyId, "payload too short", null);
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, payload, 0, IV_BYTES));
      cipher.updateAAD(aad(keyId));
      byte[] plain = cipher.doFinal(payload, IV_BYTES, payload.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw failure(keyId, "authentication failed: value altered or wrong key", null);
    } catch (GeneralSecurityException e) {
      throw failure(keyId, e.getClass().getSimpleName(), e);
    }
  }

  /**
   * Tells whether a stored value is encrypted under the active key, so that a rotation job can skip
   * it. Only the label is read; integrity is checked by {@link #decrypt(String)}.
   *
   * @param stored a stored value; {@code null} counts as current (there is nothing to re-encrypt)
   * @throws IllegalStateException if the value is not in the {@code v1} format
   */
  public boolean isCurrent(String stored) {
    return stored == null || activeKeyId.equals(keyIdOf(stored));
  }

  /**
   * Moves a stored value to the active key: returns it unchanged if {@link #isCurrent(String)},
   * otherwise decrypts it and encrypts the plaintext under the active key.
   *
   * @param stored a stored value; {@code null} gives {@code null}
   * @throws IllegalStateException as {@link #decrypt(String)}
   */
  public String reencrypt(String stored) {
    if (isCurrent(stored)) {
      return stored;
    }
    return encrypt(decrypt(stored));
  }

  /**
   * Returns the key id a stored value names, whether or not that key is configured.
   *
   * @param stored a stored value; {@code null} gives {@code null}
   * @throws IllegalStateException if the value is not in the {@code v1} format
   */
  public String keyIdOf(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("cannot decrypt field (not a " + VERSION + " value)");
    }
    int end = stored.indexOf(':', PREFIX.length());
    String keyId = end < 0 ? "" : stored.substring(PREFIX.length(), end);
    if (!CryptoProperties.KEY_ID.matcher(keyId).matches()) {
      throw new IllegalStateException("cannot decrypt field (malformed key id)");
    }
    return keyId;
  }

  /** Key ids only; key material is never printed. */
  @Override
  public String toString() {
    return "FieldCipher[activeKeyId="
        + activeKeyId
        + ", keyIds="
        + new TreeSet<>(keys.keySet())
        + "]";
  }

  private static byte[] aad(String keyId) {
    return keyId.getBytes(StandardCharsets.UTF_8);
  }

  private static IllegalStateException failure(String keyId, String reason, Throwable cause) {
    return new IllegalStateException(
        "cannot decrypt field (key id " + keyId + "): " + reason, cause);
  }
}
