package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Ownerships of the current community's rooms. */
public interface OwnershipMapper extends BaseMapper<OwnershipEntity> {
  default List<OwnershipEntity> ofResident(long residentId) {
    return selectList(
        Wrappers.<OwnershipEntity>lambdaQuery().eq(OwnershipEntity::getResidentId, residentId));
  }

  default int deleteOfResident(long residentId) {
    return delete(
        Wrappers.<OwnershipEntity>lambdaQuery().eq(OwnershipEntity::getResidentId, residentId));
  }
}
