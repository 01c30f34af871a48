package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Unmasked export requests of the current community. */
public interface ExportRequestMapper extends BaseMapper<ExportRequestEntity> {
  default List<ExportRequestEntity> recent() {
    return selectList(
        Wrappers.<ExportRequestEntity>lambdaQuery()
            .orderByDesc(ExportRequestEntity::getId)
            .last("LIMIT 100"));
  }
}
