package org.linli.service.survey;

import java.util.List;

/**
 * Responses of one survey version split into groups by building, age band or residence kind.
 *
 * @param minimumGroupSize smallest group shown: {@link SurveyService#MIN_GROUP_SIZE} for anonymous
 *     surveys, 1 for named ones
 * @param groups every group of the dimension, UNKNOWN last and only when it has members
 */
public record SurveyGroupsView(
    long surveyId, int version, GroupDimension by, int minimumGroupSize, List<Group> groups) {

  public SurveyGroupsView {
    groups = List.copyOf(groups);
  }

  /**
   * One group.
   *
   * @param key building id, age band, residence kind, or UNKNOWN
   * @param label building name, else null
   * @param responses responses to the version in the group; null when suppressed
   * @param eligible BUILDING only: residents (or households) of the building in the audience now
   * @param answered BUILDING only: of them, who answered any version; null when suppressed
   * @param responseRate BUILDING only: answered as a percentage of eligible; null when suppressed
   */
  public record Group(
      String key,
      String label,
      Long responses,
      boolean suppressed,
      Long eligible,
      Long answered,
      Double responseRate) {}
}
