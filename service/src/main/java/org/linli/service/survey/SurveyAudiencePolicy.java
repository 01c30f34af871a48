package org.linli.service.survey;

import java.util.Set;
import org.linli.service.resident.BoundResidentView;

/**
 * Who belongs to a registry audience ({@link SurveyAudience#fromRegistry()}), from what the
 * registry says of the resident bound to the user.
 *
 * <p>Places: a resident is in the chosen places when the building is among {@code buildingIds} or
 * the unit among {@code unitIds}. BUILDINGS and HOUSEHOLDS look at the home (the household's room);
 * OWNERS at the owned rooms, as an owner need not live there. Without places, OWNERS and HOUSEHOLDS
 * take the whole community; BUILDINGS always has places.
 */
final class SurveyAudiencePolicy {

  private SurveyAudiencePolicy() {}

  /**
   * Whether {@code person} belongs to the audience.
   *
   * @param person the resident bound to the user, or null when there is none
   * @throws IllegalArgumentException for ALL and VERIFIED, which the registry does not decide
   */
  static boolean admits(
      SurveyAudience audience, Set<Long> buildingIds, Set<Long> unitIds, BoundResidentView person) {
    if (!audience.fromRegistry()) {
      throw new IllegalArgumentException(audience + " is not a registry audience");
    }
    if (person == null) {
      return false;
    }
    boolean anywhere = buildingIds.isEmpty() && unitIds.isEmpty();
    return switch (audience) {
      case BUILDINGS -> in(person.buildingId(), person.unitId(), buildingIds, unitIds);
      case HOUSEHOLDS ->
          person.householdId() != null
              && (anywhere || in(person.buildingId(), person.unitId(), buildingIds, unitIds));
      case OWNERS ->
          person.owner()
              && (anywhere
                  || person.ownedBuildingIds().stream().anyMatch(buildingIds::contains)
                  || person.ownedUnitIds().stream().anyMatch(unitIds::contains));
      default -> false;
    };
  }

  private static boolean in(Long building, Long unit, Set<Long> buildingIds, Set<Long> unitIds) {
    return (building != null && buildingIds.contains(building))
        || (unit != null && unitIds.contains(unit));
  }
}
