package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Correction requests of the current community. */
public interface CorrectionRequestMapper extends BaseMapper<CorrectionRequestEntity> {
  /** Requests, optionally of one status, soonest due first. */
  default List<CorrectionRequestEntity> list(String status) {
    return selectList(
        Wrappers.<CorrectionRequestEntity>lambdaQuery()
            .eq(status != null, CorrectionRequestEntity::getStatus, status)
            .orderByAsc(CorrectionRequestEntity::getDueDate)
            .orderByAsc(CorrectionRequestEntity::getId)
            .last("LIMIT 500"));
  }
}
