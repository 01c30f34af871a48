package org.linli.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

  private static Actor actor(boolean admin, Long community, Set<CommunityRole> roles) {
    return new Actor(1L, admin, CredentialKind.SESSION, "f", true, community, roles, "ip", "r");
  }

  @Test
  void requireAny_passesWithTheRole_andForPlatformAdmins() {
    assertThatCode(
            () -> actor(false, 5L, Set.of(CommunityRole.STAFF)).requireAny(CommunityRole.STAFF))
        .doesNotThrowAnyException();
    assertThatCode(() -> actor(true, 5L, Set.of()).requireAny(CommunityRole.AUDITOR))
        .doesNotThrowAnyException();
  }

  @Test
  void requireAny_isForbiddenForAResident() {
    assertThatThrownBy(
            () -> actor(false, 5L, Set.of(CommunityRole.RESIDENT)).requireAny(CommunityRole.STAFF))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void requireAny_isNotFound_withoutACommunity() {
    assertThatThrownBy(() -> actor(true, null, Set.of()).requireAny(CommunityRole.STAFF))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void primaryRole_isTheMostSeniorHeld() {
    assertThat(actor(false, 5L, Set.of(CommunityRole.RESIDENT, CommunityRole.STAFF)).primaryRole())
        .isEqualTo("STAFF");
    assertThat(actor(true, 5L, Set.of(CommunityRole.RESIDENT)).primaryRole()).isEqualTo("ADMIN");
    assertThat(actor(false, 5L, Set.of()).primaryRole()).isNull();
  }

  @Test
  void pageRequest_rejectsOutOfRangeValues_andDefaultsMissingOnes() {
    assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, 20));
    assertThatThrownBy(() -> PageRequest.of(0, 10)).isInstanceOf(LinliException.class);
    assertThatThrownBy(() -> PageRequest.of(1, 201)).isInstanceOf(LinliException.class);
  }
}
