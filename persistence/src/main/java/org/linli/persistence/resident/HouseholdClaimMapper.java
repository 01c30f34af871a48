package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Household claims of the current community. */
public interface HouseholdClaimMapper extends BaseMapper<HouseholdClaimEntity> {
  /** Claims, optionally of one status, oldest first. */
  default List<HouseholdClaimEntity> list(String status) {
    return selectList(
        Wrappers.<HouseholdClaimEntity>lambdaQuery()
            .eq(status != null, HouseholdClaimEntity::getStatus, status)
            .orderByAsc(HouseholdClaimEntity::getId)
            .last("LIMIT 500"));
  }
}
