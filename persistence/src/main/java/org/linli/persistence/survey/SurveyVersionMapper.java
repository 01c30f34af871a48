package org.linli.persistence.survey;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;

/** Question versions of surveys of the current community. */
public interface SurveyVersionMapper extends BaseMapper<SurveyVersionEntity> {

  /** One version of a survey, or {@code null}. */
  default SurveyVersionEntity find(long surveyId, int versionNo) {
    return selectOne(
        Wrappers.<SurveyVersionEntity>lambdaQuery()
            .eq(SurveyVersionEntity::getSurveyId, surveyId)
            .eq(SurveyVersionEntity::getVersionNo, versionNo));
  }
}
