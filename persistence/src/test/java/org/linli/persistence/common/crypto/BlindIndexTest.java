package org.linli.persistence.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

  private final String aesKey = FieldCipherTest.randomKey(32);
  private final String indexKey = FieldCipherTest.randomKey(32);
  private final BlindIndex index = index(indexKey);

  @Test
  void isDeterministicForTheSameKey() {
    String first = index.of("11010519491231002X");

    assertThat(index.of("11010519491231002X")).isEqualTo(first);
    assertThat(index(indexKey).of("11010519491231002X")).isEqualTo(first);
  }

  @Test
  void is32LowerCaseHexCharacters() {
    for (String value : new String[] {"13812345678", "11010519491231002X", "张三", "a"}) {
      assertThat(index.of(value)).hasSize(BlindIndex.HEX_LENGTH).matches("[0-9a-f]{32}");
    }
  }

  @Test
  void idNumberCheckCharacterAndWhitespaceAreNormalized() {
    String expected = index.of("11010519491231002X");

    assertThat(index.of("11010519491231002x")).isEqualTo(expected);
    assertThat(index.of(" 110105 19491231 002x\t")).isEqualTo(expected);
    assertThat(index.of("１１０１０５１９４９１２３１００２ｘ")).isEqualTo(expected);
    assertThat(index.of("110105194912310021")).isNotEqualTo(expected);
  }

  @Test
  void mainlandCountryCodeIsRemovedFromPhoneNumbers() {
    String expected = index.of("13812345678");

    assertThat(index.of("+86 138 1234 5678")).isEqualTo(expected);
    assertThat(index.of("+8613812345678")).isEqualTo(expected);
    assertThat(index.of("8613812345678")).isEqualTo(expected);
    assertThat(index.of("138\u30001234\u00a05678")).isEqualTo(expected);
    assertThat(index.of("13812345679")).isNotEqualTo(expected);
  }

  @Test
  void normalizationRules() {
    assertThat(BlindIndex.normalize(" 110105 19491231 002x ")).isEqualTo("11010519491231002X");
    assertThat(BlindIndex.normalize("+86 138 1234 5678")).isEqualTo("13812345678");
    assertThat(BlindIndex.normalize("8613812345678")).isEqualTo("13812345678");
    // Only 13 digits starting with 86 lose the prefix.
    assertThat(BlindIndex.normalize("+86 10 1234 5678")).isEqualTo("+861012345678");
    assertThat(BlindIndex.normalize("861012345678")).isEqualTo("861012345678");
    assertThat(BlindIndex.normalize("86138123456789")).isEqualTo("86138123456789");
    assertThat(BlindIndex.normalize("+44 7911 123456")).isEqualTo("+447911123456");
    assertThat(BlindIndex.normalize("861381234567X")).isEqualTo("861381234567X");
    assertThat(BlindIndex.normalize("860105194912310021")).isEqualTo("860105194912310021");
    // Non-ASCII letters and punctuation are kept; only whitespace goes.
    assertThat(BlindIndex.normalize("张 三")).isEqualTo("张三");
    assertThat(BlindIndex.normalize("138-1234-5678")).isEqualTo("138-1234-5678");
    assertThat(BlindIndex.normalize("ß")).isEqualTo("ß");
  }

  @Test
  void differentKeysGiveDifferentIndexes() {
    BlindIndex other = index(FieldCipherTest.randomKey(32));

    assertThat(other.of("13812345678")).isNotEqualTo(index.of("13812345678"));
    assertThat(other.of("11010519491231002X")).isNotEqualTo(index.of("11010519491231002X"));
  }

  @Test
  void differentValuesGiveDifferentIndexes() {
    assertThat(index.of("13812345678")).isNotEqualTo(index.of("13812345677"));
  }

  @Test
  void acceptsLongerKeys() {
    BlindIndex longKey = index(FieldCipherTest.randomKey(64));

    assertThat(longKey.of("13812345678")).matches("[0-9a-f]{32}");
  }

  @Test
  void nullAndBlankGiveNull() {
    assertThat(index.of(null)).isNull();
    assertThat(index.of("")).isNull();
    assertThat(index.of(" \t\u3000")).isNull();
  }

  private BlindIndex index(String blindIndexKey) {
    return new BlindIndex(new CryptoProperties(Map.of("dev1", aesKey), "dev1", blindIndexKey));
  }
}
