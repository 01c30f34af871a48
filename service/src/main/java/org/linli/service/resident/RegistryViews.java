package org.linli.service.resident;

import java.util.List;

/** Read models of the registry's places. */
public final class RegistryViews {

  private RegistryViews() {}

  /** A building with its units. */
  public record BuildingView(long id, String name, List<UnitView> units) {
    public BuildingView {
      units = List.copyOf(units);
    }
  }

  /** A unit of a building. */
  public record UnitView(long id, long buildingId, String name) {}

  /** A room; area in hundredths of a square metre. */
  public record RoomView(
      long id,
      long buildingId,
      long unitId,
      String number,
      Integer floor,
      long areaCentiM2,
      String areaSource,
      boolean developerUnsold) {}

  /** A household living in a room. */
  public record HouseholdView(long id, long roomId) {}

  /** That a resident owns (part of) a room. */
  public record OwnershipView(long id, long roomId, long residentId) {}

  /** A new room. */
  public record RoomCommand(
      String number, Integer floor, long areaCentiM2, String areaSource, boolean developerUnsold) {}
}
