package org.linli.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import tools.jackson.databind.JsonNode;

/** The privacy notice, data export and account deletion (PIPL Art. 13-17, 45, 47). */
class AccountIT {

  private final ApiClient api = LinliInstance.shared().client();
  private final Sessions sessions = new Sessions(api);

  @Test
  void privacyNotice_isServedWithoutLogin_andAcceptingTheCurrentVersionIsRecorded() {
    JsonNode notice = api.get("/api/v1/privacy-notice").json();
    assertThat(notice.get("version").asString()).isEqualTo("1");
    assertThat(notice.get("text").asString()).contains("个人信息保护告知", "身份证号");

    ApiClient user = sessions.as(Sessions.unique("consenting"));
    assertThat(user.get("/api/v1/me").json().has("privacyNoticeAccepted")).isFalse();
    ApiClient.Response outdated = user.post("/api/v1/me/privacy-consents", Map.of("version", "0"));
    assertThat(outdated.status()).isEqualTo(400);
    assertThat(outdated.json().get("errors").toString()).contains("OUTDATED");
    ApiClient.Response accepted = user.post("/api/v1/me/privacy-consents", Map.of("version", "1"));
    assertThat(accepted.json().get("privacyNoticeAccepted").asString()).isEqualTo("1");
    assertThat(user.get("/api/v1/me/export").json().get("privacyConsents").toString())
        .isEqualTo("[\"1\"]");
  }

  @Test
  void deletingTheAccount_endsEverySession_removesMemberships_andALaterLoginIsANewUser() {
    long community = sessions.newCommunity("注销社区");
    String who = Sessions.unique("leaving");
    JsonNode first = sessions.login(who);
    JsonNode second = sessions.login(who);
    ApiClient a = api.as(first.get("accessToken").asString());
    ApiClient b = api.as(second.get("accessToken").asString());
    a.post("/api/v1/communities/" + community + "/join", null);
    a.post(
        "/api/v1/me/subscriptions",
        Map.of("accepted", List.of(LinliInstance.SURVEY_REMINDER_TEMPLATE)));
    long oldId = first.get("user").get("id").asLong();

    assertThat(a.delete("/api/v1/me").status()).isEqualTo(204);

    assertThat(a.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(b.get("/api/v1/me").status()).isEqualTo(401);
    ApiClient.Response refresh =
        api.post(
            "/api/v1/auth/refresh", Map.of("refreshToken", second.get("refreshToken").asString()));
    assertThat(refresh.status()).isEqualTo(401);
    String staffName = Sessions.unique("leaving-staff");
    sessions.grant(staffName, community, "STAFF");
    assertThat(
            sessions
                .as(staffName)
                .get("/api/v1/communities/" + community + "/members?size=200")
                .body())
        .doesNotContain("\"userId\":" + oldId + ",");

    JsonNode again = sessions.login(who);
    assertThat(again.get("user").get("id").asLong()).isNotEqualTo(oldId);
    assertThat(again.get("user").get("communities")).isEmpty();
  }
}
