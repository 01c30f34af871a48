package org.linli.service.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "13812345678",
        " 138 1234 5678 ",
        "138-1234-5678",
        "+8613812345678",
        "+86 138 1234 5678",
        "+86-138-1234-5678",
        "8613812345678",
        "86 13812345678",
        "008613812345678",
        "0086 138 1234 5678",
        "138\u30001234\u00a05678", // ideographic and no-break spaces
        "138－1234—5678", // full-width hyphen and em dash
      })
  void normalizeMobile_acceptsCommonWritings_andReturnsTheElevenDigitForm(String raw) {
    assertThat(PhoneNumber.normalizeMobile(raw)).contains("13812345678");
  }

  @Test
  void normalizeMobile_acceptsEverySecondDigitFromThreeToNine() {
    for (char second = '3'; second <= '9'; second++) {
      String number = "1" + second + "012345678";
      assertThat(PhoneNumber.normalizeMobile(number)).contains(number);
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "   ",
        "12812345678", // second digit 2
        "10812345678", // second digit 0
        "23812345678", // does not start with 1
        "1381234567", // 10 digits
        "138123456789", // 12 digits
        "021-12345678", // landline
        "+1 415 555 0100", // other country
        "+85 13812345678", // other prefix
        "+86+8613812345678", // prefix twice
        "(138)12345678", // parentheses are not stripped
        "138.1234.5678", // dots are not stripped
        "１３８１２３４５６７８", // full-width digits
        "1381234567a",
      })
  void normalizeMobile_rejectsWhatIsNotAMainlandMobile(String raw) {
    assertThat(PhoneNumber.normalizeMobile(raw)).isEmpty();
  }

  @Test
  void normalizeMobile_returnsEmpty_forNull() {
    assertThat(PhoneNumber.normalizeMobile(null)).isEmpty();
  }

  @Test
  void randomized_formattedMobiles_normalizeBack_andMaskConsistently() {
    SplittableRandom random = new SplittableRandom(86L);
    String[] prefixes = {"", "+86", "+86 ", "86", "0086", "0086-"};
    for (int n = 0; n < 1_000; n++) {
      StringBuilder digits = new StringBuilder("1").append((char) ('3' + random.nextInt(7)));
      for (int i = 0; i < 9; i++) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      String number = digits.toString();
      StringBuilder written = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      for (char c : number.toCharArray()) {
        written.append(c);
        int separator = random.nextInt(6);
        if (separator == 0) {
          written.append(' ');
        } else if (separator == 1) {
          written.append('-');
        }
      }

      assertThat(PhoneNumber.normalizeMobile(written.toString()))
          .as(written.toString())
          .contains(number);
      assertThat(Masking.phone(number))
          .isEqualTo(number.substring(0, 3) + "****" + number.substring(7));
    }
  }
}
