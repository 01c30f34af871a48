package org.linli.service.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linli.service.common.CommunityRole;

class RolesParsingTest {

  @Test
  void parseRoles_readsKnownRoles_inRoleOrder_andSkipsUnknownOnes() {
    assertThat(CommunityService.parseRoles("STAFF,RESIDENT,KING"))
        .containsExactly(CommunityRole.RESIDENT, CommunityRole.STAFF);
    assertThat(CommunityService.parseRoles(null)).isEmpty();
    assertThat(CommunityService.parseRoles("")).isEmpty();
  }

  @Test
  void staff_mayGrantOperatorRolesOnly() {
    assertThat(CommunityService.STAFF_GRANTABLE)
        .containsExactlyInAnyOrder(
            CommunityRole.RESIDENT, CommunityRole.VOLUNTEER, CommunityRole.STAFF)
        .doesNotContain(CommunityRole.DATA_ADMIN, CommunityRole.AUDITOR);
  }
}
