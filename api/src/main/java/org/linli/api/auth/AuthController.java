package org.linli.api.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.linli.api.common.CurrentActor;
import org.linli.api.common.RequestIdFilter;
import org.linli.contract.api.AuthApi;
import org.linli.contract.model.RefreshRequestDto;
import org.linli.contract.model.TokenResponseDto;
import org.linli.contract.model.WechatLoginRequestDto;
import org.linli.service.auth.AuthService;
import org.slf4j.MDC;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** WeChat login and session tokens. */
@RestController
class AuthController implements AuthApi {

  private final AuthService auth;
  private final CurrentActor currentActor;
  private final HttpServletRequest request;

  AuthController(AuthService auth, CurrentActor currentActor, HttpServletRequest request) {
    this.auth = auth;
    this.currentActor = currentActor;
    this.request = request;
  }

  @Override
  public ResponseEntity<TokenResponseDto> wechatLogin(WechatLoginRequestDto body) {
    var result =
        auth.login(body.getCode(), request.getRemoteAddr(), MDC.get(RequestIdFilter.MDC_KEY));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(UserDtos.tokens(result));
  }

  @Override
  public ResponseEntity<TokenResponseDto> refreshToken(RefreshRequestDto body) {
    var result = auth.refresh(body.getRefreshToken());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(UserDtos.tokens(result));
  }

  @Override
  public ResponseEntity<Void> logout() {
    auth.logout(currentActor.get());
    return ResponseEntity.noContent().build();
  }
}
