package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Aggregates over the current community's registry. Residents whose processing is restricted are
 * left out of every figure.
 */
public interface RegistryStatisticsMapper extends BaseMapper<ResidentEntity> {

  @Select("SELECT COUNT(*) FROM resident WHERE restricted_at IS NULL")
  long residents();

  @Select(
      "SELECT b.name AS k, COUNT(*) AS c FROM resident r"
          + " JOIN household h ON h.id = r.household_id"
          + " JOIN room m ON m.id = h.room_id"
          + " JOIN building b ON b.id = m.building_id"
          + " WHERE r.restricted_at IS NULL"
          + " GROUP BY b.id, b.name ORDER BY b.id")
  List<KeyCountRow> residentsByBuilding();

  @Select(
      "SELECT CASE WHEN birth_date IS NULL THEN 'UNKNOWN' ELSE CONCAT("
          + "FLOOR(TIMESTAMPDIFF(YEAR, birth_date, #{today}) / 10) * 10, '-',"
          + " FLOOR(TIMESTAMPDIFF(YEAR, birth_date, #{today}) / 10) * 10 + 9) END AS k,"
          + " COUNT(*) AS c FROM resident WHERE restricted_at IS NULL GROUP BY k ORDER BY k")
  List<KeyCountRow> residentsByAgeBand(@Param("today") LocalDate today);

  @Select(
      "SELECT residence_kind AS k, COUNT(*) AS c FROM resident WHERE restricted_at IS NULL"
          + " GROUP BY residence_kind"
          + " ORDER BY residence_kind")
  List<KeyCountRow> residentsByKind();

  @Select("SELECT tags FROM resident WHERE tags IS NOT NULL AND restricted_at IS NULL")
  List<String> tagLists();

  /**
   * Owned rooms with their owners; an owner whose processing is restricted comes as a null resident
   * id (the room and its area still count).
   */
  @Select(
      "SELECT m.id AS room_id, b.name AS building, u.name AS unit, m.area_centi_m2,"
          + " CASE WHEN r.restricted_at IS NULL THEN o.resident_id END AS resident_id"
          + " FROM ownership o JOIN resident r ON r.id = o.resident_id"
          + " JOIN room m ON m.id = o.room_id"
          + " JOIN building b ON b.id = m.building_id JOIN building_unit u ON u.id = m.unit_id"
          + " ORDER BY b.id, u.id, m.id")
  List<OwnedRoomRow> ownedRooms();
}
