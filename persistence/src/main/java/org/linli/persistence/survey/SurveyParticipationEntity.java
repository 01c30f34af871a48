package org.linli.persistence.survey;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;

/** That a user answered a survey, and on which day; never what. */
@TableName("survey_participation")
public class SurveyParticipationEntity {

  @TableId(type = IdType.AUTO)
  private Long id;

  private Long communityId;

  private Long surveyId;

  private Long userId;

  private LocalDate answeredOn;

  private Long householdId;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Long getSurveyId() {
    return surveyId;
  }

  public void setSurveyId(Long surveyId) {
    this.surveyId = surveyId;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }

  public void setAnsweredOn(LocalDate answeredOn) {
    this.answeredOn = answeredOn;
  }

  public Long getHouseholdId() {
    return householdId;
  }

  public void setHouseholdId(Long householdId) {
    this.householdId = householdId;
  }
}
