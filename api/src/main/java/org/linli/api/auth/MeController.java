package org.linli.api.auth;

import org.linli.api.common.CurrentActor;
import org.linli.contract.api.MeApi;
import org.linli.contract.model.UpdateMeRequestDto;
import org.linli.contract.model.UserDto;
import org.linli.service.auth.UserService;
import org.linli.service.common.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The current user. */
@RestController
class MeController implements MeApi {

  private final UserService users;
  private final CurrentActor currentActor;

  MeController(UserService users, CurrentActor currentActor) {
    this.users = users;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<UserDto> getMe(Long xCommunityId) {
    Actor actor = currentActor.get();
    return ResponseEntity.ok(UserDtos.user(users.view(actor.userId(), actor.communityId())));
  }

  @Override
  public ResponseEntity<UserDto> updateMe(UpdateMeRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        UserDtos.user(users.changeNickname(currentActor.get(), body.getNickname())));
  }
}
