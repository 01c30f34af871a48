package org.linli.api.auth;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import org.linli.api.common.CurrentActor;
import org.linli.contract.api.ApiTokensApi;
import org.linli.contract.model.ApiTokenDto;
import org.linli.contract.model.ApiTokenListDto;
import org.linli.contract.model.ApiTokenScopeDto;
import org.linli.contract.model.CreateApiTokenRequestDto;
import org.linli.contract.model.CreatedApiTokenDto;
import org.linli.service.auth.ApiTokenScope;
import org.linli.service.auth.ApiTokenService;
import org.linli.service.auth.ApiTokenView;
import org.linli.service.auth.CreateApiTokenCommand;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Staff personal API tokens. */
@RestController
class ApiTokenController implements ApiTokensApi {

  private final ApiTokenService tokens;
  private final CurrentActor currentActor;

  ApiTokenController(ApiTokenService tokens, CurrentActor currentActor) {
    this.tokens = tokens;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<CreatedApiTokenDto> createApiToken(
      CreateApiTokenRequestDto body, Long xCommunityId) {
    EnumSet<ApiTokenScope> scopes = EnumSet.noneOf(ApiTokenScope.class);
    body.getScopes()
        .forEach(s -> scopes.add(ApiTokenScope.valueOf(s.getValue().toUpperCase(Locale.ROOT))));
    ApiTokenView view =
        tokens.create(
            currentActor.get(),
            new CreateApiTokenCommand(body.getName(), scopes, body.getExpiresInDays()));
    CreatedApiTokenDto dto =
        new CreatedApiTokenDto()
            .id(view.id())
            .name(view.name())
            .prefix(view.prefix())
            .communityId(view.communityId())
            .createdAt(view.createdAt().atOffset(ZoneOffset.UTC))
            .expiresAt(view.expiresAt().atOffset(ZoneOffset.UTC))
            .revoked(view.revoked())
            .token(view.secret());
    view.scopes().forEach(s -> dto.addScopesItem(ApiTokenScopeDto.fromValue(s.wireName())));
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(dto);
  }

  @Override
  public ResponseEntity<ApiTokenListDto> listApiTokens(Long xCommunityId) {
    ApiTokenListDto list = new ApiTokenListDto();
    tokens.list(currentActor.get()).forEach(v -> list.addItemsItem(toDto(v)));
    return ResponseEntity.ok(list);
  }

  @Override
  public ResponseEntity<Void> revokeApiToken(Long tokenId, Long xCommunityId) {
    tokens.revoke(currentActor.get(), tokenId);
    return ResponseEntity.noContent().build();
  }

  private static ApiTokenDto toDto(ApiTokenView view) {
    ApiTokenDto dto =
        new ApiTokenDto()
            .id(view.id())
            .name(view.name())
            .prefix(view.prefix())
            .communityId(view.communityId())
            .createdAt(view.createdAt().atOffset(ZoneOffset.UTC))
            .expiresAt(view.expiresAt().atOffset(ZoneOffset.UTC))
            .lastUsedAt(
                view.lastUsedAt() == null ? null : view.lastUsedAt().atOffset(ZoneOffset.UTC))
            .revoked(view.revoked());
    view.scopes().forEach(s -> dto.addScopesItem(ApiTokenScopeDto.fromValue(s.wireName())));
    return dto;
  }
}
