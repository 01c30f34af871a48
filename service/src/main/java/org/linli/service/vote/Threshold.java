package org.linli.service.vote;

/**
 * A share that a part must reach of a whole: at least {@code numerator/denominator} ("以上", Civil
 * Code Art. 1259, includes the number itself) or, when {@code strict}, more than it ("过半数").
 * Compared by cross-multiplication, never in floating point.
 */
public record Threshold(long numerator, long denominator, boolean strict) {

  public static final Threshold TWO_THIRDS = new Threshold(2, 3, false);
  public static final Threshold THREE_QUARTERS = new Threshold(3, 4, false);
  public static final Threshold MORE_THAN_HALF = new Threshold(1, 2, true);

  public Threshold {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("a share between 0 and 1 is required");
    }
  }

  /** Whether {@code part} reaches this share of {@code whole} (an empty whole is never reached). */
  public boolean reached(long part, long whole) {
    if (whole <= 0) {
      return false;
    }
    long left = Math.multiplyExact(part, denominator);
    long right = Math.multiplyExact(numerator, whole);
    return strict ? left > right : left >= right;
  }

  /**
   * The smallest amount to add to {@code part} (the whole unchanged) for the share to be reached; 0
   * when it already is.
   */
  public long missing(long part, long whole) {
    if (whole <= 0) {
      return 0;
    }
    // Smallest x with (part + x) * den >= num * whole (or > when strict).
    long needed = Math.multiplyExact(numerator, whole);
    long target = strict ? needed + 1 : needed;
    long minPart = Math.floorDiv(target + denominator - 1, denominator);
    return Math.max(0, minPart - part);
  }

  /**
   * The smallest number of approving participants to add (each adding to both the approving and the
   * participating side) for the share of approving over participating to be reached.
   */
  public long missingApprovals(long approving, long participating) {
    if (reached(approving, participating) && participating > 0) {
      return 0;
    }
    // Smallest k with (a + k) * den >= num * (p + k)  <=>  k * (den - num) >= num * p - a * den.
    long slack = denominator - numerator;
    long deficit =
        Math.multiplyExact(numerator, participating) - Math.multiplyExact(approving, denominator);
    if (strict) {
      deficit += 1;
    }
    if (slack == 0) {
      return deficit <= 0 ? 0 : Long.MAX_VALUE;
    }
    long k = Math.max(0, Math.floorDiv(deficit + slack - 1, slack));
    // An empty vote needs at least one approving participant.
    return Math.max(k, participating == 0 ? 1 : 0);
  }
}
