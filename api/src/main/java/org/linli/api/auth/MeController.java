package org.linli.api.auth;

import java.util.List;
import org.linli.api.common.CurrentActor;
import org.linli.contract.api.MeApi;
import org.linli.contract.model.SubscriptionConsentDto;
import org.linli.contract.model.SubscriptionListDto;
import org.linli.contract.model.SubscriptionTemplateDto;
import org.linli.contract.model.UpdateMeRequestDto;
import org.linli.contract.model.UserDto;
import org.linli.service.auth.UserService;
import org.linli.service.common.Actor;
import org.linli.service.notice.NoticeService;
import org.linli.service.notice.SubscriptionView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The current user. */
@RestController
class MeController implements MeApi {

  private final UserService users;
  private final CurrentActor currentActor;

  private final NoticeService notices;

  MeController(UserService users, CurrentActor currentActor, NoticeService notices) {
    this.users = users;
    this.currentActor = currentActor;
    this.notices = notices;
  }

  @Override
  public ResponseEntity<SubscriptionListDto> listSubscriptions() {
    return ResponseEntity.ok(subscriptions(notices.subscriptions(currentActor.get().userId())));
  }

  @Override
  public ResponseEntity<SubscriptionListDto> recordSubscriptions(SubscriptionConsentDto body) {
    return ResponseEntity.ok(
        subscriptions(notices.recordConsent(currentActor.get().userId(), body.getAccepted())));
  }

  private static SubscriptionListDto subscriptions(List<SubscriptionView> views) {
    SubscriptionListDto dto = new SubscriptionListDto();
    views.forEach(
        v ->
            dto.addItemsItem(
                new SubscriptionTemplateDto()
                    .purpose(v.purpose().name())
                    .templateId(v.templateId())
                    .credits(v.credits())));
    return dto;
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
