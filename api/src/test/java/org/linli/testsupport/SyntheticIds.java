package org.linli.testsupport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Synthetic, checksum-valid resident ID numbers (GB 11643) for tests: never a real person's. */
public final class SyntheticIds {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private SyntheticIds() {}

  /**
   * An ID number for a birth date.
   *
   * @param sequence 0..999, the order code (its last digit odd for men)
   * @param regionOffset added to region 110101 (Beijing), to vary the first six digits
   */
  public static String idNumber(LocalDate birth, int sequence, int regionOffset) {
    String body =
        (110101 + regionOffset)
            + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", sequence);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }
}
