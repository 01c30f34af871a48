package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Units of the current community's buildings. */
public interface BuildingUnitMapper extends BaseMapper<BuildingUnitEntity> {
  /** The unit of a building with this name, or {@code null}. */
  default BuildingUnitEntity findByName(long buildingId, String name) {
    return selectOne(
        Wrappers.<BuildingUnitEntity>lambdaQuery()
            .eq(BuildingUnitEntity::getBuildingId, buildingId)
            .eq(BuildingUnitEntity::getName, name));
  }

  default List<BuildingUnitEntity> listAll() {
    return selectList(
        Wrappers.<BuildingUnitEntity>lambdaQuery().orderByAsc(BuildingUnitEntity::getId));
  }
}
