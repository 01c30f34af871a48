package org.linli.persistence.survey;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** The answers of one response, as JSON; linked to its respondent only in named surveys. */
@TableName("survey_response")
public class SurveyResponseEntity {

  @TableId(type = IdType.INPUT)
  private String id;

  private Long communityId;

  private Long surveyId;

  private Integer versionNo;

  private Long respondentId;

  private String answers;

  private Long buildingId;

  private String ageBand;

  private String residenceKind;

  public String getId() {
    return id;
  }

  public void setId(String id) {
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

  public Integer getVersionNo() {
    return versionNo;
  }

  public void setVersionNo(Integer versionNo) {
    this.versionNo = versionNo;
  }

  public Long getRespondentId() {
    return respondentId;
  }

  public void setRespondentId(Long respondentId) {
    this.respondentId = respondentId;
  }

  public String getAnswers() {
    return answers;
  }

  public void setAnswers(String answers) {
    this.answers = answers;
  }

  public Long getBuildingId() {
    return buildingId;
  }

  public void setBuildingId(Long buildingId) {
    this.buildingId = buildingId;
  }

  public String getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(String ageBand) {
    this.ageBand = ageBand;
  }

  public String getResidenceKind() {
    return residenceKind;
  }

  public void setResidenceKind(String residenceKind) {
    this.residenceKind = residenceKind;
  }
}
