package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Rooms of the current community. */
public interface RoomMapper extends BaseMapper<RoomEntity> {
  /** The room of a unit with this number, or {@code null}. */
  default RoomEntity findByNumber(long unitId, String number) {
    return selectOne(
        Wrappers.<RoomEntity>lambdaQuery()
            .eq(RoomEntity::getUnitId, unitId)
            .eq(RoomEntity::getNumber, number));
  }

  /** Rooms, optionally of one building and/or unit, in id order. */
  default List<RoomEntity> list(Long buildingId, Long unitId) {
    return selectList(
        Wrappers.<RoomEntity>lambdaQuery()
            .eq(buildingId != null, RoomEntity::getBuildingId, buildingId)
            .eq(unitId != null, RoomEntity::getUnitId, unitId)
            .orderByAsc(RoomEntity::getId));
  }
}
