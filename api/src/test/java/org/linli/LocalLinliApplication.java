package org.linli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.linli.testsupport.infra.EmbeddedMariaDb;
import org.linli.testsupport.infra.EmbeddedRedis;
import org.linli.testsupport.wechat.FakeWeChatServer;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Runs Linli with nothing installed: embedded MariaDB and Redis (data kept under {@code
 * .local-data/}) and the fake WeChat server, in the {@code local} profile. Any login code {@code
 * demo-NAME} logs in as a stable demo user; {@code demo-admin} is a platform admin. Started by
 * {@code scripts/run}; none of this is in the production jar.
 */
public final class LocalLinliApplication {

  private LocalLinliApplication() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(System.getProperty("linli.local.data-dir", ".local-data")).toAbsolutePath();
    Files.createDirectories(data);
    EmbeddedMariaDb db = EmbeddedMariaDb.start(data.resolve("mariadb"), 0);
    EmbeddedRedis redis = EmbeddedRedis.start(0, data.resolve("redis"));
    FakeWeChatServer weChat = FakeWeChatServer.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  weChat.close();
                  redis.stop();
                  db.stop();
                }));
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(""), "root", "");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS linli CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    System.out.println("Fake WeChat server at " + weChat.baseUrl());
    try {
      new SpringApplicationBuilder(LinliApplication.class)
          .profiles("local")
          .run(
              concat(
                  args,
                  "--spring.datasource.url="
                      + db.jdbcUrl("linli")
                      + "&rewriteBatchedStatements=true",
                  "--spring.datasource.username=root",
                  "--spring.datasource.password=",
                  "--spring.data.redis.host=127.0.0.1",
                  "--spring.data.redis.port=" + redis.port(),
                  "--linli.wechat.app-id=" + FakeWeChatServer.DEFAULT_APPID,
                  "--linli.wechat.app-secret=" + FakeWeChatServer.DEFAULT_SECRET,
                  "--linli.wechat.api-base-url=" + weChat.baseUrl(),
                  "--linli.auth.bootstrap-admin-openids="
                      + FakeWeChatServer.openidFor("demo-admin")));
    } catch (RuntimeException e) {
      // Start-up failed (e.g. port 8080 taken): stop the embedded servers with the JVM.
      System.exit(1);
    }
  }

  private static String[] concat(String[] first, String... second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(second, 0, all, 0, second.length);
    System.arraycopy(first, 0, all, second.length, first.length);
    return all;
  }
}
