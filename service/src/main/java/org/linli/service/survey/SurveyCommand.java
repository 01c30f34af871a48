package org.linli.service.survey;

import java.time.Instant;
import java.util.List;

/**
 * Create or edit a survey.
 *
 * @param buildingIds buildings of a BUILDINGS, OWNERS or HOUSEHOLDS audience (null means none)
 * @param unitIds units of such an audience, in addition to whole buildings (null means none)
 */
public record SurveyCommand(
    String title,
    String description,
    SurveyAnonymity anonymity,
    SurveyAudience audience,
    List<Long> buildingIds,
    List<Long> unitIds,
    Instant opensAt,
    Instant closesAt,
    Integer quota,
    SurveyDefinition definition) {

  public SurveyCommand {
    buildingIds = buildingIds == null ? List.of() : List.copyOf(buildingIds);
    unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
  }
}
