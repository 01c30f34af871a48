package org.linli.api.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import tools.jackson.databind.JsonNode;

/**
 * Communities never see each other's data (404, not 403), and residents cannot do staff actions
 * (403). Covers every kind of community resource that exists so far.
 */
class CommunityIsolationIT {

  private static final ApiClient API = LinliInstance.shared().client();
  private static final Sessions SESSIONS = new Sessions(API);

  private static long communityA;
  private static long communityB;
  private static String staffA;
  private static String staffB;
  private static String residentA;
  private static String residentB;
  private static long residentBId;
  private static long heldItemB;
  private static long apiTokenB;

  @BeforeAll
  static void twoCommunities() {
    communityA = SESSIONS.newCommunity("甲社区");
    communityB = SESSIONS.newCommunity("乙社区");
    staffA = Sessions.unique("staff-a");
    staffB = Sessions.unique("staff-b");
    residentA = Sessions.unique("resident-a");
    residentB = Sessions.unique("resident-b");
    SESSIONS.grant(staffA, communityA, "STAFF");
    SESSIONS.grant(staffB, communityB, "STAFF");
    SESSIONS.join(residentA, communityA);
    residentBId = SESSIONS.join(residentB, communityB);

    // Community B content: a published nickname, a held nickname and a staff API token.
    ApiClient residentBClient = SESSIONS.as(residentB);
    assertThat(residentBClient.patch("/api/v1/me", Map.of("nickname", "乙的居民")).status())
        .isEqualTo(200);
    ApiClient heldAuthor = SESSIONS.as(Sessions.unique("held-b"));
    heldAuthor.post("/api/v1/communities/" + communityB + "/join", null);
    assertThat(heldAuthor.patch("/api/v1/me", Map.of("nickname", "待审 乙")).status()).isEqualTo(200);
    JsonNode queue =
        SESSIONS.as(staffB).get("/api/v1/moderation/items?status=HELD").json().get("items");
    heldItemB = queue.get(queue.size() - 1).get("id").asLong();
    apiTokenB =
        SESSIONS
            .as(staffB)
            .post(
                "/api/v1/api-tokens",
                Map.of("name", "乙报表", "scopes", java.util.List.of("read"), "expiresInDays", 30))
            .json()
            .get("id")
            .asLong();
  }

  private static void assertNotFound(ApiClient.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  @Test
  void staffOfA_getsNotFound_forEveryKindOfCommunityBResource() {
    ApiClient a = SESSIONS.as(staffA);

    assertNotFound(a.get("/api/v1/communities/" + communityB + "/members"));
    assertNotFound(
        a.put(
            "/api/v1/communities/" + communityB + "/members/" + residentBId + "/roles/VOLUNTEER"));
    assertNotFound(
        a.delete(
            "/api/v1/communities/" + communityB + "/members/" + residentBId + "/roles/RESIDENT"));
    assertNotFound(a.post("/api/v1/moderation/items/" + heldItemB + "/approve", null));
    assertNotFound(a.post("/api/v1/moderation/items/" + heldItemB + "/reject", Map.of()));
    assertNotFound(a.delete("/api/v1/api-tokens/" + apiTokenB));
    assertNotFound(
        a.post(
            "/api/v1/moderation/reports",
            Map.of(
                "contentType",
                "NICKNAME",
                "contentId",
                Long.toString(residentBId),
                "reason",
                "x")));
    assertNotFound(a.inCommunity(communityB).get("/api/v1/moderation/items"));
    assertNotFound(a.inCommunity(communityB).get("/api/v1/me"));
    assertNotFound(a.inCommunity(communityB).get("/api/v1/api-tokens"));

    // A's own queue never lists B's items.
    JsonNode items = a.get("/api/v1/moderation/items").json().get("items");
    items.forEach(i -> assertThat(i.get("id").asLong()).isNotEqualTo(heldItemB));
    // Nothing of B changed.
    JsonNode bQueue = SESSIONS.as(staffB).get("/api/v1/moderation/items?status=HELD").json();
    assertThat(bQueue.toString()).contains("\"id\":" + heldItemB);
    JsonNode member =
        SESSIONS.as(staffB).get("/api/v1/communities/" + communityB + "/members?size=200").json();
    assertThat(member.toString()).doesNotContain("VOLUNTEER");
  }

  @Test
  void residentOfA_getsNotFound_forCommunityBMembers() {
    assertNotFound(SESSIONS.as(residentA).get("/api/v1/communities/" + communityB + "/members"));
  }

  @Test
  void resident_cannotDoStaffActions_inOwnCommunity() {
    ApiClient r = SESSIONS.as(residentA);
    long someone = SESSIONS.join(Sessions.unique("neighbour"), communityA);

    assertForbidden(r.get("/api/v1/communities/" + communityA + "/members"));
    assertForbidden(
        r.put("/api/v1/communities/" + communityA + "/members/" + someone + "/roles/STAFF"));
    assertForbidden(r.get("/api/v1/moderation/items"));
    assertForbidden(r.get("/api/v1/audit/entries"));
    assertForbidden(r.get("/api/v1/audit/verification"));
    assertForbidden(r.post("/api/v1/communities", Map.of("name", Sessions.unique("x"))));
    assertForbidden(
        r.post(
            "/api/v1/api-tokens",
            Map.of("name", "mine", "scopes", java.util.List.of("read"), "expiresInDays", 1)));
    // The resident can still see themselves.
    assertThat(r.get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void staff_cannotGrantSecurityRoles_butPlatformAdminCan() {
    long target = SESSIONS.join(Sessions.unique("candidate"), communityA);
    ApiClient staff = SESSIONS.as(staffA);

    assertForbidden(
        staff.put("/api/v1/communities/" + communityA + "/members/" + target + "/roles/AUDITOR"));
    assertThat(
            staff
                .put(
                    "/api/v1/communities/" + communityA + "/members/" + target + "/roles/VOLUNTEER")
                .json()
                .get("roles")
                .toString())
        .contains("VOLUNTEER");
    ApiClient.Response byAdmin =
        SESSIONS
            .admin()
            .put("/api/v1/communities/" + communityA + "/members/" + target + "/roles/AUDITOR");
    assertThat(byAdmin.status()).isEqualTo(200);
    assertThat(byAdmin.json().get("roles").toString()).contains("AUDITOR");

    ApiClient.Response revoked =
        staff.delete(
            "/api/v1/communities/" + communityA + "/members/" + target + "/roles/VOLUNTEER");
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("roles").toString()).doesNotContain("VOLUNTEER");
  }

  @Test
  void join_isIdempotent_andListMarksJoinedCommunities() {
    String who = Sessions.unique("joiner");
    ApiClient user = SESSIONS.as(who);
    assertThat(user.post("/api/v1/communities/" + communityA + "/join", null).status())
        .isEqualTo(200);
    ApiClient.Response again = user.post("/api/v1/communities/" + communityA + "/join", null);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("roles").toString()).isEqualTo("[\"RESIDENT\"]");
    assertThat(again.json().get("verified").asBoolean()).isFalse();

    JsonNode list = user.get("/api/v1/communities").json().get("items");
    list.forEach(
        c -> assertThat(c.get("joined").asBoolean()).isEqualTo(c.get("id").asLong() == communityA));
    JsonNode me = user.get("/api/v1/me").json();
    assertThat(me.get("communities")).hasSize(1);
    assertThat(me.get("currentCommunityId").asLong()).isEqualTo(communityA);
  }

  @Test
  void join_unknownCommunity_is404() {
    ApiClient.Response r =
        SESSIONS.as(Sessions.unique("lost")).post("/api/v1/communities/999999999/join", null);
    assertNotFound(r);
    assertThat(r.code()).isEqualTo("COMMUNITY_NOT_FOUND");
  }

  @Test
  void createCommunity_withTakenName_is409() {
    String name = Sessions.unique("同名社区");
    assertThat(SESSIONS.admin().post("/api/v1/communities", Map.of("name", name)).status())
        .isEqualTo(201);
    ApiClient.Response again = SESSIONS.admin().post("/api/v1/communities", Map.of("name", name));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("COMMUNITY_NAME_TAKEN");
  }

  private static void assertForbidden(ApiClient.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(403);
    assertThat(r.code()).isIn("FORBIDDEN", "INSUFFICIENT_SCOPE");
  }
}
