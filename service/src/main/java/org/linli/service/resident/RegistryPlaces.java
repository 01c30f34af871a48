package org.linli.service.resident;

import java.util.HashMap;
import java.util.Map;
import org.linli.persistence.resident.BuildingEntity;
import org.linli.persistence.resident.BuildingMapper;
import org.linli.persistence.resident.BuildingUnitEntity;
import org.linli.persistence.resident.BuildingUnitMapper;
import org.linli.persistence.resident.RoomEntity;
import org.linli.persistence.resident.RoomMapper;
import org.springframework.stereotype.Component;

/**
 * Every room of the current community with its building and unit names, loaded in three queries.
 */
@Component
class RegistryPlaces {

  /** A room's place. */
  record Place(long roomId, String building, String unit, String room) {}

  private final BuildingMapper buildings;
  private final BuildingUnitMapper units;
  private final RoomMapper rooms;

  RegistryPlaces(BuildingMapper buildings, BuildingUnitMapper units, RoomMapper rooms) {
    this.buildings = buildings;
    this.units = units;
    this.rooms = rooms;
  }

  /** Places by room id. Call inside the caller's transaction and community scope. */
  Map<Long, Place> byRoom() {
    Map<Long, String> buildingNames = new HashMap<>();
    for (BuildingEntity b : buildings.listAll()) {
      buildingNames.put(b.getId(), b.getName());
    }
    Map<Long, String> unitNames = new HashMap<>();
    for (BuildingUnitEntity u : units.listAll()) {
      unitNames.put(u.getId(), u.getName());
    }
    Map<Long, Place> places = new HashMap<>();
    for (RoomEntity r : rooms.list(null, null)) {
      places.put(
          r.getId(),
          new Place(
              r.getId(),
              buildingNames.get(r.getBuildingId()),
              unitNames.get(r.getUnitId()),
              r.getNumber()));
    }
    return places;
  }
}
