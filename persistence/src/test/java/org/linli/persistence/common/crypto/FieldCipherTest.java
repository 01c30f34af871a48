package org.linli.persistence.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class FieldCipherTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PHONE = "13812345678";
  private static final String HEALTH = "高血压，行动不便，需定期上门随访";

  private final String key1 = randomKey(32);
  private final String key2 = randomKey(32);
  private final String indexKey = randomKey(32);

  @AfterEach
  void uninstall() {
    FieldCrypto.uninstall();
  }

  @Test
  void roundTripsAsciiChineseAndEmpty() {
    FieldCipher cipher = cipher(Map.of("dev1", key1), "dev1");

    for (String value : new String[] {PHONE, "11010519491231002X", HEALTH, "张三 👪", ""}) {
      assertThat(cipher.decrypt(cipher.encrypt(value))).isEqualTo(value);
    }
  }

  @Test
  void nullStaysNull() {
    FieldCipher cipher = cipher(Map.of("dev1", key1), "dev1");

    assertThat(cipher.encrypt(null)).isNull();
    assertThat(cipher.decrypt(null)).isNull();
    assertThat(cipher.reencrypt(null)).isNull();
    assertThat(cipher.keyIdOf(null)).isNull();
    assertThat(cipher.isCurrent(null)).isTrue();
  }

  @Test
  void sameValueEncryptsDifferentlyEachTime() {
    FieldCipher cipher = cipher(Map.of("dev1", key1), "dev1");

    String first = cipher.encrypt(PHONE);
    String second = cipher.encrypt(PHONE);

    assertThat(first).isNotEqualTo(second);
    assertThat(Arrays.copyOf(payload(first), 12)).isNotEqualTo(Arrays.copyOf(payload(second), 12));
  }

  @Test
  void storedFormatIsVersionKeyIdAndIvCiphertextTag() {
    FieldCipher cipher = cipher(Map.of("dev1", key1), "dev1");

    String stored = cipher.encrypt(HEALTH);

    assertThat(stored).matches("v1:dev1:[A-Za-z0-9+/]+={0,2}");
    assertThat(cipher.keyIdOf(stored)).isEqualTo("dev1");
    assertThat(payload(stored)).hasSize(12 + HEALTH.getBytes(StandardCharsets.UTF_8).length + 16);
    assertThat(cipher.activeKeyId()).isEqualTo("dev1");
  }

  @Test
  void storedValueContainsNoPlaintext() {
    FieldCipher cipher = cipher(Map.of("dev1", key1), "dev1");

    for (String value : new String[] {PHONE, "11010519491231002X", HEALTH}) {
      String stored = cipher.encrypt(value);
      assertThat(stored).doesNotContain(value).doesNotContain(value.substring(0, 4));
      byte[] plain = value.getBytes(StandardCharsets.UTF_8);
      assertThat(indexOf(payload(stored), plain)).isEqualTo(-1);
    }
  }

  @Test
  void tamperingAnyByteIsDetected() {
    FieldCipher cipher = cipher(Map.of("dev1", key1), "dev1");
    String stored = cipher.encrypt(PHONE);
    byte[] payload = payload(stored);

    for (int i = 0; i < payload.length; i++) {
      byte[] altered = payload.clone();
      altered[i] ^= 0x01;
      String tampered = "v1:dev1:" + Base64.getEncoder().encodeToString(altered);
      assertThatThrownBy(() -> cipher.decrypt(tampered))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("cannot decrypt field (key id dev1)")
          .message()
          .doesNotContain(PHONE);
    }
  }

  @Test
  void relabellingWithAnotherKeyIdIsDetected() {
    FieldCipher cipher = cipher(Map.of("k1", key1, "k2", key1), "k1");
    String stored = cipher.encrypt(PHONE);

    String relabelled = "v1:k2:" + stored.substring("v1:k1:".length());

    assertThatThrownBy(() -> cipher.decrypt(relabelled))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot decrypt field (key id k2)");
  }

  @Test
  void oldKeyStillDecryptsAfterRotationAndReencryptMovesToActiveKey() {
    FieldCipher before = cipher(Map.of("k1", key1), "k1");
    String old = before.encrypt(HEALTH);
    FieldCipher after = cipher(Map.of("k1", key1, "k2", key2), "k2");

    assertThat(after.decrypt(old)).isEqualTo(HEALTH);
    assertThat(after.isCurrent(old)).isFalse();

    String moved = after.reencrypt(old);

    assertThat(after.keyIdOf(moved)).isEqualTo("k2");
    assertThat(after.isCurrent(moved)).isTrue();
    assertThat(after.decrypt(moved)).isEqualTo(HEALTH);
    assertThat(after.reencrypt(moved)).isSameAs(moved);
    assertThat(after.encrypt(PHONE)).startsWith("v1:k2:");
  }

  @Test
  void unknownKeyIdFailsWithoutLeakingPlaintext() {
    String stored = cipher(Map.of("k1", key1), "k1").encrypt(PHONE);
    FieldCipher withoutK1 = cipher(Map.of("k2", key2), "k2");

    assertThatThrownBy(() -> withoutK1.decrypt(stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot decrypt field (key id k1)")
        .message()
        .doesNotContain(PHONE)
        .doesNotContain(stored);
    assertThatThrownBy(() -> withoutK1.reencrypt(stored))
        .hasMessageStartingWith("cannot decrypt field (key id k1)");
  }

  @Test
  void wrongKeyUnderSameIdFails() {
    String stored = cipher(Map.of("k1", key1), "k1").encrypt(PHONE);
    FieldCipher otherKey = cipher(Map.of("k1", key2), "k1");

    assertThatThrownBy(() -> otherKey.decrypt(stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot decrypt field (key id k1)")
        .message()
        .doesNotContain(PHONE);
  }

  @Test
  void malformedValuesFailWithoutEchoingThem() {
    FieldCipher cipher = cipher(Map.of("dev1", key1), "dev1");

    for (String bad :
        new String[] {
          PHONE, "v1:" + PHONE, "v1:dev1:%%secret%%", "v1:dev1:AAAA", "v2:dev1:AAAA", "v1::AAAA"
        }) {
      assertThatThrownBy(() -> cipher.decrypt(bad))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("cannot decrypt field")
          .message()
          .doesNotContain(PHONE)
          .doesNotContain("secret");
    }
    assertThatThrownBy(() -> cipher.isCurrent(PHONE)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectsKeyOfWrongLengthWithoutPrintingIt() {
    String shortKey = randomKey(16);

    assertThatThrownBy(() -> properties(Map.of("dev1", shortKey), "dev1", indexKey))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("linli.crypto.keys.dev1")
        .hasMessageContaining("32 bytes")
        .message()
        .doesNotContain(shortKey);
  }

  @Test
  void rejectsUnknownActiveKeyId() {
    assertThatThrownBy(() -> properties(Map.of("dev1", key1), "dev2", indexKey))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("linli.crypto.active-key-id 'dev2' is not one of")
        .hasMessageContaining("[dev1]")
        .message()
        .doesNotContain(key1);
    assertThatThrownBy(() -> properties(Map.of("dev1", key1), null, indexKey))
        .hasMessageContaining("linli.crypto.active-key-id is not set");
  }

  @Test
  void leavingEverythingUnset_meansNotConfigured_ratherThanAnError() {
    assertThat(properties(null, null, null).configured()).isFalse();
    assertThat(properties(Map.of(), " ", "").configured()).isFalse();
    assertThat(properties(Map.of("dev1", key1), "dev1", indexKey).configured()).isTrue();
  }

  @Test
  void rejectsOtherConfigurationErrorsWithoutPrintingKeys() {
    String notBase64 = "this is not base64 at all!";
    assertThatThrownBy(() -> properties(Map.of(), "dev1", indexKey))
        .hasMessageContaining("linli.crypto.keys is empty");
    assertThatThrownBy(() -> properties(null, "dev1", indexKey))
        .hasMessageContaining("linli.crypto.keys is empty");
    assertThatThrownBy(() -> properties(Map.of("dev1", notBase64), "dev1", indexKey))
        .hasMessageContaining("linli.crypto.keys.dev1 is not valid base64")
        .message()
        .doesNotContain(notBase64);
    assertThatThrownBy(() -> properties(Map.of("bad:id", key1), "bad:id", indexKey))
        .hasMessageContaining("does not match");
    assertThatThrownBy(() -> properties(Map.of("dev1", key1), "dev1", null))
        .hasMessageContaining("linli.crypto.blind-index-key is not set");
    String shortIndexKey = randomKey(31);
    assertThatThrownBy(() -> properties(Map.of("dev1", key1), "dev1", shortIndexKey))
        .hasMessageContaining("linli.crypto.blind-index-key must decode to at least 32 bytes")
        .message()
        .doesNotContain(shortIndexKey);
    assertThatThrownBy(() -> properties(Map.of("dev1", key1), "dev1", key1))
        .hasMessageContaining("must differ from encryption key dev1")
        .message()
        .doesNotContain(key1);
  }

  @Test
  void toStringNeverPrintsKeys() {
    CryptoProperties properties = properties(Map.of("k1", key1, "k2", key2), "k2", indexKey);
    FieldCipher cipher = new FieldCipher(properties);
    BlindIndex index = new BlindIndex(properties);

    for (String text : new String[] {properties.toString(), cipher.toString(), index.toString()}) {
      assertThat(text).doesNotContain(key1).doesNotContain(key2).doesNotContain(indexKey);
    }
    assertThat(properties.toString()).contains("[k1, k2]").contains("activeKeyId=k2");
  }

  @Test
  void acceptsSurroundingWhitespaceInConfiguredValues() {
    CryptoProperties properties =
        properties(Map.of("dev1", " " + key1 + "\n"), " dev1 ", "\t" + indexKey + " ");

    FieldCipher cipher = new FieldCipher(properties);

    assertThat(cipher.decrypt(cipher.encrypt(PHONE))).isEqualTo(PHONE);
    assertThat(properties.activeKeyId()).isEqualTo("dev1");
  }

  @Test
  void cryptoConfigBindsPropertiesAndInstallsIntoFieldCrypto() {
    new ApplicationContextRunner()
        .withUserConfiguration(CryptoConfig.class)
        .withPropertyValues(
            "linli.crypto.keys.old1=" + key1,
            "linli.crypto.keys.dev1=" + key2,
            "linli.crypto.active-key-id=dev1",
            "linli.crypto.blind-index-key=" + indexKey)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              FieldCipher cipher = context.getBean(FieldCipher.class);
              assertThat(FieldCrypto.cipher()).isSameAs(cipher);
              assertThat(FieldCrypto.blindIndex()).isSameAs(context.getBean(BlindIndex.class));
              assertThat(context.getBean(CryptoProperties.class).keyIds())
                  .containsExactlyInAnyOrder("old1", "dev1");
              assertThat(cipher.encrypt(PHONE)).startsWith("v1:dev1:");
              String old = cipher(Map.of("old1", key1), "old1").encrypt(HEALTH);
              assertThat(cipher.decrypt(old)).isEqualTo(HEALTH);
            });
  }

  @Test
  void cryptoConfigStopsStartUpOnInvalidKeys() {
    String shortKey = randomKey(16);
    new ApplicationContextRunner()
        .withUserConfiguration(CryptoConfig.class)
        .withPropertyValues(
            "linli.crypto.keys.dev1=" + shortKey,
            "linli.crypto.active-key-id=dev1",
            "linli.crypto.blind-index-key=" + indexKey)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("linli.crypto.keys.dev1 must decode to 32 bytes");
            });
    // Nothing configured: no cipher beans (the registry then answers 503), but start-up succeeds.
    new ApplicationContextRunner()
        .withUserConfiguration(CryptoConfig.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(FieldCipher.class);
            });
  }

  @Test
  void fieldCryptoFailsClearlyWhenNotInstalled() {
    assertThatThrownBy(FieldCrypto::cipher)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not installed");
    assertThatThrownBy(FieldCrypto::blindIndex).isInstanceOf(IllegalStateException.class);
  }

  private FieldCipher cipher(Map<String, String> keys, String activeKeyId) {
    return new FieldCipher(properties(keys, activeKeyId, indexKey));
  }

  private static CryptoProperties properties(
      Map<String, String> keys, String activeKeyId, String blindIndexKey) {
    return new CryptoProperties(
        keys == null ? null : new LinkedHashMap<>(keys), activeKeyId, blindIndexKey);
  }

  static String randomKey(int bytes) {
    byte[] key = new byte[bytes];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static byte[] payload(String stored) {
    return Base64.getDecoder().decode(stored.substring(stored.indexOf(':', 3) + 1));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
