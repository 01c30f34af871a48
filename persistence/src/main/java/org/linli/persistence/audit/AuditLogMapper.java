package org.linli.persistence.audit;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import org.linli.persistence.common.PageSlice;

/** The audit log of the current community. Rows are only ever inserted. */
public interface AuditLogMapper extends BaseMapper<AuditLogEntity> {

  /** One page (from 1) of the current community's log, newest first. */
  default PageSlice<AuditLogEntity> newestFirst(int page, int size) {
    return PageSlice.of(
        selectPage(
            Page.of(page, size),
            Wrappers.<AuditLogEntity>lambdaQuery().orderByDesc(AuditLogEntity::getSeq)));
  }

  /** Up to {@code limit} entries after {@code afterSeq}, in chain order. */
  default List<AuditLogEntity> chainSlice(long afterSeq, int limit) {
    return selectList(
        Wrappers.<AuditLogEntity>lambdaQuery()
            .gt(AuditLogEntity::getSeq, afterSeq)
            .orderByAsc(AuditLogEntity::getSeq)
            .last("LIMIT " + Math.max(1, limit)));
  }
}
