package org.linli.service.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.service.resident.BoundResidentView;

class SurveyAudiencePolicyTest {

  // Lives in building 1, unit 11, household 100; owns a room in building 2, unit 21.
  private static final BoundResidentView LANDLORD =
      new BoundResidentView(7, 100L, 1L, 11L, null, "OWNER", Set.of(2L), Set.of(21L));
  // Lives in building 1, unit 12; owns nothing.
  private static final BoundResidentView TENANT =
      new BoundResidentView(8, 101L, 1L, 12L, null, "TENANT", Set.of(), Set.of());
  // Bound to the registry but not placed in a household.
  private static final BoundResidentView UNPLACED =
      new BoundResidentView(9, null, null, null, null, "OTHER", Set.of(), Set.of());

  private static boolean admits(
      SurveyAudience a, Set<Long> buildings, Set<Long> units, BoundResidentView p) {
    return SurveyAudiencePolicy.admits(a, buildings, units, p);
  }

  @Test
  void buildings_admitResidentsLivingInAChosenBuildingOrUnit() {
    assertThat(admits(SurveyAudience.BUILDINGS, Set.of(1L), Set.of(), TENANT)).isTrue();
    assertThat(admits(SurveyAudience.BUILDINGS, Set.of(), Set.of(12L), TENANT)).isTrue();
    assertThat(admits(SurveyAudience.BUILDINGS, Set.of(), Set.of(11L), TENANT)).isFalse();
    assertThat(admits(SurveyAudience.BUILDINGS, Set.of(2L), Set.of(), LANDLORD)).isFalse();
    assertThat(admits(SurveyAudience.BUILDINGS, Set.of(1L), Set.of(), UNPLACED)).isFalse();
  }

  @Test
  void owners_areThoseWithAnOwnership_placedByTheOwnedRoom() {
    assertThat(admits(SurveyAudience.OWNERS, Set.of(), Set.of(), LANDLORD)).isTrue();
    assertThat(admits(SurveyAudience.OWNERS, Set.of(), Set.of(), TENANT)).isFalse();
    assertThat(admits(SurveyAudience.OWNERS, Set.of(2L), Set.of(), LANDLORD)).isTrue();
    assertThat(admits(SurveyAudience.OWNERS, Set.of(), Set.of(21L), LANDLORD)).isTrue();
    // Lives in building 1 but owns nothing there.
    assertThat(admits(SurveyAudience.OWNERS, Set.of(1L), Set.of(), LANDLORD)).isFalse();
  }

  @Test
  void households_needAHousehold_inTheChosenPlacesWhenAny() {
    assertThat(admits(SurveyAudience.HOUSEHOLDS, Set.of(), Set.of(), TENANT)).isTrue();
    assertThat(admits(SurveyAudience.HOUSEHOLDS, Set.of(), Set.of(), UNPLACED)).isFalse();
    assertThat(admits(SurveyAudience.HOUSEHOLDS, Set.of(1L), Set.of(), TENANT)).isTrue();
    assertThat(admits(SurveyAudience.HOUSEHOLDS, Set.of(3L), Set.of(), TENANT)).isFalse();
  }

  @Test
  void someoneTheRegistryDoesNotKnow_isInNoRegistryAudience() {
    for (SurveyAudience a :
        new SurveyAudience[] {
          SurveyAudience.BUILDINGS, SurveyAudience.OWNERS, SurveyAudience.HOUSEHOLDS
        }) {
      assertThat(admits(a, Set.of(1L), Set.of(11L), null)).isFalse();
    }
  }

  @Test
  void allAndVerified_areNotDecidedByTheRegistry() {
    assertThatThrownBy(() -> admits(SurveyAudience.ALL, Set.of(), Set.of(), TENANT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
