package org.linli.service.resident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Validation of the 18-character resident identity card number (公民身份号码, GB 11643-1999) and the age
 * rules that follow from it.
 *
 * <p>Layout (1-based positions): 1-6 address code, whose first two digits are the province; 7-14
 * birth date {@code yyyyMMdd}; 15-17 sequence code, whose last digit (position 17) is odd for men
 * and even for women; 18 check character ({@code 0}-{@code 9} or {@code X}) computed with ISO 7064
 * MOD 11-2. The 15-digit numbers of the first-generation card are not accepted.
 *
 * <p>PIPL Art. 28 makes all personal information of a minor under 14 sensitive and Art. 31 requires
 * a guardian's consent for processing it; {@link #isUnder14(LocalDate, LocalDate)} draws that line.
 *
 * <p>This class never logs, and {@link Result#toString()} masks the number.
 */
public final class ChineseIdNumber {

  /** Length of the number. */
  public static final int LENGTH = 18;

  /** Earliest accepted birth date. */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  /** Time zone whose calendar date "today" refers to in {@link #parse(String)}. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Age from which a person is no longer a minor under 14 in the sense of PIPL Art. 28/31. */
  public static final int GUARDIAN_CONSENT_AGE = 14;

  /** Problem code: not 18 characters after normalization. */
  public static final String LENGTH_PROBLEM = "LENGTH";

  /** Problem code: the first 17 characters are not all digits, or the last is not a digit or X. */
  public static final String FORMAT_PROBLEM = "FORMAT";

  /** Problem code: the first two digits are not an accepted province-level code. */
  public static final String REGION_PROBLEM = "REGION";

  /** Problem code: positions 7-14 are not a real date between 1900-01-01 and today. */
  public static final String BIRTH_DATE_PROBLEM = "BIRTH_DATE";

  /** Problem code: the 18th character does not match the GB 11643 check character. */
  public static final String CHECKSUM_PROBLEM = "CHECKSUM";

  /**
   * Accepted province-level codes (first two digits, GB/T 2260 plus permit schemes): 11-15 North
   * China (Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia); 21-23 Northeast (Liaoning, Jilin,
   * Heilongjiang); 31-37 East China (Shanghai, Jiangsu, Zhejiang, Anhui, Fujian, Jiangxi,
   * Shandong); 41-46 Central South (Henan, Hubei, Hunan, Guangdong, Guangxi, Hainan); 50-54
   * Southwest (Chongqing, Sichuan, Guizhou, Yunnan, Tibet); 61-65 Northwest (Shaanxi, Gansu,
   * Qinghai, Ningxia, Xinjiang); 71 Taiwan; 81 Hong Kong and 82 Macao (residence permits for Hong
   * Kong and Macao residents); 83 Taiwan (residence permits for Taiwan residents); 91 (the
   * foreigners' permanent residence ID card, whose numbers begin with 9).
   */
  public static final Set<String> REGION_CODES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83", "91");

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  private ChineseIdNumber() {}

  /**
   * The outcome of {@link #parse}.
   *
   * <p>{@code normalized} is the input with all whitespace removed and a trailing lower-case {@code
   * x} upper-cased; it is present whenever the input was not {@code null}, valid or not, so it can
   * be stored or shown (masked) to the operator. {@code birthDate} and {@code gender} are present
   * only when {@code valid}. {@code problem} is {@code null} exactly when {@code valid}, otherwise
   * one of the stable codes {@code LENGTH}, {@code FORMAT}, {@code REGION}, {@code BIRTH_DATE},
   * {@code CHECKSUM}, reporting the first failed check in that order.
   *
   * @param valid whether the number passed every check
   * @param normalized the normalized input, {@code null} only for a {@code null} input
   * @param problem the first failed check, {@code null} when valid
   * @param birthDate the encoded birth date, {@code null} unless valid
   * @param gender the encoded gender, {@code null} unless valid
   */
  public record Result(
      boolean valid, String normalized, String problem, LocalDate birthDate, Gender gender) {

    private static Result invalid(String normalized, String problem) {
      return new Result(false, normalized, problem, null, null);
    }

    /** Shows the validity, the problem and the masked number only (never the full number). */
    @Override
    public String toString() {
      return "Result[valid="
          + valid
          + ", normalized="
          + Masking.idNumber(normalized)
          + ", problem="
          + problem
          + "]";
    }
  }

  /**
   * Parses and validates a resident identity card number against today's date in China ({@link
   * #CHINA}).
   *
   * @param raw the number as entered, or {@code null}
   * @return the result; never {@code null}
   * @see #parse(String, LocalDate)
   */
  public static Result parse(String raw) {
    return parse(raw, LocalDate.now(CHINA));
  }

  /**
   * Parses and validates a resident identity card number.
   *
   * <p>Normalization removes every whitespace character (including the ideographic space U+3000 and
   * no-break spaces) and upper-cases a trailing {@code x}. The checks, in order, with the problem
   * code reported for the first one failing: {@code LENGTH} 18 characters; {@code FORMAT} 17 ASCII
   * digits followed by an ASCII digit or {@code X}; {@code REGION} the first two digits are in
   * {@link #REGION_CODES}; {@code BIRTH_DATE} positions 7-14 are a real {@code yyyyMMdd} date, not
   * before {@link #EARLIEST_BIRTH_DATE} and not after {@code today}; {@code CHECKSUM} the 18th
   * character equals the GB 11643 check character. A {@code null} input gives {@code LENGTH}.
   *
   * @param raw the number as entered, or {@code null}
   * @param today the date against which a future birth date is rejected
   * @return the result; never {@code null}
   * @throws NullPointerException if {@code today} is {@code null}
   */
  public static Result parse(String raw, LocalDate today) {
    Objects.requireNonNull(today, "today");
    if (raw == null) {
      return Result.invalid(null, LENGTH_PROBLEM);
    }
    String id = normalize(raw);
    if (id.length() != LENGTH) {
      return Result.invalid(id, LENGTH_PROBLEM);
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      if (!isAsciiDigit(id.charAt(i))) {
        return Result.invalid(id, FORMAT_PROBLEM);
      }
    }
    char last = id.charAt(LENGTH - 1);
    if (!isAsciiDigit(last) && last != 'X') {
      return Result.invalid(id, FORMAT_PROBLEM);
    }
    if (!REGION_CODES.contains(id.substring(0, 2))) {
      return Result.invalid(id, REGION_PROBLEM);
    }
    LocalDate birthDate = birthDate(id);
    if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today)) {
      return Result.invalid(id, BIRTH_DATE_PROBLEM);
    }
    if (checkCharacter(id) != last) {
      return Result.invalid(id, CHECKSUM_PROBLEM);
    }
    Gender gender = (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    return new Result(true, id, null, birthDate, gender);
  }

  /**
   * Age in completed years (周岁) on {@code today}. A person turns one year older on the anniversary
   * of the birth date; someone born on 29 February turns older on 1 March in common years.
   *
   * @param birthDate the birth date
   * @param today the date on which the age is wanted
   * @return the age, {@code >= 0}
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code today} is before {@code birthDate}
   */
  public static int ageOn(LocalDate birthDate, LocalDate today) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(today, "today");
    if (today.isBefore(birthDate)) {
      throw new IllegalArgumentException("today is before the birth date");
    }
    return Period.between(birthDate, today).getYears();
  }

  /**
   * Whether a person is a minor under 14 on {@code today} (PIPL Art. 28/31: all their personal
   * information is sensitive and processing needs a guardian's consent). True up to and including
   * the day before the 14th birthday, false from the 14th birthday on.
   *
   * @param birthDate the birth date
   * @param today the date of the decision
   * @return {@code ageOn(birthDate, today) < 14}
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code today} is before {@code birthDate}
   */
  public static boolean isUnder14(LocalDate birthDate, LocalDate today) {
    return ageOn(birthDate, today) < GUARDIAN_CONSENT_AGE;
  }

  private static String normalize(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    int end = out.length() - 1;
    if (end >= 0 && out.charAt(end) == 'x') {
      out.setCharAt(end, 'X');
    }
    return out.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The encoded birth date, or {@code null} if positions 7-14 are not a real date. */
  private static LocalDate birthDate(String id) {
    int year = Integer.parseInt(id.substring(6, 10));
    int month = Integer.parseInt(id.substring(10, 12));
    int day = Integer.parseInt(id.substring(12, 14));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The GB 11643 check character of the first 17 digits of {@code id}. */
  private static char checkCharacter(String id) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }
}
