package org.linli.api.auth;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.linli.api.common.CurrentActor;
import org.linli.api.resident.RegistryDtos;
import org.linli.contract.api.MeApi;
import org.linli.contract.model.CorrectionRequestCreateDto;
import org.linli.contract.model.CorrectionRequestDto;
import org.linli.contract.model.GenderDto;
import org.linli.contract.model.HouseholdClaimDto;
import org.linli.contract.model.HouseholdClaimRequestDto;
import org.linli.contract.model.MyDataDto;
import org.linli.contract.model.MyExportDto;
import org.linli.contract.model.MyOwnershipDto;
import org.linli.contract.model.PrivacyConsentDto;
import org.linli.contract.model.PrivacyNoticeDto;
import org.linli.contract.model.RelationDto;
import org.linli.contract.model.ResidenceKindDto;
import org.linli.contract.model.SubscriptionConsentDto;
import org.linli.contract.model.SubscriptionListDto;
import org.linli.contract.model.SubscriptionTemplateDto;
import org.linli.contract.model.UpdateMeRequestDto;
import org.linli.contract.model.UserDto;
import org.linli.service.auth.AccountService;
import org.linli.service.auth.PrivacyNoticeView;
import org.linli.service.auth.UserService;
import org.linli.service.common.Actor;
import org.linli.service.common.LinliException;
import org.linli.service.notice.NoticeService;
import org.linli.service.notice.SubscriptionView;
import org.linli.service.resident.CorrectionService;
import org.linli.service.resident.HouseholdClaimService;
import org.linli.service.resident.HouseholdClaimView;
import org.linli.service.resident.MyDataView;
import org.linli.service.resident.RegistryField;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The current user. */
@RestController
class MeController implements MeApi {

  private final UserService users;
  private final CurrentActor currentActor;

  private final NoticeService notices;
  private final HouseholdClaimService claims;
  private final AccountService accounts;
  private final CorrectionService corrections;
  private final Clock clock;

  MeController(
      UserService users,
      CurrentActor currentActor,
      NoticeService notices,
      HouseholdClaimService claims,
      AccountService accounts,
      CorrectionService corrections,
      Clock clock) {
    this.users = users;
    this.currentActor = currentActor;
    this.notices = notices;
    this.claims = claims;
    this.accounts = accounts;
    this.corrections = corrections;
    this.clock = clock;
  }

  @Override
  public ResponseEntity<CorrectionRequestDto> requestCorrection(
      CorrectionRequestCreateDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            RegistryDtos.correction(
                corrections.request(
                    currentActor.get(),
                    RegistryField.valueOf(body.getField().getValue()),
                    body.getProposedValue(),
                    body.getNote())));
  }

  @Override
  public ResponseEntity<PrivacyNoticeDto> getPrivacyNotice() {
    PrivacyNoticeView notice = accounts.notice();
    return ResponseEntity.ok(new PrivacyNoticeDto().version(notice.version()).text(notice.text()));
  }

  @Override
  public ResponseEntity<UserDto> acceptPrivacyNotice(PrivacyConsentDto body) {
    Actor actor = currentActor.get();
    accounts.accept(actor, body.getVersion());
    return ResponseEntity.ok(UserDtos.user(users.view(actor.userId(), actor.communityId())));
  }

  @Override
  public ResponseEntity<MyExportDto> exportMyData(Long xCommunityId) {
    Actor actor = currentActor.get();
    MyExportDto dto =
        new MyExportDto()
            .user(UserDtos.user(users.view(actor.userId(), actor.communityId())))
            .exportedAt(OffsetDateTime.now(clock));
    dto.setPrivacyConsents(new ArrayList<>(accounts.acceptedVersions(actor.userId())));
    if (actor.communityId() != null) {
      try {
        dto.setRegistry(myData(claims.myData(actor)));
      } catch (LinliException notBound) {
        // Not bound to a registry entry here (or the registry is not set up): nothing to add.
        dto.setRegistry(null);
      }
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header("Content-Disposition", "attachment; filename=\"linli-my-data.json\"")
        .body(dto);
  }

  @Override
  public ResponseEntity<Void> deleteMyAccount() {
    accounts.delete(currentActor.get());
    return ResponseEntity.noContent().build();
  }

  @Override
  public ResponseEntity<HouseholdClaimDto> claimHousehold(
      HouseholdClaimRequestDto body, Long xCommunityId) {
    HouseholdClaimView claim =
        claims.claim(
            currentActor.get(),
            body.getBuilding(),
            body.getUnit(),
            body.getRoom(),
            body.getName(),
            body.getPhoneCode());
    return ResponseEntity.status(HttpStatus.CREATED).body(RegistryDtos.claim(claim));
  }

  @Override
  public ResponseEntity<MyDataDto> getMyData(Long xCommunityId) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(myData(claims.myData(currentActor.get())));
  }

  private static MyDataDto myData(MyDataView d) {
    MyDataDto dto =
        new MyDataDto()
            .residentId(d.residentId())
            .name(d.name())
            .gender(d.gender() == null ? null : GenderDto.valueOf(d.gender().name()))
            .birthDate(d.birthDate())
            .idNumber(d.idNumber())
            .phone(d.phone())
            .relation(RelationDto.valueOf(d.relation()))
            .residenceKind(ResidenceKindDto.valueOf(d.residenceKind()))
            .building(d.building())
            .unit(d.unit())
            .room(d.room())
            .moveInDate(d.moveInDate())
            .notes(d.notes())
            .restricted(d.restricted());
    dto.setTags(new ArrayList<>(d.tags()));
    dto.setOwnerships(new ArrayList<>());
    d.ownerships()
        .forEach(
            o ->
                dto.addOwnershipsItem(
                    new MyOwnershipDto()
                        .roomId(o.roomId())
                        .building(o.building())
                        .unit(o.unit())
                        .room(o.room())
                        .areaCentiM2(o.areaCentiM2())));
    return dto;
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
