package org.linli.persistence.moderation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.linli.persistence.common.PageSlice;

/** Moderation items of the current community. */
public interface ModerationItemMapper extends BaseMapper<ModerationItemEntity> {

  /**
   * One page (from 1) of the current community's queue, oldest first; {@code status} optional,
   * {@code contentTypes} the kinds of content to list (not empty).
   */
  default PageSlice<ModerationItemEntity> queue(
      String status, java.util.Collection<String> contentTypes, int page, int size) {
    return PageSlice.of(
        selectPage(
            Page.of(page, size),
            Wrappers.<ModerationItemEntity>lambdaQuery()
                .eq(status != null, ModerationItemEntity::getStatus, status)
                .in(ModerationItemEntity::getContentType, contentTypes)
                .orderByAsc(ModerationItemEntity::getId)));
  }

  /** The item about one piece of content still waiting for a decision, or {@code null}. */
  default ModerationItemEntity findHeld(String contentType, String contentId) {
    return selectOne(
        Wrappers.<ModerationItemEntity>lambdaQuery()
            .eq(ModerationItemEntity::getContentType, contentType)
            .eq(ModerationItemEntity::getContentId, contentId)
            .eq(ModerationItemEntity::getStatus, "HELD")
            .orderByDesc(ModerationItemEntity::getId)
            .last("LIMIT 1"));
  }
}
