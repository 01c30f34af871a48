package org.linli.persistence.survey;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who answered which survey of the current community. */
public interface SurveyParticipationMapper extends BaseMapper<SurveyParticipationEntity> {

  default boolean exists(long surveyId, long userId) {
    return selectCount(
            Wrappers.<SurveyParticipationEntity>lambdaQuery()
                .eq(SurveyParticipationEntity::getSurveyId, surveyId)
                .eq(SurveyParticipationEntity::getUserId, userId))
        > 0;
  }

  /** Users who answered a survey. */
  default Set<Long> respondents(long surveyId) {
    return selectList(
            Wrappers.<SurveyParticipationEntity>lambdaQuery()
                .select(SurveyParticipationEntity::getUserId)
                .eq(SurveyParticipationEntity::getSurveyId, surveyId))
        .stream()
        .map(SurveyParticipationEntity::getUserId)
        .collect(Collectors.toSet());
  }

  /** Ids of the given surveys that the user answered. */
  default Set<Long> answeredAmong(long userId, List<Long> surveyIds) {
    if (surveyIds.isEmpty()) {
      return Set.of();
    }
    return selectList(
            Wrappers.<SurveyParticipationEntity>lambdaQuery()
                .eq(SurveyParticipationEntity::getUserId, userId)
                .in(SurveyParticipationEntity::getSurveyId, surveyIds))
        .stream()
        .map(SurveyParticipationEntity::getSurveyId)
        .collect(Collectors.toSet());
  }

  /** Whether the household already answered a survey (HOUSEHOLDS audience). */
  default boolean householdAnswered(long surveyId, long householdId) {
    return selectCount(
            Wrappers.<SurveyParticipationEntity>lambdaQuery()
                .eq(SurveyParticipationEntity::getSurveyId, surveyId)
                .eq(SurveyParticipationEntity::getHouseholdId, householdId))
        > 0;
  }

  /** Households that answered a survey (HOUSEHOLDS audience). */
  default Set<Long> households(long surveyId) {
    return selectList(
            Wrappers.<SurveyParticipationEntity>lambdaQuery()
                .select(SurveyParticipationEntity::getHouseholdId)
                .eq(SurveyParticipationEntity::getSurveyId, surveyId)
                .isNotNull(SurveyParticipationEntity::getHouseholdId))
        .stream()
        .map(SurveyParticipationEntity::getHouseholdId)
        .collect(Collectors.toSet());
  }

  /** Ids of the given surveys that the household answered. */
  default Set<Long> answeredByHouseholdAmong(long householdId, List<Long> surveyIds) {
    if (surveyIds.isEmpty()) {
      return Set.of();
    }
    return selectList(
            Wrappers.<SurveyParticipationEntity>lambdaQuery()
                .eq(SurveyParticipationEntity::getHouseholdId, householdId)
                .in(SurveyParticipationEntity::getSurveyId, surveyIds))
        .stream()
        .map(SurveyParticipationEntity::getSurveyId)
        .collect(Collectors.toSet());
  }
}
