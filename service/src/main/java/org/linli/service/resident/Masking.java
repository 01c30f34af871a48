package org.linli.service.resident;

import java.util.List;

/**
 * Server-side masking of resident personal information for display, export and logs (PIPL Art. 51,
 * GB/T 35273-2020 §7.2: de-identify what is shown on screens and paper, on the server).
 *
 * <p>Every method is pure, thread-safe and null-tolerant: a {@code null} input gives a {@code null}
 * output unless stated otherwise. Lengths are counted in Unicode code points, so a character
 * outside the Basic Multilingual Plane (for example a rare Han character) is masked by exactly one
 * {@code *}. No method ever returns more of the input than its contract names; a value too short to
 * keep the named parts is masked completely.
 */
public final class Masking {

  /** The mask character. */
  public static final char MASK = '*';

  /** What {@link #text(String)} and {@link #address} show in place of hidden content. */
  public static final String HIDDEN = "***";

  /**
   * Common Chinese compound (two-character) surnames. {@link #name(String)} keeps both characters
   * of these surnames when the name has three or more characters.
   */
  public static final List<String> COMPOUND_SURNAMES =
      List.of(
          "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
          "端木", "独孤", "南宫", "西门", "申屠");

  private Masking() {}

  /**
   * A user's name as lists show it: the registry name when bound, else the nickname, masked (see
   * {@link #name}); a neutral label ({@code 居民} and the last four digits of the user id) without
   * either.
   */
  public static String displayName(String name, long userId) {
    return name == null || name.isBlank() ? "居民" + userId % 10000 : name(name);
  }

  /**
   * Masks a resident identity card number: keeps the first 4 and the last 4 characters and replaces
   * every character in between with one {@code *}, so the result is exactly as long as the input.
   *
   * <p>{@code "310101199001011234"} → {@code "3101**********1234"}. An input of 8 characters or
   * fewer is masked completely ({@code "12345678"} → {@code "********"}). The input is not
   * normalized or validated; pass {@link ChineseIdNumber.Result#normalized()} for a canonical
   * display.
   *
   * @param idNumber the ID number, or {@code null}
   * @return the masked number, or {@code null} when {@code idNumber} is {@code null}
   */
  public static String idNumber(String idNumber) {
    if (idNumber == null) {
      return null;
    }
    return keepEnds(idNumber.codePoints().toArray(), 4, 4);
  }

  /**
   * Masks a phone number.
   *
   * <ul>
   *   <li>Exactly 11 ASCII digits (a mainland mobile number): first 3 + {@code ****} + last 4,
   *       {@code "13812345678"} → {@code "138****5678"}.
   *   <li>Any other value longer than 4 characters: keeps the last 4 characters and replaces every
   *       other character with one {@code *}, {@code "021-12345678"} → {@code "********5678"}.
   *   <li>A value of 4 characters or fewer is masked completely, because keeping the last 4 would
   *       reveal all of it.
   * </ul>
   *
   * <p>The input is not normalized; use {@link PhoneNumber#normalizeMobile(String)} first to get
   * the 11-digit form of numbers written as {@code +86 138-1234-5678}.
   *
   * @param phone the phone number, or {@code null}
   * @return the masked number, or {@code null} when {@code phone} is {@code null}
   */
  public static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    if (phone.length() == 11 && phone.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return phone.substring(0, 3) + "****" + phone.substring(7);
    }
    return keepEnds(phone.codePoints().toArray(), 0, 4);
  }

  /**
   * Masks a person's name. Surrounding whitespace is removed first.
   *
   * <ul>
   *   <li>A name of one character: {@code *}.
   *   <li>A name starting with a Han character: keeps the first character and replaces each other
   *       character with one {@code *}: {@code "张三"} → {@code "张*"}, {@code "王小明"} → {@code "王**"}.
   *       If the name starts with one of {@link #COMPOUND_SURNAMES} and has 3 or more characters,
   *       both surname characters are kept: {@code "欧阳娜娜"} → {@code "欧阳**"}, while {@code "欧阳"}
   *       alone → {@code "欧*"}. (A name whose single-character surname happens to be followed by a
   *       given name forming a listed pair, such as 东 + 方X, is treated as compound; it keeps one
   *       more character than strictly needed.)
   *   <li>Any other name (Latin script and others): the first character + {@code ***}, whatever its
   *       length, so the length is not revealed: {@code "Alice Smith"} → {@code "A***"}.
   * </ul>
   *
   * @param name the name, or {@code null}
   * @return the masked name; {@code ""} for a blank name; {@code null} when {@code name} is {@code
   *     null}
   */
  public static String name(String name) {
    if (name == null) {
      return null;
    }
    int[] cps = name.strip().codePoints().toArray();
    if (cps.length == 0) {
      return "";
    }
    if (cps.length == 1) {
      return String.valueOf(MASK);
    }
    if (Character.UnicodeScript.of(cps[0]) != Character.UnicodeScript.HAN) {
      return new String(cps, 0, 1) + HIDDEN;
    }
    int keep = cps.length >= 3 && COMPOUND_SURNAMES.contains(new String(cps, 0, 2)) ? 2 : 1;
    return keepEnds(cps, keep, 0);
  }

  /**
   * Masks a residential address to building level: returns the building followed by a space and
   * {@code ***}, {@code ("3号楼", "2单元", "301")} → {@code "3号楼 ***"}. The unit and the room are never
   * shown; they are parameters so that call sites pass the whole address and cannot leak it by
   * concatenating it themselves.
   *
   * @param building the building, for example {@code "3号楼"}; surrounding whitespace is removed
   * @param unit the unit, ignored (may be {@code null})
   * @param room the room, ignored (may be {@code null})
   * @return {@code building + " ***"}, or just {@code "***"} when {@code building} is {@code null}
   *     or blank; never {@code null}
   */
  public static String address(String building, String unit, String room) {
    if (building == null || building.isBlank()) {
      return HIDDEN;
    }
    return building.strip() + " " + HIDDEN;
  }

  /**
   * Hides a sensitive free-text note (for example a health or disability note) completely.
   *
   * @param text the note, or {@code null}
   * @return {@code "***"} when {@code text} is non-empty (even if only whitespace), {@code ""} when
   *     it is empty, {@code null} when it is {@code null}
   */
  public static String text(String text) {
    if (text == null) {
      return null;
    }
    return text.isEmpty() ? "" : HIDDEN;
  }

  /**
   * Keeps {@code head} leading and {@code tail} trailing code points and replaces each other code
   * point with {@link #MASK}; masks everything when the value is not longer than {@code head +
   * tail}.
   */
  private static String keepEnds(int[] cps, int head, int tail) {
    if (cps.length <= head + tail) {
      return String.valueOf(MASK).repeat(cps.length);
    }
    StringBuilder out = new StringBuilder(cps.length + head + tail);
    out.append(new String(cps, 0, head));
    out.append(String.valueOf(MASK).repeat(cps.length - head - tail));
    out.append(new String(cps, cps.length - tail, tail));
    return out.toString();
  }
}
