package org.linli.persistence.survey;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Responses of surveys of the current community. */
public interface SurveyResponseMapper extends BaseMapper<SurveyResponseEntity> {

  /** Up to {@code limit} responses of one version with ids after {@code afterId}, by id. */
  default List<SurveyResponseEntity> slice(
      long surveyId, int versionNo, String afterId, int limit) {
    return selectList(
        Wrappers.<SurveyResponseEntity>lambdaQuery()
            .eq(SurveyResponseEntity::getSurveyId, surveyId)
            .eq(SurveyResponseEntity::getVersionNo, versionNo)
            .gt(afterId != null, SurveyResponseEntity::getId, afterId)
            .orderByAsc(SurveyResponseEntity::getId)
            .last("LIMIT " + Math.max(1, limit)));
  }
}
