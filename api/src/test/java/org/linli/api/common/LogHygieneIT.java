package org.linli.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.wechat.FakeWeChatServer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** Logs never contain login codes, tokens, session keys, openids or phone numbers. */
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneIT {

  private static final Pattern PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

  @Test
  void loginRefreshTokensAndFailures_leaveNoSecretsInTheLogs(CapturedOutput output) {
    ApiClient api = LinliInstance.shared().client();
    FakeWeChatServer weChat = LinliInstance.sharedWeChat();
    Sessions sessions = new Sessions(api);
    String who = Sessions.unique("private");
    String code = Sessions.codeFor(who);

    JsonNode login = api.post("/api/v1/auth/wechat-login", Map.of("code", code)).json();
    String access = login.get("accessToken").asString();
    String refresh = login.get("refreshToken").asString();
    JsonNode rotated = api.post("/api/v1/auth/refresh", Map.of("refreshToken", refresh)).json();
    api.post("/api/v1/auth/refresh", Map.of("refreshToken", refresh)); // reuse: revokes

    long community = sessions.newCommunity("隐私社区");
    String staffName = Sessions.unique("private-staff");
    sessions.grant(staffName, community, "STAFF");
    String apiToken =
        sessions
            .as(staffName)
            .post(
                "/api/v1/api-tokens",
                Map.of("name", "导出", "scopes", List.of("read"), "expiresInDays", 7))
            .json()
            .get("token")
            .asString();
    api.as(apiToken).get("/api/v1/communities/" + community + "/members");

    String failing = "invalid-" + Sessions.unique("code");
    api.post("/api/v1/auth/wechat-login", Map.of("code", failing));
    weChat.setDown(true);
    String downCode = Sessions.codeFor(who);
    api.post("/api/v1/auth/wechat-login", Map.of("code", downCode));
    weChat.setDown(false);
    api.as("lat_not-a-real-token-13812345678").get("/api/v1/me");

    String logs = output.getAll();
    assertThat(logs).isNotBlank();
    assertThat(logs)
        .doesNotContain(code, failing, downCode, access, refresh, apiToken)
        .doesNotContain(
            rotated.get("accessToken").asString(), rotated.get("refreshToken").asString())
        .doesNotContain(FakeWeChatServer.openidFor(who), FakeWeChatServer.unionidFor(who))
        .doesNotContain("session_key", FakeWeChatServer.DEFAULT_SECRET);
    assertThat(PHONE.matcher(logs).find()).as("a phone number in the logs").isFalse();
  }
}
