package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Buildings of the current community. */
public interface BuildingMapper extends BaseMapper<BuildingEntity> {
  /** The building with this name, or {@code null}. */
  default BuildingEntity findByName(String name) {
    return selectOne(Wrappers.<BuildingEntity>lambdaQuery().eq(BuildingEntity::getName, name));
  }

  default List<BuildingEntity> listAll() {
    return selectList(Wrappers.<BuildingEntity>lambdaQuery().orderByAsc(BuildingEntity::getId));
  }
}
