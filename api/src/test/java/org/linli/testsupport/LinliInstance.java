package org.linli.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.linli.LinliApplication;
import org.linli.testsupport.infra.TestInfrastructure;
import org.linli.testsupport.wechat.FakeWeChatServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running Linli application for integration tests, on a random port, against the test run's
 * MariaDB schema, Redis key prefix and a fake WeChat server.
 */
public final class LinliInstance implements AutoCloseable {

  /** The openid of the bootstrap platform admin; log in with code {@code admin~N}. */
  public static final String ADMIN_IDENTITY = "admin";

  /** The survey reminder subscribe message template configured in tests. */
  public static final String SURVEY_REMINDER_TEMPLATE = "tmpl-survey-reminder";

  /** Activity subscribe message templates configured in tests. */
  public static final String ACTIVITY_REMINDER_TEMPLATE = "tmpl-activity-reminder";

  public static final String ACTIVITY_PROMOTED_TEMPLATE = "tmpl-activity-promoted";

  public static final String ACTIVITY_CANCELLED_TEMPLATE = "tmpl-activity-cancelled";

  /** The goods due-date template and photo host configured in tests. */
  public static final String GOODS_DUE_TEMPLATE = "tmpl-goods-due";

  public static final String GOODS_PHOTO_HOST = "photos.linli.test";

  private static final String TEST_KEY = randomKey();
  private static final String TEST_INDEX_KEY = randomKey();

  private static LinliInstance shared;
  private static FakeWeChatServer sharedWeChat;

  private final ConfigurableApplicationContext context;
  private final String baseUrl;

  private LinliInstance(ConfigurableApplicationContext context) {
    this.context = context;
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  /** The instance shared by all integration tests of this JVM (started on first use). */
  public static synchronized LinliInstance shared() {
    if (shared == null) {
      sharedWeChat = FakeWeChatServer.start();
      shared = start(sharedWeChat, TestInfrastructure.get().redisKeyPrefix(), Map.of());
      TestInfrastructure.get().beforeCleanUp(shared::close);
    }
    return shared;
  }

  /** The fake WeChat server behind the shared instance. */
  public static synchronized FakeWeChatServer sharedWeChat() {
    shared();
    return sharedWeChat;
  }

  /**
   * Starts another instance.
   *
   * @param weChat the fake WeChat server it talks to
   * @param redisKeyPrefix its Redis key prefix (instances sharing one share sessions)
   * @param overrides extra properties
   */
  public static LinliInstance start(
      FakeWeChatServer weChat, String redisKeyPrefix, Map<String, Object> overrides) {
    TestInfrastructure infra = TestInfrastructure.get();
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("server.port", "0");
    props.put("spring.datasource.url", infra.jdbcUrl() + "&rewriteBatchedStatements=true");
    props.put("spring.datasource.username", infra.dbUser());
    props.put("spring.datasource.password", infra.dbPassword());
    props.put("spring.data.redis.host", infra.redisHost());
    props.put("spring.data.redis.port", Integer.toString(infra.redisPort()));
    props.put("linli.redis.key-prefix", redisKeyPrefix);
    props.put("linli.wechat.app-id", FakeWeChatServer.DEFAULT_APPID);
    props.put("linli.wechat.app-secret", FakeWeChatServer.DEFAULT_SECRET);
    props.put("linli.wechat.api-base-url", weChat.baseUrl());
    props.put("linli.wechat.retry-sleep-millis", "10");
    props.put("linli.wechat.timeout-millis", "2000");
    props.put("linli.auth.bootstrap-admin-openids", FakeWeChatServer.openidFor(ADMIN_IDENTITY));
    props.put("linli.auth.login-per-ip-per-minute", "1000");
    props.put("linli.notice.survey-reminder-template", SURVEY_REMINDER_TEMPLATE);
    props.put("linli.notice.activity-reminder-template", ACTIVITY_REMINDER_TEMPLATE);
    props.put("linli.notice.activity-promoted-template", ACTIVITY_PROMOTED_TEMPLATE);
    props.put("linli.notice.activity-cancelled-template", ACTIVITY_CANCELLED_TEMPLATE);
    props.put("linli.notice.goods-due-template", GOODS_DUE_TEMPLATE);
    props.put("linli.goods.photo-host", GOODS_PHOTO_HOST);
    // Background jobs run often so tests observe them within seconds.
    props.put("linli.notice.outbox-poll", "PT0.3S");
    props.put("linli.activity.reminder-poll", "PT0.3S");
    props.put("linli.activity.checkin-period", "PT2S");
    props.put("linli.vote.poll", "PT0.3S");
    props.put("linli.deliberation.attachment-hosts", "files.linli.test");
    // Test-only keys, generated per run: never used for real data.
    props.put("linli.crypto.keys.test1", TEST_KEY);
    props.put("linli.crypto.active-key-id", "test1");
    props.put("linli.crypto.blind-index-key", TEST_INDEX_KEY);
    props.putAll(overrides);
    // Command-line arguments outrank application.yml and the environment.
    String[] args =
        props.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LinliApplication.class).profiles("test").run(args);
    return new LinliInstance(context);
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return java.util.Base64.getEncoder().encodeToString(key);
  }

  public String baseUrl() {
    return baseUrl;
  }

  public ApiClient client() {
    return new ApiClient(baseUrl);
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  @Override
  public void close() {
    if (context.isActive()) {
      context.close();
    }
  }
}
