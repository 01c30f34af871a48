package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Units of the current community's buildings. */
public interface BuildingUnitMapper extends BaseMapper<BuildingUnitEntity> {
  default List<BuildingUnitEntity> listAll() {
    return selectList(
        Wrappers.<BuildingUnitEntity>lambdaQuery().orderByAsc(BuildingUnitEntity::getId));
  }
}
