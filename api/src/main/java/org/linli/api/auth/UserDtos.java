package org.linli.api.auth;

import org.linli.contract.model.CommunityRoleDto;
import org.linli.contract.model.MembershipDto;
import org.linli.contract.model.PlatformRoleDto;
import org.linli.contract.model.TokenResponseDto;
import org.linli.contract.model.UserDto;
import org.linli.service.auth.LoginResult;
import org.linli.service.auth.UserView;
import org.linli.service.community.MembershipView;

/** Maps users and sessions to contract DTOs. */
public final class UserDtos {

  private UserDtos() {}

  public static UserDto user(UserView view) {
    UserDto dto =
        new UserDto()
            .id(view.id())
            .nickname(view.nickname())
            .pendingNickname(view.pendingNickname())
            .currentCommunityId(view.currentCommunityId())
            .privacyNoticeAccepted(view.privacyNoticeAccepted());
    if (view.platformAdmin()) {
      dto.addPlatformRolesItem(PlatformRoleDto.ADMIN);
    }
    view.communities().forEach(m -> dto.addCommunitiesItem(membership(m)));
    return dto;
  }

  public static MembershipDto membership(MembershipView view) {
    MembershipDto dto =
        new MembershipDto()
            .communityId(view.communityId())
            .communityName(view.communityName())
            .verified(view.verified());
    view.roles().forEach(r -> dto.addRolesItem(CommunityRoleDto.valueOf(r.name())));
    return dto;
  }

  static TokenResponseDto tokens(LoginResult result) {
    return new TokenResponseDto()
        .accessToken(result.tokens().accessToken())
        .refreshToken(result.tokens().refreshToken())
        .tokenType("Bearer")
        .expiresIn(result.tokens().expiresInSeconds())
        .refreshExpiresIn(result.tokens().refreshExpiresInSeconds())
        .user(user(result.user()));
  }
}
