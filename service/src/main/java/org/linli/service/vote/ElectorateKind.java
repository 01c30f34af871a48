package org.linli.service.vote;

/**
 * Who votes. OWNERS: owners by room, counted by the Supreme People's Court's interpretation (Art.
 * 8-9) with floor area and headcount. ADULT_RESIDENTS: every resident aged 18 or more living in the
 * scope (residents' meeting, 居民会议). HOUSEHOLDS: one representative per household.
 */
public enum ElectorateKind {
  OWNERS,
  ADULT_RESIDENTS,
  HOUSEHOLDS;

  /** The stable name of the counting policy this electorate is frozen and counted by. */
  public String countingPolicy() {
    return switch (this) {
      case OWNERS -> "SPC_2020_ART8_9";
      case ADULT_RESIDENTS -> "RESIDENTS_18_PLUS";
      case HOUSEHOLDS -> "ONE_PER_HOUSEHOLD";
    };
  }
}
