package org.linli.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.wechat.FakeWeChatServer;
import tools.jackson.databind.JsonNode;

/** Reminders by WeChat subscribe message, consent bookkeeping and the response rate. */
class SurveyRemindersIT {

  private static final String TEMPLATE = LinliInstance.SURVEY_REMINDER_TEMPLATE;
  private final ApiClient api = LinliInstance.shared().client();
  private final FakeWeChatServer weChat = LinliInstance.sharedWeChat();
  private final Sessions sessions = new Sessions(api);

  private long openSurvey(ApiClient staff) {
    Map<String, Object> body =
        Map.of(
            "title", "楼道照明满意度",
            "anonymity", "ANONYMOUS",
            "audience", "ALL",
            "questions",
                List.of(
                    Map.of(
                        "id",
                        "q1",
                        "type",
                        "RATING",
                        "title",
                        "满意度",
                        "scale",
                        5,
                        "required",
                        true)));
    long id = staff.post("/api/v1/surveys", body).json().get("id").asLong();
    assertThat(staff.post("/api/v1/surveys/" + id + "/open", null).status()).isEqualTo(200);
    return id;
  }

  private ApiClient member(String name, long community) {
    ApiClient c = sessions.as(name);
    assertThat(c.post("/api/v1/communities/" + community + "/join", null).status()).isEqualTo(200);
    return c;
  }

  private static int credits(ApiClient user) {
    JsonNode items = user.get("/api/v1/me/subscriptions").json().get("items");
    for (JsonNode item : items) {
      if (item.get("templateId").asString().equals(TEMPLATE)) {
        assertThat(item.get("purpose").asString()).isEqualTo("SURVEY_REMINDER");
        return item.get("credits").asInt();
      }
    }
    throw new AssertionError("survey reminder template not offered: " + items);
  }

  @Test
  void reminders_goOnlyToConsentingResidentsWhoHaveNotAnswered_andUseUpTheirConsent() {
    long community = sessions.newCommunity("提醒社区");
    String staffName = Sessions.unique("remind-staff");
    sessions.grant(staffName, community, "STAFF");
    ApiClient staff = sessions.as(staffName);
    String aliceName = Sessions.unique("alice");
    ApiClient alice = member(aliceName, community);
    ApiClient bob = member(Sessions.unique("bob"), community);
    ApiClient carol = member(Sessions.unique("carol"), community);
    long survey = openSurvey(staff);

    // Alice accepts the reminder template twice in the mini program; unknown templates are ignored.
    alice.post("/api/v1/me/subscriptions", Map.of("accepted", List.of(TEMPLATE, "tmpl-unknown")));
    assertThat(
            alice.post("/api/v1/me/subscriptions", Map.of("accepted", List.of(TEMPLATE))).status())
        .isEqualTo(200);
    assertThat(credits(alice)).isEqualTo(2);
    assertThat(credits(bob)).isZero();
    // Carol answers; she must not be reminded.
    assertThat(
            carol
                .post(
                    "/api/v1/surveys/" + survey + "/responses",
                    Map.of("answers", Map.of("q1", Map.of("number", 5))))
                .status())
        .isEqualTo(201);
    int before = weChat.sentSubscribeMessages().size();

    ApiClient.Response round = staff.post("/api/v1/surveys/" + survey + "/reminders", null);

    assertThat(round.status()).as(round.toString()).isEqualTo(200);
    JsonNode outcome = round.json();
    assertThat(outcome.get("recipients").asInt())
        .isEqualTo(3); // staff (also a resident), alice, bob
    assertThat(outcome.get("sent").asInt()).isEqualTo(1);
    assertThat(outcome.get("noConsent").asInt()).isEqualTo(2);
    assertThat(outcome.get("failed").asInt()).isZero();
    List<String> sent =
        weChat.sentSubscribeMessages().subList(before, weChat.sentSubscribeMessages().size());
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0))
        .contains(
            FakeWeChatServer.openidFor(aliceName),
            TEMPLATE,
            "thing1",
            "pages/survey/index?id=" + survey);
    assertThat(credits(alice)).isEqualTo(1);

    ApiClient.Response again = staff.post("/api/v1/surveys/" + survey + "/reminders", null);
    assertThat(again.status()).isEqualTo(429);
    assertThat(again.header("Retry-After")).isNotBlank();

    JsonNode results = staff.get("/api/v1/surveys/" + survey + "/results").json();
    assertThat(results.get("totalResponses").asLong()).isEqualTo(1);
    assertThat(results.get("eligible").asLong()).isEqualTo(4);
    assertThat(results.get("responseRate").asDouble()).isEqualTo(25.0);

    assertThat(alice.post("/api/v1/surveys/" + survey + "/reminders", null).status())
        .isEqualTo(403);
  }

  @Test
  void userWhoTurnedMessagesOff_losesTheRestOfTheirConsent() {
    long community = sessions.newCommunity("拒收社区");
    String staffName = Sessions.unique("refuse-staff");
    sessions.grant(staffName, community, "STAFF");
    ApiClient staff = sessions.as(staffName);
    ApiClient dave = member(Sessions.unique("dave"), community);
    for (int i = 0; i < 3; i++) {
      dave.post("/api/v1/me/subscriptions", Map.of("accepted", List.of(TEMPLATE)));
    }
    long survey = openSurvey(staff);
    weChat.failNext("/cgi-bin/message/subscribe/send", 43101, "user refuse to accept the msg");

    JsonNode outcome = staff.post("/api/v1/surveys/" + survey + "/reminders", null).json();

    assertThat(outcome.get("sent").asInt()).isZero();
    assertThat(credits(dave)).isZero();
  }
}
