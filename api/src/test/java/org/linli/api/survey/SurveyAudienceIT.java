package org.linli.api.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.api.survey.SurveyRegistryFixture.answer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** Audiences from the registry: buildings and units, owners, one answer per household. */
class SurveyAudienceIT {

  private static final LocalDate ADULT = LocalDate.of(1980, 3, 3);

  private final Sessions sessions = new Sessions(LinliInstance.shared().client());

  private static boolean waits(ApiClient who, long survey) {
    JsonNode items = who.get("/api/v1/surveys/waiting").json().get("items");
    for (JsonNode item : items) {
      if (item.get("id").asLong() == survey) {
        return true;
      }
    }
    return false;
  }

  private static void assertNotEligible(ApiClient who, long survey) {
    assertThat(waits(who, survey)).isFalse();
    ApiClient.Response form = who.get("/api/v1/surveys/" + survey + "/form");
    assertThat(form.status()).as(form.toString()).isEqualTo(403);
    assertThat(form.code()).isEqualTo("SURVEY_NOT_ELIGIBLE");
    ApiClient.Response draft =
        who.put(
            "/api/v1/surveys/" + survey + "/draft",
            Map.of("answers", Map.of("q1", Map.of("optionId", "yes"))));
    assertThat(draft.code()).isEqualTo("SURVEY_NOT_ELIGIBLE");
    ApiClient.Response submit = answer(who, survey, "yes");
    assertThat(submit.status()).isEqualTo(403);
    assertThat(submit.code()).isEqualTo("SURVEY_NOT_ELIGIBLE");
  }

  private static void assertEligible(ApiClient who, long survey) {
    assertThat(waits(who, survey)).isTrue();
    assertThat(who.get("/api/v1/surveys/" + survey + "/form").status()).isEqualTo(200);
    ApiClient.Response draft =
        who.put(
            "/api/v1/surveys/" + survey + "/draft",
            Map.of("answers", Map.of("q1", Map.of("optionId", "no"))));
    assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
  }

  private static JsonNode results(SurveyRegistryFixture f, long survey) {
    ApiClient.Response r = f.staff.get("/api/v1/surveys/" + survey + "/results");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  @Test
  void buildingsAudience_admitsResidentsOfTheChosenBuildingsAndUnits_only() {
    SurveyRegistryFixture f = new SurveyRegistryFixture(sessions, "问卷楼栋");
    ApiClient unitOneOfA = f.boundResident("1号楼", "1单元", "101", ADULT, "OWNER");
    ApiClient unitTwoOfA = f.boundResident("1号楼", "2单元", "201", ADULT, "TENANT");
    ApiClient ofB = f.boundResident("2号楼", "1单元", "101", ADULT, "TENANT");
    ApiClient unknown = f.member();
    long unitOne = f.unitId("1号楼", "1单元");

    long survey =
        f.openSurvey(
            "NAMED",
            "BUILDINGS",
            Map.of("unitIds", List.of(unitOne), "buildingIds", List.of(f.buildingId("2号楼"))));

    JsonNode shown = f.staff.get("/api/v1/surveys/" + survey).json();
    assertThat(shown.get("audience").asString()).isEqualTo("BUILDINGS");
    assertThat(shown.get("unitIds").toString()).isEqualTo("[" + unitOne + "]");
    assertEligible(unitOneOfA, survey);
    assertEligible(ofB, survey);
    assertNotEligible(unitTwoOfA, survey);
    assertNotEligible(unknown, survey);
    assertThat(answer(unitOneOfA, survey, "yes").status()).isEqualTo(201);
    JsonNode results = results(f, survey);
    assertThat(results.get("eligible").asLong()).isEqualTo(2);
    assertThat(results.get("totalResponses").asLong()).isEqualTo(1);
    assertThat(results.get("responseRate").asDouble()).isEqualTo(50.0);
  }

  @Test
  void places_areRequiredForBuildings_refusedForAll_andMustExist() {
    SurveyRegistryFixture f = new SurveyRegistryFixture(sessions, "问卷地点");
    f.room("1号楼", "1单元", "101");
    Map<String, Object> body =
        new java.util.LinkedHashMap<>(
            Map.of(
                "title",
                "x",
                "anonymity",
                "NAMED",
                "audience",
                "BUILDINGS",
                "questions",
                List.of(Map.of("id", "q1", "type", "SHORT_TEXT", "title", "?"))));
    ApiClient.Response none = f.staff.post("/api/v1/surveys", body);
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("errors").toString()).contains("buildingIds", "REQUIRED");

    body.put("audience", "ALL");
    body.put("buildingIds", List.of(f.buildingId("1号楼")));
    ApiClient.Response all = f.staff.post("/api/v1/surveys", body);
    assertThat(all.status()).isEqualTo(400);
    assertThat(all.json().get("errors").toString()).contains("PLACES_NOT_ALLOWED");

    body.put("audience", "OWNERS");
    body.put("buildingIds", List.of(f.buildingId("1号楼") + 1_000_000));
    body.put("unitIds", List.of(9_999_999));
    ApiClient.Response unknown = f.staff.post("/api/v1/surveys", body);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").toString())
        .contains("UNKNOWN_BUILDING", "UNKNOWN_UNIT");
  }

  @Test
  void ownersAudience_isWhoHoldsAnOwnership_placedByTheOwnedRoom() {
    SurveyRegistryFixture f = new SurveyRegistryFixture(sessions, "问卷业主");
    // Lives in and owns 1号楼 101.
    SurveyRegistryFixture.Place a101 = f.room("1号楼", "1单元", "101");
    long ownerId = f.registered(f.household(a101), "业主甲", ADULT, "OWNER");
    f.owns(a101, ownerId);
    ApiClient owner = f.bound(a101, "业主甲");
    // Lives in 2号楼 but owns 1号楼 102 (rented out).
    SurveyRegistryFixture.Place a102 = f.room("1号楼", "1单元", "102");
    SurveyRegistryFixture.Place b101 = f.room("2号楼", "1单元", "101");
    long landlordId = f.registered(f.household(b101), "房东乙", ADULT, "OWNER");
    f.owns(a102, landlordId);
    ApiClient landlord = f.bound(b101, "房东乙");
    // Registered as OWNER but no ownership is recorded.
    SurveyRegistryFixture.Place b102 = f.room("2号楼", "1单元", "102");
    f.registered(f.household(b102), "丙", ADULT, "OWNER");
    ApiClient noOwnership = f.bound(b102, "丙");
    // Tenant of 1号楼 102.
    f.registered(f.household(a102), "租户丁", ADULT, "TENANT");
    ApiClient tenant = f.bound(a102, "租户丁");

    long ofBuildingOne =
        f.openSurvey("ANONYMOUS", "OWNERS", Map.of("buildingIds", List.of(f.buildingId("1号楼"))));
    assertEligible(owner, ofBuildingOne);
    assertEligible(landlord, ofBuildingOne);
    assertNotEligible(noOwnership, ofBuildingOne);
    assertNotEligible(tenant, ofBuildingOne);
    assertThat(results(f, ofBuildingOne).get("eligible").asLong()).isEqualTo(2);

    long ofBuildingTwo =
        f.openSurvey("NAMED", "OWNERS", Map.of("buildingIds", List.of(f.buildingId("2号楼"))));
    // The landlord lives in 2号楼 but owns nothing there.
    assertNotEligible(landlord, ofBuildingTwo);
    assertThat(results(f, ofBuildingTwo).get("eligible").asLong()).isZero();

    long everyOwner = f.openSurvey("NAMED", "OWNERS", Map.of());
    assertThat(answer(landlord, everyOwner, "yes").status()).isEqualTo(201);
    assertNotEligible(tenant, everyOwner);
    JsonNode rate = results(f, everyOwner);
    assertThat(rate.get("eligible").asLong()).isEqualTo(2);
    assertThat(rate.get("responseRate").asDouble()).isEqualTo(50.0);
  }

  @Test
  void householdsAudience_takesOneAnswerPerHousehold_evenWhenTwoMembersSubmitAtOnce()
      throws Exception {
    SurveyRegistryFixture f = new SurveyRegistryFixture(sessions, "问卷按户");
    SurveyRegistryFixture.Place room = f.room("3号楼", "1单元", "301");
    long household = f.household(room);
    f.registered(household, "张伟", ADULT, "OWNER");
    f.registered(household, "李娜", ADULT, "FAMILY_MEMBER");
    ApiClient zhang = f.bound(room, "张伟");
    ApiClient li = f.bound(room, "李娜");
    ApiClient neighbour = f.boundResident("3号楼", "1单元", "302", ADULT, "TENANT");
    ApiClient unplaced = f.member();

    long survey = f.openSurvey("ANONYMOUS", "HOUSEHOLDS", Map.of());
    assertEligible(zhang, survey);
    assertEligible(li, survey);
    assertNotEligible(unplaced, survey);

    List<ApiClient> members = List.of(zhang, li);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiClient.Response>> submits = new ArrayList<>();
    try {
      for (ApiClient m : members) {
        submits.add(
            pool.submit(
                () -> {
                  start.await();
                  return answer(m, survey, "yes");
                }));
      }
      start.countDown();
      ApiClient.Response first = submits.get(0).get();
      ApiClient.Response second = submits.get(1).get();
      assertThat(List.of(first.status(), second.status())).containsExactlyInAnyOrder(201, 409);
      ApiClient winner = first.status() == 201 ? zhang : li;
      ApiClient loser = first.status() == 201 ? li : zhang;
      ApiClient.Response refused = first.status() == 201 ? second : first;
      assertThat(refused.code()).isEqualTo("SURVEY_HOUSEHOLD_ANSWERED");
      assertThat(refused.json().get("title").asString()).isEqualTo("本户已经填写");

      JsonNode loserForm = loser.get("/api/v1/surveys/" + survey + "/form").json();
      assertThat(loserForm.get("answered").asBoolean()).isFalse();
      assertThat(loserForm.get("householdAnswered").asBoolean()).isTrue();
      assertThat(waits(loser, survey)).isFalse();
      assertThat(
              loser
                  .put(
                      "/api/v1/surveys/" + survey + "/draft",
                      Map.of("answers", Map.of("q1", Map.of("optionId", "no"))))
                  .code())
          .isEqualTo("SURVEY_HOUSEHOLD_ANSWERED");
      assertThat(answer(loser, survey, "no").code()).isEqualTo("SURVEY_HOUSEHOLD_ANSWERED");
      assertThat(answer(winner, survey, "no").code()).isEqualTo("SURVEY_ALREADY_ANSWERED");
    } finally {
      pool.shutdown();
    }
    assertThat(answer(neighbour, survey, "no").status()).isEqualTo(201);
    ApiClient.Response perPerson =
        f.staff.put(
            "/api/v1/surveys/" + survey, SurveyRegistryFixture.surveyBody("ANONYMOUS", "VERIFIED"));
    assertThat(perPerson.status()).isEqualTo(409);
    assertThat(perPerson.code()).isEqualTo("SURVEY_AUDIENCE_LOCKED");

    JsonNode results = results(f, survey);
    assertThat(results.get("eligible").asLong()).as("households").isEqualTo(2);
    assertThat(results.get("totalResponses").asLong()).isEqualTo(2);
    assertThat(results.get("responseRate").asDouble()).isEqualTo(100.0);
    try (Connection c =
            DriverManager.getConnection(
                TestInfrastructure.get().jdbcUrl(),
                TestInfrastructure.get().dbUser(),
                TestInfrastructure.get().dbPassword());
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT (SELECT COUNT(*) FROM survey_response WHERE survey_id = "
                        + survey
                        + "), (SELECT COUNT(DISTINCT household_id) FROM survey_participation"
                        + " WHERE survey_id = "
                        + survey
                        + ")")) {
      rs.next();
      assertThat(rs.getLong(1)).as("responses").isEqualTo(2);
      assertThat(rs.getLong(2)).as("households on the participation side").isEqualTo(2);
    }
  }

  @Test
  void anotherCommunity_cannotUseThisRegistry_orReadItsGroups() {
    SurveyRegistryFixture f = new SurveyRegistryFixture(sessions, "问卷隔离");
    ApiClient resident = f.boundResident("1号楼", "1单元", "101", ADULT, "OWNER");
    long survey = f.openSurvey("ANONYMOUS", "ALL", Map.of());
    assertThat(answer(resident, survey, "yes").status()).isEqualTo(201);

    SurveyRegistryFixture other = new SurveyRegistryFixture(sessions, "别的问卷社区");
    ApiClient.Response foreign =
        other.staff.post(
            "/api/v1/surveys",
            Map.of(
                "title",
                "x",
                "anonymity",
                "NAMED",
                "audience",
                "BUILDINGS",
                "buildingIds",
                List.of(f.buildingId("1号楼")),
                "questions",
                List.of(Map.of("id", "q1", "type", "SHORT_TEXT", "title", "?"))));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().get("errors").toString()).contains("UNKNOWN_BUILDING");
    for (String path :
        List.of(
            "/results/groups?by=BUILDING", "/results/filtered?building=" + f.buildingId("1号楼"))) {
      ApiClient.Response r = other.staff.get("/api/v1/surveys/" + survey + path);
      assertThat(r.status()).as(path + " " + r).isEqualTo(404);
    }
    // The resident is bound in the first community only.
    long owners = other.openSurvey("NAMED", "OWNERS", Map.of());
    ApiClient.Response joined =
        resident.post("/api/v1/communities/" + other.community + "/join", null);
    assertThat(joined.status()).isEqualTo(200);
    ApiClient.Response there =
        resident.inCommunity(other.community).get("/api/v1/surveys/" + owners + "/form");
    assertThat(there.code()).isEqualTo("SURVEY_NOT_ELIGIBLE");
  }
}
