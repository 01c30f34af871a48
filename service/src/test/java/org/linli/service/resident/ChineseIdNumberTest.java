package org.linli.service.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * All ID numbers here are synthetic: built from an address code, a birth date and a sequence code,
 * with the check character computed by {@link #checkCharacter(String)}.
 */
class ChineseIdNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  /** Province codes the parser must accept, listed independently of the production code. */
  private static final List<String> PROVINCES =
      List.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83", "91");

  // ---- test helpers ---------------------------------------------------------------------------

  /**
   * The ISO 7064 MOD 11-2 check character of 17 digits, computed independently of the production
   * code: weight of position i (1-based) is 2^(18-i) mod 11, and the check value c makes (sum + c)
   * mod 11 equal 1; 10 is written X.
   */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = 1;
      for (int k = 0; k < 17 - i; k++) {
        weight = weight * 2 % 11;
      }
      sum += (first17.charAt(i) - '0') * weight;
    }
    int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /** A synthetic 18-character ID with a correct check character. */
  static String id(String address6, String birthYyyyMmDd, String sequence3) {
    String first17 = address6 + birthYyyyMmDd + sequence3;
    assertThat(first17).hasSize(17);
    return first17 + checkCharacter(first17);
  }

  static String id(String address6, LocalDate birthDate, int sequence) {
    return id(address6, birthDate.format(YYYYMMDD), String.format("%03d", sequence));
  }

  /** A synthetic valid ID whose check character is {@code wanted}. */
  static String idWithCheckCharacter(char wanted) {
    return IntStream.range(0, 1000)
        .mapToObj(seq -> id("330106", LocalDate.of(1985, 3, 7), seq))
        .filter(id -> id.charAt(17) == wanted)
        .findFirst()
        .orElseThrow();
  }

  /** The 17 digits followed by a check character that is certainly wrong. */
  static String withWrongCheckCharacter(String first17) {
    return first17 + (checkCharacter(first17) == '0' ? '1' : '0');
  }

  /** Replaces the last character. */
  static String withLast(String id, char last) {
    return id.substring(0, 17) + last;
  }

  static ChineseIdNumber.Result parse(String raw) {
    return ChineseIdNumber.parse(raw, TODAY);
  }

  // ---- test helper self-check ------------------------------------------------------------------

  @Test
  void testHelper_agreesWithTheWorkedExampleOfGb11643() {
    // the worked example in GB 11643-1999 Annex A
    assertThat(checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(checkCharacter("44052418800101001")).isEqualTo('4');
  }

  // ---- valid numbers ---------------------------------------------------------------------------

  @Test
  void validNumber_yieldsBirthDate_maleGender_andNoProblem() {
    String id = id("110105", "19491001", "123");

    ChineseIdNumber.Result result = parse(id);

    assertThat(result.valid()).isTrue();
    assertThat(result.problem()).isNull();
    assertThat(result.normalized()).isEqualTo(id);
    assertThat(result.birthDate()).isEqualTo(LocalDate.of(1949, 10, 1));
    assertThat(result.gender()).isEqualTo(Gender.MALE);
  }

  @Test
  void gender_isFemale_whenTheSeventeenthDigitIsEven_andMale_whenOdd() {
    for (int digit = 0; digit <= 9; digit++) {
      String id = id("440305", "20010202", "05" + digit);
      assertThat(parse(id).gender())
          .as("17th digit %d", digit)
          .isEqualTo(digit % 2 == 1 ? Gender.MALE : Gender.FEMALE);
    }
  }

  @Test
  void normalization_removesSpaces_andUpperCasesATrailingX() {
    String id = idWithCheckCharacter('X');
    String lowerWithSpaces =
        " "
            + id.substring(0, 6)
            + " "
            + id.substring(6, 14)
            + "\u3000"
            + id.substring(14, 17)
            + "x ";

    ChineseIdNumber.Result result = parse(lowerWithSpaces);

    assertThat(result.valid()).isTrue();
    assertThat(result.normalized()).isEqualTo(id).endsWith("X");
  }

  @Test
  void normalizedForm_isReturnedEvenWhenInvalid() {
    String id = id("110105", "19491001", "123");
    String wrong = withLast(id, id.charAt(17) == '0' ? '1' : '0');

    ChineseIdNumber.Result result = parse(wrong.substring(0, 6) + " " + wrong.substring(6));

    assertThat(result.valid()).isFalse();
    assertThat(result.normalized()).isEqualTo(wrong);
    assertThat(result.birthDate()).isNull();
    assertThat(result.gender()).isNull();
  }

  @Test
  void everyListedProvinceCode_isAccepted() {
    for (String province : PROVINCES) {
      assertThat(parse(id(province + "0101", "19800101", "001")).valid())
          .as("province %s", province)
          .isTrue();
    }
  }

  @Test
  void birthDate_onTheEarliestDayAndToday_isAccepted() {
    assertThat(parse(id("110105", "19000101", "001")).birthDate())
        .isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(parse(id("110105", TODAY, 1)).birthDate()).isEqualTo(TODAY);
    assertThat(parse(id("110105", "20000229", "001")).valid()).isTrue();
  }

  @Test
  void parseWithoutDate_usesTodayInChina() {
    assertThat(ChineseIdNumber.parse(id("110105", "19491001", "123")).valid()).isTrue();
    LocalDate farFuture = LocalDate.now(ChineseIdNumber.CHINA).plusYears(1);
    assertThat(ChineseIdNumber.parse(id("110105", farFuture, 1)).problem()).isEqualTo("BIRTH_DATE");
  }

  // ---- problem codes ---------------------------------------------------------------------------

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "   ",
        "11010519491231002", // 17 characters
        "11010519491231002X1", // 19 characters
        "110105491231002", // first-generation 15-digit number
      })
  void wrongLength_isReportedAsLength(String raw) {
    ChineseIdNumber.Result result = parse(raw);

    assertThat(result.valid()).isFalse();
    assertThat(result.problem()).isEqualTo("LENGTH");
  }

  @Test
  void nullInput_isReportedAsLength_withoutNormalizedForm() {
    ChineseIdNumber.Result result = parse(null);

    assertThat(result.valid()).isFalse();
    assertThat(result.problem()).isEqualTo("LENGTH");
    assertThat(result.normalized()).isNull();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "1101051949123100A2", // letter among the first 17
        "11010519491231X021", // X anywhere but last
        "11010519491231002Y", // last neither digit nor X
        "110105-19491231002", // punctuation
        "１10105194912310021", // full-width digit
        "-11010519491231002", // sign
      })
  void nonDigits_areReportedAsFormat(String raw) {
    assertThat(parse(raw).problem()).isEqualTo("FORMAT");
  }

  @ParameterizedTest(name = "province {0}")
  @ValueSource(
      strings = {
        "00", "10", "16", "20", "24", "30", "38", "47", "55", "60", "66", "72", "84", "92", "99"
      })
  void unknownProvince_isReportedAsRegion(String province) {
    assertThat(parse(id(province + "0101", "19800101", "001")).problem()).isEqualTo("REGION");
  }

  @Test
  void onlyTheListedProvinceCodes_areAccepted() {
    for (int code = 0; code <= 99; code++) {
      String province = String.format("%02d", code);
      String expected = PROVINCES.contains(province) ? null : "REGION";
      assertThat(parse(id(province + "0101", "19800101", "001")).problem())
          .as("province %s", province)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "19900230", // no 30 February
        "19010229", // 1901 is not a leap year
        "19001301", // month 13
        "19900100", // day 0
        "19900001", // month 0
        "00000000",
        "18991231", // before 1900-01-01
        "20250616", // the day after TODAY
        "29991231", // far future
      })
  void impossibleOrOutOfRangeBirthDate_isReportedAsBirthDate(String birth) {
    assertThat(parse(id("110105", birth, "001")).problem()).isEqualTo("BIRTH_DATE");
  }

  @Test
  void wrongCheckCharacter_isReportedAsChecksum() {
    String id = id("110105", "19491001", "123");
    for (char last : "0123456789X".toCharArray()) {
      if (last != id.charAt(17)) {
        ChineseIdNumber.Result result = parse(withLast(id, last));
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).as("check %s", last).isEqualTo("CHECKSUM");
      }
    }
  }

  @Test
  void problems_areReportedInOrder_lengthFormatRegionBirthDateChecksum() {
    assertThat(parse("0001051949023000Y").problem()).isEqualTo("LENGTH");
    assertThat(parse("00010519490230002Y").problem()).isEqualTo("FORMAT");
    assertThat(parse(withWrongCheckCharacter("00010519490230002")).problem()).isEqualTo("REGION");
    assertThat(parse(withWrongCheckCharacter("11010519490230002")).problem())
        .isEqualTo("BIRTH_DATE");
    assertThat(parse(withWrongCheckCharacter("11010519490228002")).problem()).isEqualTo("CHECKSUM");
  }

  @Test
  void resultToString_neverShowsTheFullNumber() {
    String id = id("110105", "19491001", "123");

    assertThat(parse(id).toString()).doesNotContain(id).contains(Masking.idNumber(id));
  }

  // ---- age and minors --------------------------------------------------------------------------

  @Test
  void ageOn_countsCompletedYears() {
    LocalDate birth = LocalDate.of(2000, 6, 15);
    assertThat(ChineseIdNumber.ageOn(birth, birth)).isZero();
    assertThat(ChineseIdNumber.ageOn(birth, LocalDate.of(2025, 6, 14))).isEqualTo(24);
    assertThat(ChineseIdNumber.ageOn(birth, LocalDate.of(2025, 6, 15))).isEqualTo(25);
    assertThat(ChineseIdNumber.ageOn(birth, LocalDate.of(2025, 12, 31))).isEqualTo(25);
  }

  @Test
  void ageOn_rejectsATodayBeforeTheBirthDate() {
    assertThatThrownBy(
            () -> ChineseIdNumber.ageOn(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChineseIdNumber.ageOn(null, TODAY))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void isUnder14_isTrueOnTheDayBeforeThe14thBirthday_andFalseOnIt() {
    LocalDate birth = LocalDate.of(2011, 6, 15);

    assertThat(ChineseIdNumber.isUnder14(birth, LocalDate.of(2025, 6, 14))).isTrue();
    assertThat(ChineseIdNumber.isUnder14(birth, LocalDate.of(2025, 6, 15))).isFalse();
    assertThat(ChineseIdNumber.isUnder14(birth, LocalDate.of(2025, 6, 16))).isFalse();
    assertThat(ChineseIdNumber.isUnder14(birth, birth)).isTrue();
  }

  @Test
  void isUnder14_leapDayChild_turns14OnTheFirstOfMarchInACommonYear() {
    LocalDate birth = LocalDate.of(2012, 2, 29);

    assertThat(ChineseIdNumber.isUnder14(birth, LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(ChineseIdNumber.isUnder14(birth, LocalDate.of(2026, 3, 1))).isFalse();
  }

  @Test
  void isUnder14_worksOnTheBirthDateParsedFromAnId() {
    ChineseIdNumber.Result child = parse(id("310104", "20110616", "042"));
    ChineseIdNumber.Result teen = parse(id("310104", "20110615", "042"));

    assertThat(ChineseIdNumber.isUnder14(child.birthDate(), TODAY)).isTrue();
    assertThat(ChineseIdNumber.isUnder14(teen.birthDate(), TODAY)).isFalse();
  }

  // ---- randomized ------------------------------------------------------------------------------

  /** 1,000 synthetic IDs with random province, birth date and sequence; fixed seed. */
  private static List<String> randomValidIds() {
    SplittableRandom random = new SplittableRandom(0x11A11L);
    long first = LocalDate.of(1900, 1, 1).toEpochDay();
    long last = TODAY.toEpochDay();
    return IntStream.range(0, 1_000)
        .mapToObj(
            n -> {
              String address =
                  PROVINCES.get(random.nextInt(PROVINCES.size()))
                      + String.format("%04d", random.nextInt(10_000));
              LocalDate birth = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
              return id(address, birth, random.nextInt(1000));
            })
        .toList();
  }

  @Test
  void randomized_everyGeneratedValidId_parsesValid_withItsBirthDateAndGender() {
    for (String id : randomValidIds()) {
      ChineseIdNumber.Result result = parse(id);

      assertThat(result.valid()).as(id).isTrue();
      assertThat(result.birthDate()).isEqualTo(LocalDate.parse(id.substring(6, 14), YYYYMMDD));
      assertThat(result.gender())
          .isEqualTo((id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
    }
  }

  @Test
  void randomized_changingAnySingleDigitOfTheFirst17_alwaysBreaksTheChecksum() {
    int checksumFailures = 0;
    for (String id : randomValidIds()) {
      for (int position = 0; position < 17; position++) {
        for (char digit = '0'; digit <= '9'; digit++) {
          if (digit == id.charAt(position)) {
            continue;
          }
          String mutated = id.substring(0, position) + digit + id.substring(position + 1);
          String mutatedBody = mutated.substring(0, 17);

          // the check character of the mutated body always differs from the original one ...
          assertThat(checkCharacter(mutatedBody)).as(mutated).isNotEqualTo(id.charAt(17));
          // ... so the mutated number is never valid
          ChineseIdNumber.Result result = parse(mutated);
          assertThat(result.valid()).as(mutated).isFalse();
          // and whenever the mutated body is otherwise fine (it is valid with a recomputed check
          // character), the problem reported is exactly CHECKSUM
          ChineseIdNumber.Result repaired = parse(mutatedBody + checkCharacter(mutatedBody));
          if (repaired.valid()) {
            assertThat(result.problem()).as(mutated).isEqualTo("CHECKSUM");
            checksumFailures++;
          } else {
            assertThat(result.problem())
                .as(mutated)
                .isEqualTo(repaired.problem())
                .isIn("REGION", "BIRTH_DATE");
          }
        }
      }
    }
    // most single-digit changes keep the region and date plausible and are caught by the checksum
    assertThat(checksumFailures).isGreaterThan(100_000);
  }
}
