package org.linli.persistence.moderation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;

/** Reports of the current community. */
public interface ContentReportMapper extends BaseMapper<ContentReportEntity> {

  /** A reporter's report of one piece of content, or {@code null}. */
  default ContentReportEntity findByReporter(
      String contentType, String contentId, long reporterId) {
    return selectOne(
        Wrappers.<ContentReportEntity>lambdaQuery()
            .eq(ContentReportEntity::getContentType, contentType)
            .eq(ContentReportEntity::getContentId, contentId)
            .eq(ContentReportEntity::getReporterId, reporterId));
  }
}
