package org.linli.api.community;

import java.time.ZoneOffset;
import org.linli.api.auth.UserDtos;
import org.linli.api.common.CurrentActor;
import org.linli.contract.api.CommunitiesApi;
import org.linli.contract.model.CommunityDto;
import org.linli.contract.model.CommunityListDto;
import org.linli.contract.model.CommunityRoleDto;
import org.linli.contract.model.CreateCommunityRequestDto;
import org.linli.contract.model.MemberDto;
import org.linli.contract.model.MemberPageDto;
import org.linli.contract.model.MembershipDto;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.community.CommunityService;
import org.linli.service.community.CommunityView;
import org.linli.service.community.CreateCommunityCommand;
import org.linli.service.community.MemberView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Communities, membership and roles. */
@RestController
class CommunityController implements CommunitiesApi {

  private final CommunityService communities;
  private final CurrentActor currentActor;

  CommunityController(CommunityService communities, CurrentActor currentActor) {
    this.communities = communities;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<CommunityListDto> listCommunities() {
    CommunityListDto list = new CommunityListDto();
    communities.list(currentActor.get().userId()).forEach(c -> list.addItemsItem(toDto(c)));
    return ResponseEntity.ok(list);
  }

  @Override
  public ResponseEntity<CommunityDto> createCommunity(CreateCommunityRequestDto body) {
    CommunityView view =
        communities.create(
            currentActor.get(), new CreateCommunityCommand(body.getName(), body.getDistrict()));
    return ResponseEntity.status(HttpStatus.CREATED).body(toDto(view));
  }

  @Override
  public ResponseEntity<MembershipDto> joinCommunity(Long communityId) {
    return ResponseEntity.ok(
        UserDtos.membership(communities.join(currentActor.get(), communityId)));
  }

  @Override
  public ResponseEntity<MemberPageDto> listMembers(Long communityId, Integer page, Integer size) {
    PageView<MemberView> result =
        communities.listMembers(currentActor.get(), communityId, PageRequest.of(page, size));
    MemberPageDto dto =
        new MemberPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(m -> dto.addItemsItem(toDto(m)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<MemberDto> grantRole(Long communityId, Long userId, CommunityRoleDto role) {
    return ResponseEntity.ok(
        toDto(
            communities.grantRole(
                currentActor.get(), communityId, userId, CommunityRole.valueOf(role.name()))));
  }

  @Override
  public ResponseEntity<MemberDto> revokeRole(
      Long communityId, Long userId, CommunityRoleDto role) {
    return ResponseEntity.ok(
        toDto(
            communities.revokeRole(
                currentActor.get(), communityId, userId, CommunityRole.valueOf(role.name()))));
  }

  private static CommunityDto toDto(CommunityView view) {
    return new CommunityDto()
        .id(view.id())
        .name(view.name())
        .district(view.district())
        .joined(view.joined());
  }

  private static MemberDto toDto(MemberView view) {
    MemberDto dto =
        new MemberDto()
            .userId(view.userId())
            .nickname(view.nickname())
            .verified(view.verified())
            .joinedAt(view.joinedAt().atOffset(ZoneOffset.UTC));
    view.roles().forEach(r -> dto.addRolesItem(CommunityRoleDto.valueOf(r.name())));
    return dto;
  }
}
