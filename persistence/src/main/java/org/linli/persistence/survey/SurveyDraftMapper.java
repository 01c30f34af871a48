package org.linli.persistence.survey;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Unfinished answers of the current community's surveys. */
public interface SurveyDraftMapper extends BaseMapper<SurveyDraftEntity> {

  default SurveyDraftEntity find(long surveyId, long userId) {
    return selectOne(
        Wrappers.<SurveyDraftEntity>lambdaQuery()
            .eq(SurveyDraftEntity::getSurveyId, surveyId)
            .eq(SurveyDraftEntity::getUserId, userId));
  }

  default int deleteOf(long surveyId, long userId) {
    return delete(
        Wrappers.<SurveyDraftEntity>lambdaQuery()
            .eq(SurveyDraftEntity::getSurveyId, surveyId)
            .eq(SurveyDraftEntity::getUserId, userId));
  }

  /** Survey ids among {@code surveyIds} where the user has a draft. */
  default List<Long> draftedAmong(long userId, List<Long> surveyIds) {
    if (surveyIds.isEmpty()) {
      return List.of();
    }
    return selectList(
            Wrappers.<SurveyDraftEntity>lambdaQuery()
                .eq(SurveyDraftEntity::getUserId, userId)
                .in(SurveyDraftEntity::getSurveyId, surveyIds))
        .stream()
        .map(SurveyDraftEntity::getSurveyId)
        .toList();
  }
}
