package org.linli.service.resident;

import java.util.List;

/** Aggregates over a community's registry (the numbers votes will use). */
public record RegistryStatisticsView(
    long residents,
    long households,
    List<KeyCount> byBuilding,
    List<KeyCount> byAgeBand,
    List<KeyCount> byResidenceKind,
    List<KeyCount> byTag,
    List<AreaByPlace> ownership) {

  /** A group and its size. */
  public record KeyCount(String key, long count) {}

  /**
   * Owned rooms, distinct owners and their total area for a building ({@code unit} null) or unit.
   */
  public record AreaByPlace(
      String building, String unit, long ownedRooms, long owners, long areaCentiM2) {}
}
