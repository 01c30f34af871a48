package org.linli.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;

/**
 * Survey benchmark (run by {@code scripts/bench-surveys}): a 30-question survey with 20,000
 * responses; prints the time to compute full results and to export CSV and XLSX, and the peak heap
 * used meanwhile. Responses are bulk-loaded with JDBC; results and exports go through the HTTP API.
 */
public final class SurveyBenchmark {

  private SurveyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int responses = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int questions = 30;
    LinliInstance app = LinliInstance.shared();
    try {
      Sessions sessions = new Sessions(app.client());
      long community = sessions.newCommunity("基准社区");
      String staffName = Sessions.unique("bench-staff");
      sessions.grant(staffName, community, "STAFF");
      ApiClient staff = sessions.as(staffName);

      List<Object> qs = new ArrayList<>();
      for (int i = 1; i <= questions; i++) {
        String id = "q" + i;
        switch (i % 6) {
          case 0 ->
              qs.add(
                  Map.of(
                      "id", id, "type", "SINGLE_CHOICE", "title", "单选" + i, "options", options(5)));
          case 1 ->
              qs.add(
                  Map.of(
                      "id",
                      id,
                      "type",
                      "MULTIPLE_CHOICE",
                      "title",
                      "多选" + i,
                      "options",
                      options(6)));
          case 2 -> qs.add(Map.of("id", id, "type", "RATING", "title", "评分" + i, "scale", 5));
          case 3 ->
              qs.add(Map.of("id", id, "type", "NUMBER", "title", "数字" + i, "min", 0, "max", 100));
          case 4 -> qs.add(Map.of("id", id, "type", "SHORT_TEXT", "title", "文字" + i));
          default ->
              qs.add(
                  Map.of(
                      "id",
                      id,
                      "type",
                      "MATRIX",
                      "title",
                      "矩阵" + i,
                      "rows",
                      List.of(Map.of("id", "r1", "label", "行1"), Map.of("id", "r2", "label", "行2")),
                      "options",
                      options(3)));
        }
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("title", "基准问卷");
      body.put("anonymity", "ANONYMOUS");
      body.put("audience", "ALL");
      body.put("questions", qs);
      long survey = staff.post("/api/v1/surveys", body).json().get("id").asLong();
      staff.post("/api/v1/surveys/" + survey + "/open", null);

      long loadStart = System.nanoTime();
      load(community, survey, responses, questions);
      System.out.printf(
          "loaded %,d responses x %d questions in %.1f s%n",
          responses, questions, BenchSupport.seconds(loadStart));

      for (int run = 1; run <= 3; run++) {
        BenchSupport.resetPeaks();
        long start = System.nanoTime();
        ApiClient.Response results = staff.get("/api/v1/surveys/" + survey + "/results");
        double s = BenchSupport.seconds(start);
        if (results.status() != 200 || results.json().get("responses").asLong() != responses) {
          throw new IllegalStateException("results failed: " + results.status());
        }
        System.out.printf(
            "results (run %d): %.2f s, peak heap %d MiB%n", run, s, BenchSupport.peakHeapMiB());
      }
      for (String format : List.of("csv", "xlsx")) {
        BenchSupport.resetPeaks();
        long start = System.nanoTime();
        ApiClient.Response export =
            staff
                .accept("*/*")
                .get("/api/v1/surveys/" + survey + "/responses/export?format=" + format);
        double s = BenchSupport.seconds(start);
        if (export.status() != 200) {
          throw new IllegalStateException("export failed: " + export.status());
        }
        System.out.printf(
            "export %s: %.2f s, %,d characters, peak heap %d MiB (max heap %d MiB)%n",
            format,
            s,
            export.body().length(),
            BenchSupport.peakHeapMiB(),
            Runtime.getRuntime().maxMemory() >> 20);
      }
    } finally {
      TestInfrastructure.cleanUpIfStarted();
      System.exit(0);
    }
  }

  private static List<Map<String, Object>> options(int n) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(Map.of("id", "o" + i, "label", "选项" + i));
    }
    return list;
  }

  private static void load(long community, long survey, int responses, int questions)
      throws Exception {
    TestInfrastructure infra = TestInfrastructure.get();
    Random random = new Random(42);
    try (Connection c =
        DriverManager.getConnection(
            infra.jdbcUrl() + "&rewriteBatchedStatements=true",
            infra.dbUser(),
            infra.dbPassword())) {
      c.setAutoCommit(false);
      try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO survey_response (id, community_id, survey_id, version_no, answers) VALUES (?,?,?,1,?)");
          PreparedStatement count =
              c.prepareStatement("UPDATE survey SET response_count = ? WHERE id = ?")) {
        for (int r = 0; r < responses; r++) {
          StringBuilder json = new StringBuilder("{");
          for (int i = 1; i <= questions; i++) {
            if (i > 1) {
              json.append(',');
            }
            json.append("\"q").append(i).append("\":");
            switch (i % 6) {
              case 0 -> json.append("{\"optionId\":\"o").append(random.nextInt(5)).append("\"}");
              case 1 ->
                  json.append("{\"optionIds\":[\"o")
                      .append(random.nextInt(3))
                      .append("\",\"o")
                      .append(3 + random.nextInt(3))
                      .append("\"]}");
              case 2 -> json.append("{\"number\":").append(1 + random.nextInt(5)).append('}');
              case 3 -> json.append("{\"number\":").append(random.nextInt(101)).append('}');
              case 4 -> json.append("{\"text\":\"意见").append(random.nextInt(1000)).append("\"}");
              default ->
                  json.append("{\"matrix\":{\"r1\":\"o")
                      .append(random.nextInt(3))
                      .append("\",\"r2\":\"o")
                      .append(random.nextInt(3))
                      .append("\"}}");
            }
          }
          json.append('}');
          p.setString(1, UUID.randomUUID().toString());
          p.setLong(2, community);
          p.setLong(3, survey);
          p.setString(4, json.toString());
          p.addBatch();
          if (r % 1000 == 999) {
            p.executeBatch();
          }
        }
        p.executeBatch();
        count.setLong(1, responses);
        count.setLong(2, survey);
        count.executeUpdate();
      }
      c.commit();
    }
  }
}
