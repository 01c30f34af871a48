package org.linli.service.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

  @Test
  void idNumber_keepsFirstFourAndLastFour_andMasksEachMiddleCharacter() {
    assertThat(Masking.idNumber("310101199001011234")).isEqualTo("3101**********1234");
    assertThat(Masking.idNumber("11010520000101002X")).isEqualTo("1101**********002X");
    assertThat(Masking.idNumber("123456789")).isEqualTo("1234*6789");
  }

  @Test
  void idNumber_masksEverything_whenEightCharactersOrFewer() {
    assertThat(Masking.idNumber("12345678")).isEqualTo("********");
    assertThat(Masking.idNumber("1234")).isEqualTo("****");
    assertThat(Masking.idNumber("")).isEmpty();
  }

  @Test
  void idNumber_returnsNull_forNull() {
    assertThat(Masking.idNumber(null)).isNull();
  }

  @Test
  void idNumber_randomized_keepsLengthAndEnds_andHidesTheMiddle() {
    SplittableRandom random = new SplittableRandom(20240601L);
    for (int n = 0; n < 1_000; n++) {
      int length = random.nextInt(0, 25);
      StringBuilder raw = new StringBuilder();
      for (int i = 0; i < length; i++) {
        raw.append((char) ('0' + random.nextInt(10)));
      }
      String id = raw.toString();
      String masked = Masking.idNumber(id);

      assertThat(masked).hasSize(id.length());
      if (id.length() <= 8) {
        assertThat(masked).matches("\\**");
      } else {
        assertThat(masked)
            .startsWith(id.substring(0, 4))
            .endsWith(id.substring(id.length() - 4))
            .contains("*".repeat(id.length() - 8));
      }
    }
  }

  @Test
  void phone_mainlandMobile_keepsFirstThreeAndLastFour() {
    assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    assertThat(Masking.phone("19900001111")).isEqualTo("199****1111");
  }

  @Test
  void phone_otherLengths_keepOnlyTheLastFour() {
    assertThat(Masking.phone("021-12345678")).isEqualTo("********5678");
    assertThat(Masking.phone("+8613812345678")).isEqualTo("**********5678");
    assertThat(Masking.phone("12345")).isEqualTo("*2345");
    // eleven characters that are not all digits are not a mobile number
    assertThat(Masking.phone("0571-123456")).isEqualTo("*******3456");
  }

  @Test
  void phone_masksEverything_whenFourCharactersOrFewer() {
    assertThat(Masking.phone("1234")).isEqualTo("****");
    assertThat(Masking.phone("110")).isEqualTo("***");
    assertThat(Masking.phone("")).isEmpty();
  }

  @Test
  void phone_returnsNull_forNull() {
    assertThat(Masking.phone(null)).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "张三, 张*",
    "王小明, 王**",
    "李, *",
    "欧阳娜娜, 欧阳**",
    "欧阳锋, 欧阳*",
    "欧阳, 欧*",
    "司马相如, 司马**",
    "诸葛亮, 诸葛*",
    "上官婉儿, 上官**",
    "申屠嘉, 申屠*",
    "阿卜杜·热合曼, 阿******",
  })
  void name_chinese_keepsTheSurname_andMasksEachOtherCharacter(String name, String expected) {
    assertThat(Masking.name(name)).isEqualTo(expected);
  }

  @Test
  void name_everyListedCompoundSurname_isKeptWhole_inAThreeCharacterName() {
    for (String surname : Masking.COMPOUND_SURNAMES) {
      assertThat(Masking.name(surname + "明")).isEqualTo(surname + "*");
      assertThat(Masking.name(surname)).isEqualTo(surname.charAt(0) + "*");
    }
    assertThat(Masking.COMPOUND_SURNAMES).hasSize(20).doesNotHaveDuplicates();
  }

  @Test
  void name_latin_keepsTheFirstLetterAndHidesTheLength() {
    assertThat(Masking.name("Alice Smith")).isEqualTo("A***");
    assertThat(Masking.name("Li")).isEqualTo("L***");
    assertThat(Masking.name("Bartholomew")).isEqualTo("B***");
  }

  @Test
  void name_singleCharacter_isFullyMasked() {
    assertThat(Masking.name("李")).isEqualTo("*");
    assertThat(Masking.name("A")).isEqualTo("*");
  }

  @Test
  void name_countsSupplementaryCharactersAsOne() {
    // U+20BB7 (𠮷) is outside the BMP and takes two Java chars
    assertThat(Masking.name("𠮷三")).isEqualTo("𠮷*");
    assertThat(Masking.name("王𠮷")).isEqualTo("王*");
    assertThat(Masking.name("王𠮷𠮷")).isEqualTo("王**");
  }

  @Test
  void name_stripsSurroundingWhitespace_andHandlesNullAndBlank() {
    assertThat(Masking.name("  张三 ")).isEqualTo("张*");
    assertThat(Masking.name("   ")).isEmpty();
    assertThat(Masking.name(null)).isNull();
  }

  @Test
  void address_showsTheBuildingOnly() {
    assertThat(Masking.address("3号楼", "2单元", "301")).isEqualTo("3号楼 ***");
    assertThat(Masking.address(" 12栋 ", null, null)).isEqualTo("12栋 ***");
  }

  @Test
  void address_withoutBuilding_isFullyHidden() {
    assertThat(Masking.address(null, "2单元", "301")).isEqualTo("***");
    assertThat(Masking.address("  ", "2单元", "301")).isEqualTo("***");
  }

  @Test
  void address_neverContainsUnitOrRoom() {
    assertThat(Masking.address("3号楼", "2单元", "301")).doesNotContain("2单元", "301");
  }

  @Test
  void text_hidesAnyNonEmptyNote_andKeepsNullAndEmpty() {
    assertThat(Masking.text("二级肢体残疾")).isEqualTo("***");
    assertThat(Masking.text(" ")).isEqualTo("***");
    assertThat(Masking.text("")).isEmpty();
    assertThat(Masking.text(null)).isNull();
  }
}
