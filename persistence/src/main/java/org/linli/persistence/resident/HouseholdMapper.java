package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Households of the current community. */
public interface HouseholdMapper extends BaseMapper<HouseholdEntity> {

  /** Every household of the current community. */
  default List<HouseholdEntity> listAll() {
    return selectList(Wrappers.<HouseholdEntity>lambdaQuery().orderByAsc(HouseholdEntity::getId));
  }

  /** Ids of the households living in the given rooms. */
  default List<Long> idsInRooms(List<Long> roomIds) {
    if (roomIds.isEmpty()) {
      return List.of();
    }
    return selectList(
            Wrappers.<HouseholdEntity>lambdaQuery().in(HouseholdEntity::getRoomId, roomIds))
        .stream()
        .map(HouseholdEntity::getId)
        .toList();
  }
}
