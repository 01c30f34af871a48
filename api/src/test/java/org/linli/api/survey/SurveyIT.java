package org.linli.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** Surveys end to end: building, answering once, anonymity, versions, results and isolation. */
class SurveyIT {

  private static final ApiClient API = LinliInstance.shared().client();
  private static final Sessions SESSIONS = new Sessions(API);
  private static long community;
  private static ApiClient staff;

  @BeforeAll
  static void community() {
    community = SESSIONS.newCommunity("问卷社区");
    String staffName = Sessions.unique("survey-staff");
    SESSIONS.grant(staffName, community, "STAFF");
    staff = SESSIONS.as(staffName);
  }

  private static ApiClient resident() {
    ApiClient r = SESSIONS.as(Sessions.unique("respondent"));
    assertThat(r.post("/api/v1/communities/" + community + "/join", null).status()).isEqualTo(200);
    return r;
  }

  private static Map<String, Object> option(String id, String label) {
    return Map.of("id", id, "label", label);
  }

  /** A survey with every question type and a display condition. */
  private static Map<String, Object> fullSurvey(String anonymity) {
    List<Object> questions = new ArrayList<>();
    questions.add(
        Map.of(
            "id",
            "q1",
            "type",
            "SINGLE_CHOICE",
            "title",
            "您的年龄段",
            "required",
            true,
            "options",
            List.of(
                option("a", "60岁以下"),
                option("b", "60岁及以上"),
                Map.of("id", "o", "label", "其他", "other", true))));
    questions.add(
        Map.of(
            "id",
            "q2",
            "type",
            "MULTIPLE_CHOICE",
            "title",
            "需要哪些服务",
            "required",
            true,
            "minSelections",
            1,
            "maxSelections",
            2,
            "options",
            List.of(option("meal", "助餐"), option("clean", "保洁"), option("med", "陪诊")),
            "showIf",
            Map.of("questionId", "q1", "operator", "EQUALS", "optionId", "b")));
    questions.add(Map.of("id", "q3", "type", "SHORT_TEXT", "title", "称呼", "maxLength", 20));
    questions.add(Map.of("id", "q4", "type", "LONG_TEXT", "title", "建议"));
    questions.add(
        Map.of(
            "id",
            "q5",
            "type",
            "NUMBER",
            "title",
            "家庭人数",
            "min",
            1,
            "max",
            20,
            "integerOnly",
            true));
    questions.add(
        Map.of(
            "id",
            "q6",
            "type",
            "RATING",
            "title",
            "满意度",
            "scale",
            5,
            "required",
            true,
            "minLabel",
            "很差",
            "maxLabel",
            "很好"));
    questions.add(Map.of("id", "q7", "type", "DATE", "title", "方便上门的日期"));
    questions.add(
        Map.of(
            "id",
            "q8",
            "type",
            "MATRIX",
            "title",
            "各项评价",
            "rows",
            List.of(option("r1", "环境"), option("r2", "安全")),
            "options",
            List.of(option("good", "好"), option("bad", "差"))));
    questions.add(
        Map.of(
            "id",
            "q9",
            "type",
            "RANKING",
            "title",
            "优先顺序",
            "options",
            List.of(option("x", "加装电梯"), option("y", "停车位"), option("z", "绿化"))));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "居民需求调查");
    body.put("anonymity", anonymity);
    body.put("audience", "ALL");
    body.put("questions", questions);
    return body;
  }

  private static long createAndOpen(Map<String, Object> body) {
    ApiClient.Response created = staff.post("/api/v1/surveys", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    ApiClient.Response opened = staff.post("/api/v1/surveys/" + id + "/open", null);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    return id;
  }

  private static Map<String, Object> validAnswers(String age) {
    return validAnswers(age, List.of("meal", "med"));
  }

  private static Map<String, Object> validAnswers(String age, List<String> services) {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("q1", Map.of("optionId", age));
    if (age.equals("b")) {
      answers.put("q2", Map.of("optionIds", services));
    }
    answers.put("q3", Map.of("text", "王阿姨"));
    answers.put("q5", Map.of("number", 3));
    answers.put("q6", Map.of("number", 4));
    answers.put("q7", Map.of("date", "2026-12-15"));
    answers.put("q8", Map.of("matrix", Map.of("r1", "good", "r2", "bad")));
    answers.put("q9", Map.of("ranking", List.of("x", "z", "y")));
    return Map.of("answers", answers);
  }

  private static ApiClient.Response submit(ApiClient who, long survey, Object body) {
    return who.post("/api/v1/surveys/" + survey + "/responses", body);
  }

  @Test
  void resident_seesEveryQuestionWithConditions_answersOnce_andRetriesAreIdempotent() {
    long survey = createAndOpen(fullSurvey("NAMED"));
    ApiClient r = resident();

    JsonNode waiting = r.get("/api/v1/surveys/waiting").json().get("items");
    assertThat(waiting.toString()).contains("\"id\":" + survey);
    JsonNode form = r.get("/api/v1/surveys/" + survey + "/form").json();
    assertThat(form.get("questions")).hasSize(9);
    assertThat(form.get("questions").get(1).get("showIf").get("questionId").asString())
        .isEqualTo("q1");
    assertThat(form.get("accepting").asBoolean()).isTrue();
    assertThat(form.get("answered").asBoolean()).isFalse();

    ApiClient.Response first =
        r.send(
            "POST",
            "/api/v1/surveys/" + survey + "/responses",
            ApiClient.json(validAnswers("b")),
            "application/json");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().get("version").asInt()).isEqualTo(1);

    ApiClient.Response again = submit(r, survey, validAnswers("b"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("SURVEY_ALREADY_ANSWERED");
    assertThat(r.get("/api/v1/surveys/" + survey + "/form").json().get("answered").asBoolean())
        .isTrue();
    assertThat(r.get("/api/v1/surveys/waiting").json().toString())
        .doesNotContain("\"id\":" + survey + ",");
  }

  @Test
  void submit_withIdempotencyKey_returnsTheFirstReceiptOnRetry() {
    long survey = createAndOpen(fullSurvey("ANONYMOUS"));
    ApiClient r = resident();
    ApiClient.Response first =
        r.idempotent("retry-key-0001")
            .post("/api/v1/surveys/" + survey + "/responses", validAnswers("a"));
    ApiClient.Response retry =
        r.idempotent("retry-key-0001")
            .post("/api/v1/surveys/" + survey + "/responses", validAnswers("a"));
    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().toString()).isEqualTo(first.json().toString());
    assertThat(staff.get("/api/v1/surveys/" + survey).json().get("responses").asLong())
        .isEqualTo(1);
  }

  @Test
  void invalidAnswers_areRefusedWithEveryFieldListed_andNothingIsStored() {
    long survey = createAndOpen(fullSurvey("NAMED"));
    ApiClient r = resident();
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("q1", Map.of("optionId", "a"));
    answers.put("q2", Map.of("optionIds", List.of("meal"))); // hidden: q1 is not "b"
    answers.put("q5", Map.of("number", 2.5)); // integers only
    answers.put("q6", Map.of("number", 9)); // scale 1..5
    answers.put("q8", Map.of("matrix", Map.of("r9", "good"))); // unknown row
    answers.put("q9", Map.of("ranking", List.of("x", "x", "y"))); // not a permutation
    answers.put("zz", Map.of("text", "?")); // unknown question

    ApiClient.Response refused = submit(r, survey, Map.of("answers", answers));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("ANSWERS_INVALID");
    Map<String, String> errors = new HashMap<>();
    refused
        .json()
        .get("errors")
        .forEach(e -> errors.put(e.get("field").asString(), e.get("code").asString()));
    assertThat(errors)
        .containsEntry("answers.q2", "HIDDEN_QUESTION")
        .containsEntry("answers.q5", "NOT_INTEGER")
        .containsEntry("answers.q6", "OUT_OF_RANGE")
        .containsEntry("answers.q9", "INVALID_RANKING")
        .containsEntry("answers.zz", "UNKNOWN_QUESTION");
    assertThat(errors.keySet()).anyMatch(f -> f.startsWith("answers.q8"));
    assertThat(refused.json().get("errors").get(0).get("message").asString())
        .matches(".*[\\u4e00-\\u9fa5].*");
    assertThat(staff.get("/api/v1/surveys/" + survey).json().get("responses").asLong()).isZero();

    Map<String, Object> missingRequired = new LinkedHashMap<>(answers);
    missingRequired.clear();
    missingRequired.put("q1", Map.of("optionId", "o", "otherText", " "));
    ApiClient.Response required = submit(r, survey, Map.of("answers", missingRequired));
    assertThat(required.json().get("errors").toString())
        .contains("OTHER_TEXT_REQUIRED", "answers.q6");
  }

  @Test
  void definition_withForwardCondition_isRefused() {
    Map<String, Object> body = fullSurvey("NAMED");
    @SuppressWarnings("unchecked")
    List<Object> questions = new ArrayList<>((List<Object>) body.get("questions"));
    questions.set(
        0,
        Map.of(
            "id",
            "q1",
            "type",
            "SHORT_TEXT",
            "title",
            "x",
            "showIf",
            Map.of("questionId", "q2", "operator", "INCLUDES", "optionId", "meal")));
    Map<String, Object> bad = new LinkedHashMap<>(body);
    bad.put("questions", questions);
    ApiClient.Response r = staff.post("/api/v1/surveys", bad);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("SURVEY_DEFINITION_INVALID");
    assertThat(r.json().get("errors").toString()).contains("FORWARD_REFERENCE");
  }

  @Test
  void concurrentSubmits_ofOnePerson_recordExactlyOneResponse() throws Exception {
    long survey = createAndOpen(fullSurvey("ANONYMOUS"));
    ApiClient r = resident();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> submit(r, survey, validAnswers("a")).status()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : results) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(staff.get("/api/v1/surveys/" + survey).json().get("responses").asLong())
        .isEqualTo(1);
  }

  @Test
  void anonymousSurvey_storesNoLinkBetweenPersonAndAnswers() throws Exception {
    long survey = createAndOpen(fullSurvey("ANONYMOUS"));
    List<Long> respondents = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ApiClient r = resident();
      respondents.add(r.get("/api/v1/me").json().get("id").asLong());
      assertThat(submit(r, survey, validAnswers(i == 0 ? "a" : "b")).status()).isEqualTo(201);
    }
    try (Connection c =
        DriverManager.getConnection(
            TestInfrastructure.get().jdbcUrl(),
            TestInfrastructure.get().dbUser(),
            TestInfrastructure.get().dbPassword())) {
      Set<String> responseColumns = new HashSet<>();
      try (ResultSet cols =
          c.getMetaData().getColumns(c.getCatalog(), null, "survey_response", null)) {
        while (cols.next()) {
          responseColumns.add(cols.getString("COLUMN_NAME"));
        }
      }
      // No timestamp and no sequential id on the response side; only coarse group attributes.
      assertThat(responseColumns)
          .containsExactlyInAnyOrder(
              "id",
              "community_id",
              "survey_id",
              "version_no",
              "respondent_id",
              "answers",
              "building_id",
              "age_band",
              "residence_kind");
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT id, respondent_id, answers FROM survey_response WHERE survey_id = "
                      + survey)) {
        int rows = 0;
        while (rows++ >= 0 && rs.next()) {
          assertThat(rs.getObject("respondent_id")).isNull();
          assertThat(rs.getString("id")).matches("[0-9a-f-]{36}");
          for (Long user : respondents) {
            assertThat(rs.getString("answers")).doesNotContain("\"" + user + "\"");
          }
        }
      }
      Set<String> participationColumns = new HashSet<>();
      try (ResultSet cols =
          c.getMetaData().getColumns(c.getCatalog(), null, "survey_participation", null)) {
        while (cols.next()) {
          participationColumns.add(cols.getString("COLUMN_NAME"));
          if (cols.getString("COLUMN_NAME").equals("answered_on")) {
            assertThat(cols.getString("TYPE_NAME")).isEqualToIgnoringCase("DATE");
          }
        }
      }
      assertThat(participationColumns).doesNotContain("response_id", "answers", "created_at");
      try (ResultSet drafts =
          c.createStatement()
              .executeQuery("SELECT COUNT(*) FROM survey_draft WHERE survey_id = " + survey)) {
        drafts.next();
        assertThat(drafts.getLong(1)).isZero();
      }
    }
  }

  @Test
  void namedSurvey_keepsTheRespondent() throws Exception {
    long survey = createAndOpen(fullSurvey("NAMED"));
    ApiClient r = resident();
    long userId = r.get("/api/v1/me").json().get("id").asLong();
    assertThat(submit(r, survey, validAnswers("a")).status()).isEqualTo(201);
    try (Connection c =
            DriverManager.getConnection(
                TestInfrastructure.get().jdbcUrl(),
                TestInfrastructure.get().dbUser(),
                TestInfrastructure.get().dbPassword());
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT respondent_id FROM survey_response WHERE survey_id = " + survey)) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(userId);
    }
  }

  @Test
  void editsAfterTheFirstResponse_createANewVersion_andAnonymityIsLockedOnceOpen() {
    Map<String, Object> body = fullSurvey("ANONYMOUS");
    long survey = createAndOpen(body);
    assertThat(submit(resident(), survey, validAnswers("a")).status()).isEqualTo(201);

    Map<String, Object> named = new LinkedHashMap<>(body);
    named.put("anonymity", "NAMED");
    ApiClient.Response locked = staff.put("/api/v1/surveys/" + survey, named);
    assertThat(locked.status()).isEqualTo(409);
    assertThat(locked.code()).isEqualTo("SURVEY_ANONYMITY_LOCKED");

    Map<String, Object> edited = new LinkedHashMap<>(body);
    edited.put("title", "居民需求调查（修订）");
    ApiClient.Response v2 = staff.put("/api/v1/surveys/" + survey, edited);
    assertThat(v2.status()).isEqualTo(200);
    assertThat(v2.json().get("version").asInt()).isEqualTo(2);
    assertThat(submit(resident(), survey, validAnswers("b")).json().get("version").asInt())
        .isEqualTo(2);

    assertThat(
            staff
                .get("/api/v1/surveys/" + survey + "/results?version=1")
                .json()
                .get("responses")
                .asLong())
        .isEqualTo(1);
    assertThat(staff.get("/api/v1/surveys/" + survey + "/results").json().get("responses").asLong())
        .isEqualTo(1);
  }

  @Test
  void results_countAKnownDataSet() {
    long survey = createAndOpen(fullSurvey("NAMED"));
    String[] ages = {"a", "a", "b"};
    int[] ratings = {5, 4, 3};
    for (int i = 0; i < 3; i++) {
      Map<String, Object> answers = new LinkedHashMap<>();
      answers.put("q1", Map.of("optionId", ages[i]));
      if (ages[i].equals("b")) {
        answers.put("q2", Map.of("optionIds", List.of("meal")));
      }
      answers.put("q4", Map.of("text", "建议" + i));
      answers.put("q6", Map.of("number", ratings[i]));
      assertThat(submit(resident(), survey, Map.of("answers", answers)).status()).isEqualTo(201);
    }

    JsonNode results = staff.get("/api/v1/surveys/" + survey + "/results").json();

    assertThat(results.get("responses").asLong()).isEqualTo(3);
    JsonNode q1 = results.get("questions").get(0);
    assertThat(q1.get("answered").asLong()).isEqualTo(3);
    assertThat(q1.get("options").get(0).get("count").asLong()).isEqualTo(2);
    assertThat(q1.get("options").get(0).get("percent").asDouble()).isEqualTo(66.7);
    assertThat(q1.get("options").get(1).get("percent").asDouble()).isEqualTo(33.3);
    JsonNode q6 = results.get("questions").get(5);
    assertThat(q6.get("numbers").get("mean").decimalValue()).isEqualByComparingTo("4.00");
    assertThat(q6.get("numbers").get("median").decimalValue()).isEqualByComparingTo("4");
    assertThat(results.get("questions").get(3).get("textAnswers").asLong()).isEqualTo(3);

    JsonNode texts = staff.get("/api/v1/surveys/" + survey + "/results/texts?questionId=q4").json();
    assertThat(texts.get("total").asLong()).isEqualTo(3);
    assertThat(texts.get("items").toString()).contains("建议0", "建议1", "建议2");
  }

  @Test
  void crossTab_ofAnAnonymousSurvey_suppressesSmallGroups() {
    long survey = createAndOpen(fullSurvey("ANONYMOUS"));
    for (int i = 0; i < 6; i++) {
      List<String> services = i < 5 ? List.of("meal", "med") : List.of("clean", "med");
      assertThat(submit(resident(), survey, validAnswers("b", services)).status()).isEqualTo(201);
    }
    JsonNode table =
        staff.get("/api/v1/surveys/" + survey + "/results/crosstab?rows=q1&columns=q2").json();
    assertThat(table.get("respondents").asLong()).isEqualTo(6);
    assertThat(table.get("columnOptionIds").toString()).isEqualTo("[\"meal\",\"clean\",\"med\"]");
    JsonNode rowB = table.get("counts").get(1);
    // "clean" was chosen by one person: suppressed; "meal" (5) too, or it could be derived.
    assertThat(rowB.get(1).isNull()).isTrue();
    assertThat(rowB.get(0).isNull()).isTrue();
    assertThat(rowB.get(2).asLong()).isEqualTo(6);

    ApiClient.Response notChoice =
        staff.get("/api/v1/surveys/" + survey + "/results/crosstab?rows=q1&columns=q8");
    assertThat(notChoice.status()).isEqualTo(404);
    assertThat(notChoice.code()).isEqualTo("QUESTION_NOT_FOUND");
  }

  @Test
  void draft_isKeptUntilSubmitted() {
    long survey = createAndOpen(fullSurvey("ANONYMOUS"));
    ApiClient r = resident();
    ApiClient.Response saved =
        r.put(
            "/api/v1/surveys/" + survey + "/draft",
            Map.of("answers", Map.of("q3", Map.of("text", " 李 "))));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(
            r.get("/api/v1/surveys/" + survey + "/form")
                .json()
                .get("draft")
                .get("answers")
                .get("q3")
                .get("text")
                .asString())
        .isEqualTo("李");
    assertThat(r.get("/api/v1/surveys/waiting").json().toString()).contains("\"hasDraft\":true");
    assertThat(submit(r, survey, validAnswers("a")).status()).isEqualTo(201);
    assertThat(r.get("/api/v1/surveys/" + survey + "/form").json().has("draft")).isFalse();
  }

  @Test
  void quota_closesTheSurveyWhenReached() {
    Map<String, Object> body = new LinkedHashMap<>(fullSurvey("NAMED"));
    body.put("quota", 2);
    long survey = createAndOpen(body);
    assertThat(submit(resident(), survey, validAnswers("a")).status()).isEqualTo(201);
    assertThat(submit(resident(), survey, validAnswers("a")).status()).isEqualTo(201);
    ApiClient.Response third = submit(resident(), survey, validAnswers("a"));
    assertThat(third.status()).isEqualTo(409);
    assertThat(third.code()).isEqualTo("SURVEY_NOT_ACCEPTING");
    assertThat(staff.get("/api/v1/surveys/" + survey).json().get("status").asString())
        .isEqualTo("CLOSED");
  }

  @Test
  void verifiedAudience_refusesUnverifiedResidents() {
    Map<String, Object> body = new LinkedHashMap<>(fullSurvey("NAMED"));
    body.put("audience", "VERIFIED");
    long survey = createAndOpen(body);
    ApiClient r = resident();
    ApiClient.Response form = r.get("/api/v1/surveys/" + survey + "/form");
    assertThat(form.status()).isEqualTo(403);
    assertThat(form.code()).isEqualTo("SURVEY_NOT_ELIGIBLE");
    assertThat(r.get("/api/v1/surveys/waiting").json().toString())
        .doesNotContain("\"id\":" + survey + ",");
  }

  @Test
  void otherCommunities_andResidents_cannotReachStaffOrForeignSurveys() {
    long survey = createAndOpen(fullSurvey("NAMED"));
    long other = SESSIONS.newCommunity("别的社区");
    String otherStaffName = Sessions.unique("other-staff");
    SESSIONS.grant(otherStaffName, other, "STAFF");
    ApiClient otherStaff = SESSIONS.as(otherStaffName);
    for (String path :
        List.of(
            "",
            "/results",
            "/form",
            "/results/texts?questionId=q4",
            "/results/crosstab?rows=q1&columns=q2")) {
      ApiClient.Response r = otherStaff.get("/api/v1/surveys/" + survey + path);
      assertThat(r.status()).as(path + " " + r).isEqualTo(404);
    }
    assertThat(otherStaff.post("/api/v1/surveys/" + survey + "/close", null).status())
        .isEqualTo(404);
    assertThat(submit(otherStaff, survey, validAnswers("a")).status()).isEqualTo(404);

    ApiClient r = resident();
    assertThat(r.get("/api/v1/surveys/" + survey + "/results").status()).isEqualTo(403);
    assertThat(r.post("/api/v1/surveys", fullSurvey("NAMED")).status()).isEqualTo(403);
    assertThat(r.post("/api/v1/surveys/" + survey + "/close", null).status()).isEqualTo(403);

    // Drafts are invisible to residents.
    long draft = staff.post("/api/v1/surveys", fullSurvey("NAMED")).json().get("id").asLong();
    assertThat(r.get("/api/v1/surveys/" + draft + "/form").status()).isEqualTo(404);
  }

  @Test
  void export_writesOneRowPerResponse_asCsvAndXlsx_andIsAuditLogged() {
    long survey = createAndOpen(fullSurvey("NAMED"));
    ApiClient r = resident();
    long userId = r.get("/api/v1/me").json().get("id").asLong();
    Map<String, Object> answers = new LinkedHashMap<>(validAnswers("b"));
    @SuppressWarnings("unchecked")
    Map<String, Object> inner = new LinkedHashMap<>((Map<String, Object>) answers.get("answers"));
    inner.put("q4", Map.of("text", "=HYPERLINK(\"x\"), 谢谢"));
    assertThat(submit(r, survey, Map.of("answers", inner)).status()).isEqualTo(201);
    assertThat(submit(resident(), survey, validAnswers("a")).status()).isEqualTo(201);

    ApiClient.Response csv =
        staff
            .accept("text/csv, application/problem+json")
            .get("/api/v1/surveys/" + survey + "/responses/export");
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains("survey-" + survey + ".csv");
    String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("respondent,version,q1 您的年龄段").contains("q2 需要哪些服务 / 助餐");
    assertThat(csv.body())
        .contains(Long.toString(userId), "60岁及以上", "\"'=HYPERLINK(\"\"x\"\"), 谢谢\"");

    ApiClient.Response xlsx =
        staff
            .accept(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json")
            .get("/api/v1/surveys/" + survey + "/responses/export?format=xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.body()).startsWith("PK");

    ApiClient.Response bad =
        staff.get("/api/v1/surveys/" + survey + "/responses/export?format=pdf");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(resident().get("/api/v1/surveys/" + survey + "/responses/export").status())
        .isEqualTo(403);
    String auditorName = Sessions.unique("survey-auditor");
    SESSIONS.grant(auditorName, community, "AUDITOR");
    assertThat(SESSIONS.as(auditorName).get("/api/v1/audit/entries?size=100").body())
        .contains("SURVEY_EXPORTED", "CSV version 1", "XLSX version 1");
  }
}
