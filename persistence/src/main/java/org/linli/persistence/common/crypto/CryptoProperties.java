package org.linli.persistence.common.crypto;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Keys for application-level field encryption and the blind index ({@code linli.crypto.*}).
 *
 * <p>Key material comes from configuration or the environment and is never committed. In production
 * set {@code LINLI_CRYPTO_KEYS_<ID>} (one per key id), {@code LINLI_CRYPTO_ACTIVE_KEY_ID} and
 * {@code LINLI_CRYPTO_BLIND_INDEX_KEY}. Because environment variables are upper-case and {@code _}
 * separates property levels, key ids should be lower-case letters and digits (for example {@code
 * k2025a}) when keys come from the environment.
 *
 * <p>Rotation: add a new key id, make it {@code active-key-id}, keep the old keys until every
 * stored value has been re-encrypted with {@link FieldCipher#reencrypt(String)}, then remove them.
 * The blind-index key cannot be rotated that way: changing it requires recomputing every
 * blind-index column from the decrypted values.
 *
 * <p>Leaving all three unset turns encryption off: the service starts, but the resident registry
 * answers 503 until keys are configured. Any other incomplete or bad key set stops the application
 * at start-up; every failure is an {@link IllegalStateException} whose message names the property
 * but never contains key material. {@link #toString()} prints key ids only.
 *
 * @param keys AES-256 keys by key id: id matches {@code [A-Za-z0-9_-]{1,16}}, value is the base64
 *     (standard alphabet, padded) encoding of exactly 32 random bytes
 * @param activeKeyId the key id new values are encrypted with; one of {@code keys}
 * @param blindIndexKey base64 encoding of at least 32 random bytes, the HMAC-SHA256 key of the
 *     blind index; must differ from every encryption key
 */
@Validated
@ConfigurationProperties("linli.crypto")
public record CryptoProperties(Map<String, String> keys, String activeKeyId, String blindIndexKey) {

  /** Allowed key ids; the id is stored in every encrypted value. */
  public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

  /** Length of an AES-256 key in bytes. */
  public static final int AES_KEY_BYTES = 32;

  /** Minimum length of the blind-index key in bytes. */
  public static final int MIN_BLIND_INDEX_KEY_BYTES = 32;

  private static final String PREFIX = "linli.crypto.";

  /**
   * Validates and copies the values.
   *
   * @throws IllegalStateException if a key id is malformed, a key is not base64 or has the wrong
   *     length, the active key id is missing or unknown, or the blind-index key is missing, too
   *     short or equal to an encryption key
   */
  public CryptoProperties {
    boolean unconfigured =
        (keys == null || keys.isEmpty())
            && (activeKeyId == null || activeKeyId.isBlank())
            && (blindIndexKey == null || blindIndexKey.isBlank());
    if (unconfigured) {
      // Encryption not set up: the service runs, but the registry refuses to work (503).
      keys = Map.of();
      activeKeyId = null;
      blindIndexKey = null;
    } else {
      if (keys == null || keys.isEmpty()) {
        throw new IllegalStateException(
            PREFIX + "keys is empty: configure at least one AES-256 key (LINLI_CRYPTO_KEYS_<ID>)");
      }
      Map<String, String> copy = new LinkedHashMap<>();
      for (Map.Entry<String, String> entry : keys.entrySet()) {
        String id = entry.getKey();
        if (id == null || !KEY_ID.matcher(id).matches()) {
          throw new IllegalStateException(
              PREFIX + "keys has a key id that does not match " + KEY_ID.pattern());
        }
        String value = entry.getValue() == null ? "" : entry.getValue().trim();
        byte[] key = decode(value, PREFIX + "keys." + id);
        if (key.length != AES_KEY_BYTES) {
          throw new IllegalStateException(
              PREFIX
                  + "keys."
                  + id
                  + " must decode to "
                  + AES_KEY_BYTES
                  + " bytes (AES-256), got "
                  + key.length);
        }
        copy.put(id, value);
      }
      keys = Map.copyOf(copy);

      if (activeKeyId == null || activeKeyId.isBlank()) {
        throw new IllegalStateException(
            PREFIX + "active-key-id is not set (LINLI_CRYPTO_ACTIVE_KEY_ID)");
      }
      activeKeyId = activeKeyId.trim();
      if (!keys.containsKey(activeKeyId)) {
        throw new IllegalStateException(
            PREFIX
                + "active-key-id "
                + (KEY_ID.matcher(activeKeyId).matches() ? "'" + activeKeyId + "' " : "")
                + "is not one of the configured key ids "
                + new TreeSet<>(keys.keySet()));
      }

      blindIndexKey = blindIndexKey == null ? "" : blindIndexKey.trim();
      byte[] indexKey = decode(blindIndexKey, PREFIX + "blind-index-key");
      if (indexKey.length < MIN_BLIND_INDEX_KEY_BYTES) {
        throw new IllegalStateException(
            PREFIX
                + "blind-index-key must decode to at least "
                + MIN_BLIND_INDEX_KEY_BYTES
                + " bytes, got "
                + indexKey.length);
      }
      for (Map.Entry<String, String> entry : keys.entrySet()) {
        if (MessageDigest.isEqual(indexKey, Base64.getDecoder().decode(entry.getValue()))) {
          throw new IllegalStateException(
              PREFIX + "blind-index-key must differ from encryption key " + entry.getKey());
        }
      }
    }
  }

  /** Whether keys are configured; without them nothing can be encrypted or indexed. */
  public boolean configured() {
    return activeKeyId != null;
  }

  /** Returns the configured key ids. */
  public Set<String> keyIds() {
    return keys.keySet();
  }

  /** Returns the raw bytes of the AES key with this id; the id must be configured. */
  byte[] decodedKey(String keyId) {
    String value = keys.get(keyId);
    if (value == null) {
      throw new IllegalStateException(PREFIX + "keys has no key id " + keyId);
    }
    return Base64.getDecoder().decode(value);
  }

  /** Returns the raw bytes of the blind-index key. */
  byte[] decodedBlindIndexKey() {
    return Base64.getDecoder().decode(blindIndexKey);
  }

  /** Key ids and the active id only; key material is never printed. */
  @Override
  public String toString() {
    return "CryptoProperties[keyIds="
        + new TreeSet<>(keys.keySet())
        + ", activeKeyId="
        + activeKeyId
        + ", blindIndexKey=(hidden)]";
  }

  private static byte[] decode(String base64, String property) {
    if (base64.isEmpty()) {
      throw new IllegalStateException(property + " is not set");
    }
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      // The exception message may quote a character of the key: do not chain it.
      throw new IllegalStateException(property + " is not valid base64");
    }
  }
}
