package org.linli.api.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.api.survey.SurveyRegistryFixture.answer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * Results per building, age band and residence kind on a known data set, with small groups of the
 * anonymous survey suppressed.
 *
 * <pre>
 * room  building age    kind           answer
 * 101   1号楼    35-59  TENANT         yes
 * 102   1号楼    35-59  TENANT         yes
 * 103   1号楼    35-59  TENANT         no
 * 104   1号楼    35-59  TENANT         no
 * 105   1号楼    35-59  TENANT         no
 * 106   1号楼    35-59  TENANT         (does not answer)
 * 201   2号楼    60+    OWNER          yes
 * 202   2号楼    60+    OWNER          yes
 * 203   2号楼    60+    OWNER          yes
 * 204   2号楼    60+    OWNER          yes
 * 205   2号楼    60+    OWNER          no
 * 206   2号楼    60+    TENANT         no
 * 207   2号楼    60+    OWNER          (does not answer)
 * 301   3号楼    18-34  FAMILY_MEMBER  yes
 * -     (not in the registry)          yes
 *
 * By building: 1号楼 5, 2号楼 6, 3号楼 1, UNKNOWN 1. 3号楼 and UNKNOWN are below 5; together 2,
 * which the total (13) minus the shown groups would give away, so the smallest shown group,
 * 1号楼 (5), is suppressed as well: only 2号楼 is shown (yes 4, no 2), with a response rate of
 * 6 of 7 = 85.7 %.
 * By age band: 60+ 6 (the same six as 2号楼: yes 4, no 2), 35-59 5, 18-34 1, UNKNOWN 1: 18-34 and
 * UNKNOWN add up to 2, so 35-59 is suppressed too; 60+ and the empty UNDER_18 are shown.
 * By residence kind: TENANT 6, OWNER 5, FAMILY_MEMBER 1, UNKNOWN 1: OWNER goes with the small ones;
 * TENANT would share a single response (room 206) with the shown 2号楼 and 60+, which would single
 * that tenant out, so TENANT is suppressed as well; only the empty OTHER is shown.
 * </pre>
 */
class SurveyGroupsIT {

  private static final LocalDate OLD = LocalDate.of(1950, 6, 1);
  private static final LocalDate MIDDLE = LocalDate.of(1975, 6, 1);
  private static final LocalDate YOUNG = LocalDate.of(2000, 6, 1);

  private static SurveyRegistryFixture f;
  private static long anonymous;
  private static long named;

  @BeforeAll
  static void dataSet() {
    f = new SurveyRegistryFixture(new Sessions(LinliInstance.shared().client()), "问卷分组");
    Object[][] people = {
      {"1号楼", "101", MIDDLE, "TENANT", "yes"},
      {"1号楼", "102", MIDDLE, "TENANT", "yes"},
      {"1号楼", "103", MIDDLE, "TENANT", "no"},
      {"1号楼", "104", MIDDLE, "TENANT", "no"},
      {"1号楼", "105", MIDDLE, "TENANT", "no"},
      {"1号楼", "106", MIDDLE, "TENANT", null},
      {"2号楼", "201", OLD, "OWNER", "yes"},
      {"2号楼", "202", OLD, "OWNER", "yes"},
      {"2号楼", "203", OLD, "OWNER", "yes"},
      {"2号楼", "204", OLD, "OWNER", "yes"},
      {"2号楼", "205", OLD, "OWNER", "no"},
      {"2号楼", "206", OLD, "TENANT", "no"},
      {"2号楼", "207", OLD, "OWNER", null},
      {"3号楼", "301", YOUNG, "FAMILY_MEMBER", "yes"},
    };
    anonymous = f.openSurvey("ANONYMOUS", "ALL", Map.of());
    named = f.openSurvey("NAMED", "ALL", Map.of());
    for (Object[] p : people) {
      ApiClient who =
          f.boundResident((String) p[0], "1单元", (String) p[1], (LocalDate) p[2], (String) p[3]);
      if (p[4] != null) {
        assertThat(answer(who, anonymous, (String) p[4]).status()).isEqualTo(201);
      }
      if (p[1].equals("201") || p[1].equals("301")) {
        assertThat(answer(who, named, "yes").status()).isEqualTo(201);
      }
    }
    ApiClient stranger = f.member();
    assertThat(answer(stranger, anonymous, "yes").status()).isEqualTo(201);
    assertThat(answer(stranger, named, "no").status()).isEqualTo(201);
  }

  private static Map<String, JsonNode> groups(long survey, String by) {
    ApiClient.Response r = f.staff.get("/api/v1/surveys/" + survey + "/results/groups?by=" + by);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    Map<String, JsonNode> groups = new HashMap<>();
    r.json().get("groups").forEach(g -> groups.put(g.get("key").asString(), g));
    return groups;
  }

  /** Whether a nullable field is null (or left out, as null fields are). */
  private static boolean absent(JsonNode node, String field) {
    return !node.has(field) || node.get(field).isNull();
  }

  private static JsonNode filtered(String query) {
    ApiClient.Response r =
        f.staff.get("/api/v1/surveys/" + anonymous + "/results/filtered?" + query);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  private static void assertYesNo(JsonNode results, long yes, long no) {
    JsonNode options = results.get("questions").get(0).get("options");
    assertThat(options.get(0).get("count").asLong()).isEqualTo(yes);
    assertThat(options.get(1).get("count").asLong()).isEqualTo(no);
  }

  @Test
  void byBuilding_showsOnlyGroupsOfFive_andHidesOneMoreWhenTheTotalWouldGiveTheSmallOnesAway() {
    Map<String, JsonNode> g = groups(anonymous, "BUILDING");
    String a = Long.toString(f.buildingId("1号楼"));
    String b = Long.toString(f.buildingId("2号楼"));
    String c = Long.toString(f.buildingId("3号楼"));
    assertThat(g.keySet()).containsExactlyInAnyOrder(a, b, c, "UNKNOWN");
    assertThat(g.get(b).get("label").asString()).isEqualTo("2号楼");
    assertThat(g.get(b).get("suppressed").asBoolean()).isFalse();
    assertThat(g.get(b).get("responses").asLong()).isEqualTo(6);
    for (String hidden : List.of(a, c, "UNKNOWN")) {
      assertThat(g.get(hidden).get("suppressed").asBoolean()).as(hidden).isTrue();
      assertThat(absent(g.get(hidden), "responses")).as(hidden).isTrue();
      assertThat(absent(g.get(hidden), "answered")).as(hidden).isTrue();
      assertThat(absent(g.get(hidden), "responseRate")).as(hidden).isTrue();
    }
    // Response rate per building: 6 of the 7 residents of 2号楼 answered.
    assertThat(g.get(b).get("eligible").asLong()).isEqualTo(7);
    assertThat(g.get(b).get("answered").asLong()).isEqualTo(6);
    assertThat(g.get(b).get("responseRate").asDouble()).isEqualTo(85.7);
    assertThat(g.get(a).get("eligible").asLong()).isEqualTo(6);

    JsonNode shown = filtered("building=" + b);
    assertThat(shown.get("suppressed").asBoolean()).isFalse();
    assertThat(shown.get("responses").asLong()).isEqualTo(6);
    assertYesNo(shown, 4, 2);
    assertThat(shown.get("questions").get(0).get("options").get(0).get("percent").asDouble())
        .isEqualTo(66.7);

    JsonNode hidden = filtered("building=" + a);
    assertThat(hidden.get("suppressed").asBoolean()).isTrue();
    assertThat(hidden.get("minimumGroupSize").asInt()).isEqualTo(5);
    assertThat(absent(hidden, "responses")).isTrue();
    assertThat(hidden.get("questions")).isEmpty();
  }

  @Test
  void byAgeBand_fromTheRegistryBirthDates() {
    Map<String, JsonNode> g = groups(anonymous, "AGE_BAND");
    assertThat(g.get("AGE_60_PLUS").get("responses").asLong()).isEqualTo(6);
    assertThat(g.get("UNDER_18").get("responses").asLong()).isZero();
    for (String hidden : List.of("AGE_35_59", "AGE_18_34", "UNKNOWN")) {
      assertThat(g.get(hidden).get("suppressed").asBoolean()).as(hidden).isTrue();
    }
    assertThat(absent(g.get("AGE_60_PLUS"), "eligible")).isTrue();

    assertYesNo(filtered("ageBand=AGE_60_PLUS"), 4, 2);
    assertThat(filtered("ageBand=AGE_35_59").get("suppressed").asBoolean()).isTrue();
    assertThat(filtered("ageBand=AGE_18_34").get("suppressed").asBoolean()).isTrue();
  }

  @Test
  void byResidenceKind_aGroupThatWouldSingleOutOneResponseOfAShownGroup_isSuppressed() {
    Map<String, JsonNode> g = groups(anonymous, "RESIDENCE_KIND");
    for (String hidden : List.of("TENANT", "OWNER", "FAMILY_MEMBER", "UNKNOWN")) {
      assertThat(g.get(hidden).get("suppressed").asBoolean()).as(hidden).isTrue();
      assertThat(absent(g.get(hidden), "responses")).as(hidden).isTrue();
    }
    assertThat(g.get("OTHER").get("responses").asLong()).isZero();
    JsonNode tenants = filtered("residenceKind=TENANT");
    assertThat(tenants.get("by").asString()).isEqualTo("RESIDENCE_KIND");
    assertThat(tenants.get("suppressed").asBoolean()).isTrue();
    assertThat(tenants.get("questions")).isEmpty();
  }

  @Test
  void anonymousResponses_carryOnlyCoarseAttributes_capturedAtSubmit() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                TestInfrastructure.get().jdbcUrl(),
                TestInfrastructure.get().dbUser(),
                TestInfrastructure.get().dbPassword());
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT age_band, COUNT(*), COUNT(building_id), MAX(respondent_id)"
                        + " FROM survey_response WHERE survey_id = "
                        + anonymous
                        + " GROUP BY age_band ORDER BY age_band")) {
      Map<String, Long> bands = new HashMap<>();
      while (rs.next()) {
        bands.put(String.valueOf(rs.getString(1)), rs.getLong(2));
        assertThat(rs.getObject(4)).isNull();
      }
      assertThat(bands)
          .containsEntry("AGE_60_PLUS", 6L)
          .containsEntry("AGE_35_59", 5L)
          .containsEntry("AGE_18_34", 1L)
          .containsEntry("null", 1L);
    }
  }

  @Test
  void namedSurveys_groupByTheRegistryNow_withoutSuppression() {
    Map<String, JsonNode> g = groups(named, "AGE_BAND");
    assertThat(g.get("AGE_60_PLUS").get("responses").asLong()).isEqualTo(1);
    assertThat(g.get("AGE_18_34").get("responses").asLong()).isEqualTo(1);
    assertThat(g.get("UNKNOWN").get("responses").asLong()).isEqualTo(1);
    assertThat(g.values()).allMatch(x -> !x.get("suppressed").asBoolean());
    ApiClient.Response r = f.staff.get("/api/v1/surveys/" + named + "/results/groups?by=AGE_BAND");
    assertThat(r.json().get("minimumGroupSize").asInt()).isEqualTo(1);
  }

  @Test
  void exactlyOneFilter_isRequired_andResidentsCannotReadGroups() {
    ApiClient.Response two =
        f.staff.get(
            "/api/v1/surveys/"
                + anonymous
                + "/results/filtered?ageBand=AGE_60_PLUS&residenceKind=OWNER");
    assertThat(two.status()).isEqualTo(400);
    assertThat(two.json().get("errors").toString()).contains("ONE_FILTER");
    assertThat(f.staff.get("/api/v1/surveys/" + anonymous + "/results/filtered").status())
        .isEqualTo(400);
    ApiClient.Response unknown =
        f.staff.get("/api/v1/surveys/" + anonymous + "/results/filtered?building=99999999");
    assertThat(unknown.json().get("errors").toString()).contains("UNKNOWN_BUILDING");
    assertThat(
            f.member().get("/api/v1/surveys/" + anonymous + "/results/groups?by=BUILDING").status())
        .isEqualTo(403);
  }
}
