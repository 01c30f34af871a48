package org.linli.persistence.survey;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;
import org.linli.persistence.common.PageSlice;

/** Surveys of the current community. */
public interface SurveyMapper extends BaseMapper<SurveyEntity> {

  /** One page (from 1), newest first; {@code status} and {@code createdBy} optional. */
  default PageSlice<SurveyEntity> page(String status, Long createdBy, int page, int size) {
    return PageSlice.of(
        selectPage(
            Page.of(page, size),
            Wrappers.<SurveyEntity>lambdaQuery()
                .eq(status != null, SurveyEntity::getStatus, status)
                .eq(createdBy != null, SurveyEntity::getCreatedBy, createdBy)
                .orderByDesc(SurveyEntity::getId)));
  }

  /** Open surveys, newest first. */
  default List<SurveyEntity> listOpen() {
    return selectList(
        Wrappers.<SurveyEntity>lambdaQuery()
            .eq(SurveyEntity::getStatus, "OPEN")
            .orderByDesc(SurveyEntity::getId));
  }

  /**
   * Counts one more response unless the quota is reached; locks the survey row until commit.
   *
   * @return 1 when counted, 0 when the quota is reached or the survey is not open
   */
  @Update(
      "UPDATE survey SET response_count = response_count + 1, version = version + 1"
          + " WHERE id = #{id} AND status = 'OPEN'"
          + " AND (quota IS NULL OR response_count < quota)")
  int countResponse(@Param("id") long id);
}
