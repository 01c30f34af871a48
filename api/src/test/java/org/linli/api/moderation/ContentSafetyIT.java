package org.linli.api.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.wechat.FakeWeChatServer;
import tools.jackson.databind.JsonNode;

/** User text through WeChat content security, the moderation queue and reports. */
class ContentSafetyIT {

  private static final ApiClient API = LinliInstance.shared().client();
  private static final FakeWeChatServer WECHAT = LinliInstance.sharedWeChat();
  private static final Sessions SESSIONS = new Sessions(API);

  private static long community;
  private static String staff;

  @BeforeAll
  static void community() {
    community = SESSIONS.newCommunity("审核社区");
    staff = Sessions.unique("moderator");
    SESSIONS.grant(staff, community, "STAFF");
  }

  @AfterEach
  void resetWeChat() {
    WECHAT.clearFailures();
    WECHAT.setDown(false);
  }

  private ApiClient member(String name) {
    ApiClient c = SESSIONS.as(Sessions.unique(name));
    assertThat(c.post("/api/v1/communities/" + community + "/join", null).status()).isEqualTo(200);
    return c;
  }

  private JsonNode heldItemFor(long authorId) {
    JsonNode items =
        SESSIONS.as(staff).get("/api/v1/moderation/items?status=HELD&size=200").json().get("items");
    for (JsonNode item : items) {
      if (item.get("authorId").asLong() == authorId) {
        return item;
      }
    }
    return null;
  }

  @Test
  void nickname_thatPasses_isPublishedAtOnce() {
    ApiClient user = member("pass");
    ApiClient.Response r = user.patch("/api/v1/me", Map.of("nickname", "热心邻居"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("nickname").asString()).isEqualTo("热心邻居");
    assertThat(r.json().has("pendingNickname")).isFalse();
  }

  @Test
  void nickname_forReview_isHeld_visibleToAuthorOnly_untilApproved() {
    ApiClient user = member("review");
    ApiClient.Response r = user.patch("/api/v1/me", Map.of("nickname", "待审 昵称"));
    assertThat(r.status()).isEqualTo(200);
    long userId = r.json().get("id").asLong();
    assertThat(r.json().get("pendingNickname").asString()).isEqualTo("待审 昵称");
    assertThat(r.json().has("nickname")).isFalse();

    // Others (staff listing members) do not see it yet.
    JsonNode members =
        SESSIONS.as(staff).get("/api/v1/communities/" + community + "/members?size=200").json();
    assertThat(members.toString()).doesNotContain("待审 昵称");

    JsonNode item = heldItemFor(userId);
    assertThat(item).isNotNull();
    assertThat(item.get("reason").asString()).isEqualTo("CONTENT_CHECK_REVIEW");
    assertThat(item.get("label").asInt()).isEqualTo(21000);

    ApiClient.Response approved =
        SESSIONS
            .as(staff)
            .post("/api/v1/moderation/items/" + item.get("id").asLong() + "/approve", null);
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
    assertThat(user.get("/api/v1/me").json().get("nickname").asString()).isEqualTo("待审 昵称");

    ApiClient.Response twice =
        SESSIONS
            .as(staff)
            .post("/api/v1/moderation/items/" + item.get("id").asLong() + "/reject", null);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.code()).isEqualTo("MODERATION_ALREADY_DECIDED");
  }

  @Test
  void nickname_thatIsRisky_isRefusedWith422_andNotStored() {
    ApiClient user = member("risky");
    ApiClient.Response r = user.patch("/api/v1/me", Map.of("nickname", "违禁 名字"));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.code()).isEqualTo("CONTENT_REJECTED");
    assertThat(r.json().get("detail").asString()).doesNotContain("违禁");
    JsonNode me = user.get("/api/v1/me").json();
    assertThat(me.has("nickname")).isFalse();
    assertThat(me.has("pendingNickname")).isFalse();
  }

  @Test
  void nickname_whenWeChatIsDown_isHeldNeverPublished() {
    ApiClient user = member("down");
    WECHAT.setDown(true);
    ApiClient.Response r = user.patch("/api/v1/me", Map.of("nickname", "断网昵称"));
    WECHAT.setDown(false);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().has("nickname")).isFalse();
    assertThat(r.json().get("pendingNickname").asString()).isEqualTo("断网昵称");
    JsonNode item = heldItemFor(r.json().get("id").asLong());
    assertThat(item.get("reason").asString()).isEqualTo("CONTENT_CHECK_UNAVAILABLE");
  }

  @Test
  void wechatAccessTokenExpired_40001_isRefetchedOnceAndTheCallSucceeds() {
    ApiClient user = member("expired");
    assertThat(user.patch("/api/v1/me", Map.of("nickname", "先来一次")).status()).isEqualTo(200);
    int tokensBefore = WECHAT.tokenRequests();
    WECHAT.expireAllAccessTokens();

    ApiClient.Response r = user.patch("/api/v1/me", Map.of("nickname", "令牌过期后"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("nickname").asString()).isEqualTo("令牌过期后");
    assertThat(WECHAT.tokenRequests()).isEqualTo(tokensBefore + 1);
  }

  @Test
  void report_queuesPublishedContentForModerator_whoCanTakeItDown() {
    ApiClient author = member("author");
    long authorId =
        author.patch("/api/v1/me", Map.of("nickname", "普通昵称")).json().get("id").asLong();
    ApiClient reporter = member("reporter");

    ApiClient.Response report =
        reporter.post(
            "/api/v1/moderation/reports",
            Map.of(
                "contentType", "NICKNAME", "contentId", Long.toString(authorId), "reason", "不文明"));
    assertThat(report.status()).isEqualTo(201);
    // Reporting again is harmless.
    assertThat(
            reporter
                .post(
                    "/api/v1/moderation/reports",
                    Map.of(
                        "contentType",
                        "NICKNAME",
                        "contentId",
                        Long.toString(authorId),
                        "reason",
                        "再次"))
                .status())
        .isEqualTo(201);

    JsonNode item = heldItemFor(authorId);
    assertThat(item.get("reason").asString()).isEqualTo("REPORTED");
    assertThat(item.get("reportCount").asInt()).isEqualTo(1);

    ApiClient.Response rejected =
        SESSIONS
            .as(staff)
            .post(
                "/api/v1/moderation/items/" + item.get("id").asLong() + "/reject",
                Map.of("note", "不当昵称"));
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
    assertThat(author.get("/api/v1/me").json().has("nickname")).isFalse();
  }

  @Test
  void report_ofUnknownContent_is404() {
    ApiClient.Response r =
        member("lost")
            .post(
                "/api/v1/moderation/reports",
                Map.of("contentType", "NICKNAME", "contentId", "987654321", "reason", "x"));
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.code()).isEqualTo("CONTENT_NOT_FOUND");
  }
}
