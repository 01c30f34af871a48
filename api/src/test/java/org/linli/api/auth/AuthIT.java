package org.linli.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;
import org.linli.testsupport.wechat.FakeWeChatServer;
import tools.jackson.databind.JsonNode;

/** WeChat login, token refresh and logout against the fake WeChat server, MariaDB and Redis. */
class AuthIT {

  private final LinliInstance app = LinliInstance.shared();
  private final FakeWeChatServer weChat = LinliInstance.sharedWeChat();
  private final ApiClient api = app.client();
  private final Sessions sessions = new Sessions(api);

  @BeforeEach
  @AfterEach
  void resetWeChat() {
    weChat.clearFailures();
    weChat.setDown(false);
    weChat.setDelayMillis(0);
  }

  private ApiClient.Response login(String code) {
    return api.post("/api/v1/auth/wechat-login", Map.of("code", code));
  }

  @Test
  void login_withValidCode_returnsOpaqueTokensAndUserWithoutWeChatSecrets() {
    String who = Sessions.unique("alice");
    ApiClient.Response r = login(Sessions.codeFor(who));

    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("accessToken").asString()).startsWith("lat_").hasSizeGreaterThan(40);
    assertThat(body.get("refreshToken").asString()).startsWith("lrt_").hasSizeGreaterThan(40);
    assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
    assertThat(body.get("expiresIn").asLong()).isEqualTo(7200);
    assertThat(body.get("user").get("id").asLong()).isPositive();
    assertThat(body.get("user").get("communities")).isEmpty();
    assertThat(r.body())
        .doesNotContain(FakeWeChatServer.openidFor(who), FakeWeChatServer.unionidFor(who))
        .doesNotContainIgnoringCase("session")
        .doesNotContain("openid", "unionid");
    assertThat(r.header("Cache-Control")).contains("no-store");
  }

  @Test
  void login_sameIdentityTwice_isTheSameUser() {
    String who = Sessions.unique("bob");
    long first = login(Sessions.codeFor(who)).json().get("user").get("id").asLong();
    long second = login(Sessions.codeFor(who)).json().get("user").get("id").asLong();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void login_withInvalidCode_is401WechatCodeInvalid() {
    ApiClient.Response r = login("invalid-" + Sessions.unique("x"));
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("WECHAT_CODE_INVALID");
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("title").asString()).isEqualTo("登录凭证无效");
  }

  @Test
  void login_withUsedCode_is401WechatCodeInvalid() {
    String code = Sessions.codeFor(Sessions.unique("carol"));
    assertThat(login(code).status()).isEqualTo(200);

    ApiClient.Response again = login(code);

    assertThat(again.status()).isEqualTo(401);
    assertThat(again.code()).isEqualTo("WECHAT_CODE_INVALID");
  }

  @Test
  void login_whenWeChatRateLimits_is429WithRetryAfter() {
    weChat.failNext("/sns/jscode2session", 45011, "api minute-quota reach limit");
    ApiClient.Response r = login(Sessions.codeFor(Sessions.unique("dave")));
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.code()).isEqualTo("WECHAT_RATE_LIMITED");
    assertThat(r.header("Retry-After")).isNotBlank();
  }

  @Test
  void login_whenWeChatBlocksRiskyUser_is403() {
    weChat.failNext("/sns/jscode2session", 40226, "risky user");
    ApiClient.Response r = login(Sessions.codeFor(Sessions.unique("erin")));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.code()).isEqualTo("WECHAT_USER_BLOCKED");
  }

  @Test
  void login_whenWeChatIsBusy_is503AfterRetries() {
    weChat.failAlways("/sns/jscode2session", -1, "system error");
    ApiClient.Response r = login(Sessions.codeFor(Sessions.unique("frank")));
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.code()).isEqualTo("WECHAT_UNAVAILABLE");
  }

  @Test
  void login_whenWeChatIsUnreachable_is503() {
    weChat.setDown(true);
    ApiClient.Response r = login(Sessions.codeFor(Sessions.unique("grace")));
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.code()).isEqualTo("WECHAT_UNAVAILABLE");
  }

  @Test
  void login_sameCodeTooOften_isRateLimitedWithRetryAfter() {
    String code = "invalid-burst-" + Sessions.unique("c");
    ApiClient.Response last = null;
    for (int i = 0; i < 4; i++) {
      last = login(code);
    }
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.code()).isEqualTo("LOGIN_RATE_LIMITED");
    assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
  }

  @Test
  void login_fromOneIpTooOften_isRateLimitedWhileOtherIpsStillLogIn() {
    LinliInstance strict =
        LinliInstance.start(
            weChat,
            TestInfrastructure.get().redisKeyPrefix() + "-ratelimit",
            Map.of("linli.auth.login-per-ip-per-minute", "3"));
    try {
      ApiClient noisy = strict.client().from("203.0.113.7");
      for (int i = 0; i < 3; i++) {
        assertThat(
                noisy
                    .post(
                        "/api/v1/auth/wechat-login",
                        Map.of("code", Sessions.codeFor(Sessions.unique("n"))))
                    .status())
            .isEqualTo(200);
      }
      ApiClient.Response limited =
          noisy.post(
              "/api/v1/auth/wechat-login", Map.of("code", Sessions.codeFor(Sessions.unique("n"))));
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.code()).isEqualTo("LOGIN_RATE_LIMITED");
      assertThat(limited.header("Retry-After")).isNotBlank();

      ApiClient.Response other =
          strict
              .client()
              .from("203.0.113.8")
              .post(
                  "/api/v1/auth/wechat-login",
                  Map.of("code", Sessions.codeFor(Sessions.unique("n"))));
      assertThat(other.status()).isEqualTo(200);
    } finally {
      strict.close();
    }
  }

  @Test
  void refresh_rotatesTokens_andOldAccessTokenKeepsWorkingUntilExpiry() {
    JsonNode first = sessions.login(Sessions.unique("henry"));

    ApiClient.Response rotated =
        api.post(
            "/api/v1/auth/refresh", Map.of("refreshToken", first.get("refreshToken").asString()));

    assertThat(rotated.status()).isEqualTo(200);
    JsonNode second = rotated.json();
    assertThat(second.get("refreshToken").asString())
        .isNotEqualTo(first.get("refreshToken").asString());
    assertThat(second.get("user").get("id").asLong())
        .isEqualTo(first.get("user").get("id").asLong());
    assertThat(api.as(second.get("accessToken").asString()).get("/api/v1/me").status())
        .isEqualTo(200);
    assertThat(api.as(first.get("accessToken").asString()).get("/api/v1/me").status())
        .isEqualTo(200);
  }

  @Test
  void refresh_withReusedToken_isRejectedAndRevokesTheWholeSession() {
    JsonNode first = sessions.login(Sessions.unique("ivy"));
    String oldRefresh = first.get("refreshToken").asString();
    JsonNode second = api.post("/api/v1/auth/refresh", Map.of("refreshToken", oldRefresh)).json();

    ApiClient.Response replay =
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", oldRefresh));

    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.code()).isEqualTo("REFRESH_TOKEN_REUSED");
    // Every token of the family is dead now, including the legitimately rotated ones.
    assertThat(api.as(second.get("accessToken").asString()).get("/api/v1/me").status())
        .isEqualTo(401);
    assertThat(api.as(first.get("accessToken").asString()).get("/api/v1/me").status())
        .isEqualTo(401);
    ApiClient.Response rotatedRefresh =
        api.post(
            "/api/v1/auth/refresh", Map.of("refreshToken", second.get("refreshToken").asString()));
    assertThat(rotatedRefresh.status()).isEqualTo(401);
  }

  @Test
  void refresh_withUnknownToken_is401() {
    ApiClient.Response r = api.post("/api/v1/auth/refresh", Map.of("refreshToken", "lrt_nope"));
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("REFRESH_TOKEN_INVALID");
  }

  @Test
  void logout_revokesAccessAndRefreshTokensAtOnce() {
    JsonNode login = sessions.login(Sessions.unique("jack"));
    ApiClient user = api.as(login.get("accessToken").asString());

    assertThat(user.post("/api/v1/auth/logout", null).status()).isEqualTo(204);

    ApiClient.Response me = user.get("/api/v1/me");
    assertThat(me.status()).isEqualTo(401);
    assertThat(me.code()).isEqualTo("TOKEN_INVALID");
    ApiClient.Response refresh =
        api.post(
            "/api/v1/auth/refresh", Map.of("refreshToken", login.get("refreshToken").asString()));
    assertThat(refresh.status()).isEqualTo(401);
  }

  @Test
  void me_withoutToken_is401Problem_inEnglishWhenAsked() {
    ApiClient.Response r = api.language("en").get("/api/v1/me");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("UNAUTHENTICATED");
    assertThat(r.json().get("title").asString()).isEqualTo("Login required");
    assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void me_withGarbageToken_is401TokenInvalid() {
    ApiClient.Response r = api.as("lat_garbage").get("/api/v1/me");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("TOKEN_INVALID");
    assertThat(r.json().get("title").asString()).isEqualTo("登录已失效");
  }

  @Test
  void bootstrapAdmin_isPlatformAdminAtLogin() {
    JsonNode admin = sessions.login(LinliInstance.ADMIN_IDENTITY);
    assertThat(admin.get("user").get("platformRoles").toString()).contains("ADMIN");
    JsonNode plain = sessions.login(Sessions.unique("kate"));
    assertThat(plain.get("user").get("platformRoles")).isEmpty();
  }
}
