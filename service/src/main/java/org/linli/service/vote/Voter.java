package org.linli.service.vote;

/**
 * One counted voter of a frozen electorate, after the counting rules: all of the developer's unsold
 * rooms together, one buyer's several rooms together, a co-owned room's owners together.
 *
 * @param key stable key of the voter in the electorate
 * @param areaHundredths the voter's exclusive area in hundredths of m² (0 for a residents' meeting)
 */
public record Voter(String key, long areaHundredths) {

  public Voter {
    if (areaHundredths < 0) {
      throw new IllegalArgumentException("area must not be negative");
    }
  }
}
