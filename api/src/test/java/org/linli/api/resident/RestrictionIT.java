package org.linli.api.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.wechat.FakeWeChatServer;
import tools.jackson.databind.JsonNode;

/**
 * Restricted processing (PIPL right to restrict): the record is kept but left out of every use
 * until a data admin lifts the restriction.
 */
class RestrictionIT {

  private final Sessions sessions = new Sessions(LinliInstance.shared().client());

  /** A community with one building, unit, room 101 and household, and its staff and data admin. */
  private final class Place {
    final long community;
    final ApiClient staff;
    final ApiClient dataAdmin;
    final long building;
    final long room;
    final long household;

    Place(String name) {
      community = sessions.newCommunity(name);
      String staffName = Sessions.unique("restrict-staff");
      sessions.grant(staffName, community, "STAFF");
      staff = sessions.as(staffName);
      String adminName = Sessions.unique("restrict-admin");
      sessions.grant(adminName, community, "DATA_ADMIN");
      dataAdmin = sessions.as(adminName);
      building =
          staff.post("/api/v1/registry/buildings", Map.of("name", "8号楼")).json().get("id").asLong();
      long unit =
          staff
              .post("/api/v1/registry/buildings/" + building + "/units", Map.of("name", "1单元"))
              .json()
              .get("id")
              .asLong();
      room =
          staff
              .post(
                  "/api/v1/registry/units/" + unit + "/rooms",
                  Map.of("number", "101", "areaCentiM2", 8000, "areaSource", "REGISTER"))
              .json()
              .get("id")
              .asLong();
      household =
          staff
              .post("/api/v1/registry/rooms/" + room + "/households", null)
              .json()
              .get("id")
              .asLong();
    }

    long resident(String name, String phone, int sequence) {
      Map<String, Object> body = new HashMap<>();
      body.put("householdId", household);
      body.put("name", name);
      body.put("relation", "HEAD");
      body.put("residenceKind", "OWNER");
      body.put("idNumber", RegistryIT.idNumber(LocalDate.of(1950, 5, 5), sequence));
      body.put("phone", phone);
      body.put("tags", List.of("重点关注"));
      ApiClient.Response r = staff.post("/api/v1/registry/residents", body);
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      return r.json().get("id").asLong();
    }

    ApiClient.Response restrict(ApiClient who, long residentId, String reason) {
      return who.put(
          "/api/v1/registry/residents/" + residentId + "/restriction", Map.of("reason", reason));
    }

    long total(ApiClient who, Map<String, Object> criteria) {
      return who.post("/api/v1/registry/residents/search", criteria).json().get("total").asLong();
    }
  }

  @Test
  void restrictedResident_isLeftOutOfListsSearchStatisticsAndExports_untilLifted() {
    Place p = new Place("限制社区");
    long kept = p.resident("钱一", "13911110001", 901);
    long restricted = p.resident("钱二", "13911110002", 902);
    JsonNode statsBefore = p.staff.get("/api/v1/registry/statistics").json();
    assertThat(statsBefore.get("residents").asLong()).isEqualTo(2);

    ApiClient.Response marked = p.restrict(p.dataAdmin, restricted, "本人要求限制处理");

    assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
    assertThat(marked.json().get("restricted").asBoolean()).isTrue();
    assertThat(marked.json().get("restrictedReason").asString()).isEqualTo("本人要求限制处理");
    assertThat(p.total(p.staff, Map.of())).isEqualTo(1);
    assertThat(p.total(p.dataAdmin, Map.of())).isEqualTo(1);
    assertThat(p.total(p.staff, Map.of("phone", "13911110002"))).isZero();
    assertThat(p.total(p.staff, Map.of("tag", "重点关注"))).isEqualTo(1);
    assertThat(p.staff.get("/api/v1/registry/residents/" + restricted).status()).isEqualTo(404);
    JsonNode stats = p.staff.get("/api/v1/registry/statistics").json();
    assertThat(stats.get("residents").asLong()).isEqualTo(1);
    assertThat(stats.get("byTag").toString()).contains("\"count\":1").doesNotContain("\"count\":2");
    assertThat(stats.get("byBuilding").toString()).contains("\"count\":1");
    String masked = p.staff.accept("*/*").get("/api/v1/registry/exports/residents").body();
    assertThat(masked).contains("139****0001").doesNotContain("139****0002");
    assertThat(unmaskedExport(p)).contains("13911110001").doesNotContain("13911110002");

    // The data admin still finds it, marked, and may lift the restriction; nobody may use it.
    JsonNode listed =
        p.dataAdmin
            .post("/api/v1/registry/residents/search", Map.of("restricted", true))
            .json()
            .get("items");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("id").asLong()).isEqualTo(restricted);
    assertThat(listed.get(0).get("restricted").asBoolean()).isTrue();
    JsonNode seen = p.dataAdmin.get("/api/v1/registry/residents/" + restricted).json();
    assertThat(seen.get("restricted").asBoolean()).isTrue();
    assertThat(
            p.dataAdmin
                .patch(
                    "/api/v1/registry/residents/" + restricted,
                    Map.of("version", seen.get("version").asInt(), "name", "钱三"))
                .code())
        .isEqualTo("RESIDENT_RESTRICTED");
    assertThat(
            p.dataAdmin
                .post(
                    "/api/v1/registry/residents/" + restricted + "/reveal",
                    Map.of("field", "PHONE", "reason", "核对"))
                .code())
        .isEqualTo("RESIDENT_RESTRICTED");
    assertThat(
            p.staff.post("/api/v1/registry/residents/search", Map.of("restricted", true)).status())
        .isEqualTo(403);

    ApiClient.Response lifted =
        p.dataAdmin.delete("/api/v1/registry/residents/" + restricted + "/restriction");

    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
    assertThat(lifted.json().get("restricted").asBoolean()).isFalse();
    assertThat(p.total(p.staff, Map.of())).isEqualTo(2);
    assertThat(p.staff.get("/api/v1/registry/statistics").json().get("residents").asLong())
        .isEqualTo(2);
    assertThat(p.staff.accept("*/*").get("/api/v1/registry/exports/residents").body())
        .contains("139****0002");
    String auditorName = Sessions.unique("restrict-auditor");
    sessions.grant(auditorName, p.community, "AUDITOR");
    String log = sessions.as(auditorName).get("/api/v1/audit/entries?size=50").body();
    assertThat(log)
        .contains("RESIDENT_RESTRICTED", "本人要求限制处理", "RESIDENT_RESTRICTION_LIFTED")
        .doesNotContain("13911110002");
    assertThat(kept).isNotEqualTo(restricted);
  }

  /** The unmasked export, after a second data admin's approval. */
  private String unmaskedExport(Place p) {
    String secondName = Sessions.unique("restrict-admin-2");
    sessions.grant(secondName, p.community, "DATA_ADMIN");
    ApiClient second = sessions.as(secondName);
    long request =
        p.dataAdmin
            .post("/api/v1/registry/export-requests", Map.of("reason", "入户走访名单"))
            .json()
            .get("id")
            .asLong();
    assertThat(
            second.post("/api/v1/registry/export-requests/" + request + "/approve", null).status())
        .isEqualTo(200);
    ApiClient.Response file =
        p.dataAdmin.accept("*/*").get("/api/v1/registry/export-requests/" + request + "/file");
    assertThat(file.status()).as(file.toString()).isEqualTo(200);
    return file.body();
  }

  @Test
  void restrictedResident_isNotMatchedByClaims_norEligible_norCounted_butSeesTheirOwnData() {
    Place p = new Place("限制绑定社区");
    long residentId = p.resident("周大", FakeWeChatServer.PHONE_NUMBER, 911);
    ApiClient user = sessions.as(Sessions.unique("restricted-user"));
    user.post("/api/v1/communities/" + p.community + "/join", null);
    p.restrict(p.dataAdmin, residentId, "诉讼期间限制");

    // A claim that would match waits for staff, who cannot bind it to the restricted record.
    ApiClient.Response claim = claim(user, "周大", "phone-ok-r1");
    assertThat(claim.json().get("status").asString()).as(claim.toString()).isEqualTo("PENDING");
    long claimId = claim.json().get("id").asLong();
    assertThat(
            p.staff
                .post(
                    "/api/v1/registry/claims/" + claimId + "/approve",
                    Map.of("residentId", residentId))
                .status())
        .isEqualTo(400);

    // Bound before the restriction: their own data stays visible to them, marked.
    p.dataAdmin.delete("/api/v1/registry/residents/" + residentId + "/restriction");
    ApiClient.Response approved =
        p.staff.post(
            "/api/v1/registry/claims/" + claimId + "/approve", Map.of("residentId", residentId));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    long activity = publishedForBuilding(p.staff, p.building);
    long survey = verifiedSurvey(p.staff);
    long eligibleBefore = eligible(p.staff, survey);
    p.restrict(p.dataAdmin, residentId, "诉讼期间限制");

    JsonNode mine = user.get("/api/v1/me/data").json();
    assertThat(mine.get("restricted").asBoolean()).isTrue();
    assertThat(mine.get("phone").asString()).isEqualTo(FakeWeChatServer.PHONE_NUMBER);
    assertThat(signUp(user, activity).code()).isEqualTo("ACTIVITY_NOT_ELIGIBLE");
    assertThat(eligible(p.staff, survey)).isEqualTo(eligibleBefore - 1);

    p.dataAdmin.delete("/api/v1/registry/residents/" + residentId + "/restriction");
    assertThat(user.get("/api/v1/me/data").json().get("restricted").asBoolean()).isFalse();
    assertThat(signUp(user, activity).status()).isEqualTo(201);
    assertThat(eligible(p.staff, survey)).isEqualTo(eligibleBefore);
  }

  @Test
  void onlyDataAdminsOfTheCommunity_mayRestrictOrLift() {
    Place p = new Place("限制权限社区");
    long residentId = p.resident("吴一", "13911110011", 921);
    Place other = new Place("限制外社区");

    assertThat(p.restrict(p.staff, residentId, "试图限制").status()).isEqualTo(403);
    assertThat(p.restrict(other.dataAdmin, residentId, "试图限制").status()).isEqualTo(404);
    assertThat(
            other
                .dataAdmin
                .delete("/api/v1/registry/residents/" + residentId + "/restriction")
                .status())
        .isEqualTo(404);
    ApiClient resident = sessions.as(Sessions.unique("restrict-plain"));
    resident.post("/api/v1/communities/" + p.community + "/join", null);
    assertThat(p.restrict(resident, residentId, "试图限制").status()).isEqualTo(403);
    assertThat(p.restrict(p.dataAdmin, residentId, "x").status()).isEqualTo(400);
    assertThat(p.total(p.staff, Map.of())).isEqualTo(1);

    p.restrict(p.dataAdmin, residentId, "本人要求");
    assertThat(p.staff.delete("/api/v1/registry/residents/" + residentId + "/restriction").status())
        .isEqualTo(403);
    assertThat(p.total(p.staff, Map.of())).isZero();
  }

  private ApiClient.Response claim(ApiClient who, String name, String code) {
    return who.post(
        "/api/v1/me/household-claims",
        Map.of("building", "8号楼", "unit", "1单元", "room", "101", "name", name, "phoneCode", code));
  }

  private static long verifiedSurvey(ApiClient staff) {
    Map<String, Object> body =
        Map.of(
            "title", "认证居民问卷",
            "anonymity", "ANONYMOUS",
            "audience", "VERIFIED",
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

  /** A published activity for the residents of one building, sign-up open now. */
  private static long publishedForBuilding(ApiClient staff, long building) {
    Instant now = Instant.now();
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("title", "楼栋议事会");
    b.put("description", "本楼居民议事");
    b.put("kind", "HEALTH");
    b.put("place", "8号楼大堂");
    b.put("startsAt", now.plus(Duration.ofDays(1)).toString());
    b.put("endsAt", now.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)).toString());
    b.put("signupOpensAt", now.minus(Duration.ofMinutes(1)).toString());
    b.put("signupClosesAt", now.plus(Duration.ofHours(20)).toString());
    b.put("capacity", 10);
    b.put("waitlistEnabled", false);
    b.put("waitlistLimit", 0);
    b.put("audience", "BUILDINGS");
    b.put("buildingIds", List.of(building));
    ApiClient.Response created = staff.post("/api/v1/activities", b);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    ApiClient.Response published = staff.post("/api/v1/activities/" + id + "/publish", null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return id;
  }

  private static ApiClient.Response signUp(ApiClient who, long activity) {
    return who.idempotent(UUID.randomUUID().toString())
        .post("/api/v1/activities/" + activity + "/signups", Map.of());
  }

  private static long eligible(ApiClient staff, long survey) {
    return staff.get("/api/v1/surveys/" + survey + "/results").json().get("eligible").asLong();
  }
}
