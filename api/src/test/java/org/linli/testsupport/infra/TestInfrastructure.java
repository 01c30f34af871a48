package org.linli.testsupport.infra;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * JVM-wide MariaDB + Redis for integration tests.
 *
 * <p>The first {@link #get()} uses the MariaDB at {@code 127.0.0.1:3306} (root, empty password) and
 * the Redis at {@code 127.0.0.1:6379} when they answer, and otherwise starts an {@link
 * EmbeddedMariaDb} or {@link EmbeddedRedis} on a free port (each decided independently). Setting
 * the system property {@value #FORCE_EMBEDDED_PROPERTY} (or the environment variable {@value
 * #FORCE_EMBEDDED_ENV}) to {@code true} skips the real servers.
 *
 * <p>Every instance owns a fresh schema {@code linli_it_<yyyyMMddHHmmss>_<6 random chars>} (UTC
 * time) and a Redis key prefix {@code linli-it-<same suffix>}. {@link #cleanUp()} drops only that
 * schema, deletes only keys under that prefix and stops only the embedded servers it started. It
 * runs when the JUnit launcher session closes (see {@link TestInfrastructureCleanup}) and, as a
 * fallback, from a JVM shutdown hook.
 */
public final class TestInfrastructure {

  /** System property that forces embedded servers even when real ones answer. */
  public static final String FORCE_EMBEDDED_PROPERTY = "linli.test.forceEmbedded";

  /** Environment variable equivalent of {@link #FORCE_EMBEDDED_PROPERTY}. */
  public static final String FORCE_EMBEDDED_ENV = "LINLI_TEST_FORCE_EMBEDDED";

  static final String LOCAL_HOST = "127.0.0.1";
  static final int REAL_DB_PORT = 3306;
  static final int REAL_REDIS_PORT = 6379;

  private static final System.Logger LOG = System.getLogger(TestInfrastructure.class.getName());
  private static final int PROBE_TIMEOUT_MILLIS = 500;
  private static final int REDIS_TIMEOUT_MILLIS = 5_000;
  private static final String DB_USER = "root";
  private static final String DB_PASSWORD = "";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final Object LOCK = new Object();
  private static TestInfrastructure instance;
  private static boolean shutdownHookRegistered;

  private final EmbeddedMariaDb embeddedDbServer;
  private final EmbeddedRedis embeddedRedisServer;
  private final int dbPort;
  private final int redisPort;
  private final String schema;
  private final String redisKeyPrefix;
  private final Deque<Runnable> beforeCleanUpActions = new ArrayDeque<>();
  private boolean cleanedUp;

  private TestInfrastructure(
      EmbeddedMariaDb embeddedDbServer,
      EmbeddedRedis embeddedRedisServer,
      int dbPort,
      int redisPort,
      String schema,
      String redisKeyPrefix) {
    this.embeddedDbServer = embeddedDbServer;
    this.embeddedRedisServer = embeddedRedisServer;
    this.dbPort = dbPort;
    this.redisPort = redisPort;
    this.schema = schema;
    this.redisKeyPrefix = redisKeyPrefix;
  }

  /**
   * Returns the JVM-wide infrastructure, starting it on the first call (or on the first call after
   * a {@link #cleanUp()}).
   *
   * @return the running infrastructure
   * @throws IllegalStateException if neither a real nor an embedded server could be provided
   */
  public static TestInfrastructure get() {
    synchronized (LOCK) {
      if (instance == null || instance.isCleanedUp()) {
        if (!shutdownHookRegistered) {
          Runtime.getRuntime()
              .addShutdownHook(
                  new Thread(
                      TestInfrastructure::cleanUpIfStarted, "linli-test-infrastructure-cleanup"));
          shutdownHookRegistered = true;
        }
        instance = create();
      }
      return instance;
    }
  }

  /** Runs {@link #cleanUp()} on the current instance, if {@link #get()} ever created one. */
  public static void cleanUpIfStarted() {
    TestInfrastructure current;
    synchronized (LOCK) {
      current = instance;
      instance = null;
    }
    if (current != null) {
      current.cleanUp();
    }
  }

  /**
   * Returns the JDBC URL of this instance's schema.
   *
   * @return a mysql-connector-j URL pointing at {@link #schema()}
   */
  public String jdbcUrl() {
    return EmbeddedMariaDb.jdbcUrl(LOCAL_HOST, dbPort, schema);
  }

  /**
   * Returns the database user.
   *
   * @return always {@code root}
   */
  public String dbUser() {
    return DB_USER;
  }

  /**
   * Returns the database password.
   *
   * @return always the empty string
   */
  public String dbPassword() {
    return DB_PASSWORD;
  }

  /**
   * Returns the database port.
   *
   * @return 3306 for the real server, otherwise the embedded server's port
   */
  public int dbPort() {
    return dbPort;
  }

  /**
   * Returns the Redis host.
   *
   * @return always {@code 127.0.0.1}
   */
  public String redisHost() {
    return LOCAL_HOST;
  }

  /**
   * Returns the Redis port.
   *
   * @return 6379 for the real server, otherwise the embedded server's port
   */
  public int redisPort() {
    return redisPort;
  }

  /**
   * Returns the prefix that every Redis key written by the tests must start with, so that {@link
   * #cleanUp()} can delete them.
   *
   * @return {@code linli-it-<yyyyMMddHHmmss>_<6 random chars>}
   */
  public String redisKeyPrefix() {
    return redisKeyPrefix;
  }

  /**
   * Returns the name of the schema created for this instance.
   *
   * @return {@code linli_it_<yyyyMMddHHmmss>_<6 random chars>}
   */
  public String schema() {
    return schema;
  }

  /**
   * Tells whether the database is an embedded MariaDB started by this instance.
   *
   * @return {@code true} for embedded, {@code false} for the real server on port 3306
   */
  public boolean embeddedDb() {
    return embeddedDbServer != null;
  }

  /**
   * Tells whether Redis is an embedded server started by this instance.
   *
   * @return {@code true} for embedded, {@code false} for the real server on port 6379
   */
  public boolean embeddedRedis() {
    return embeddedRedisServer != null;
  }

  /**
   * Registers an action that {@link #cleanUp()} runs before it drops the schema and stops the
   * servers, e.g. closing a Spring application context that still uses them. Actions run in reverse
   * order of registration; their failures are logged, not thrown.
   *
   * @param action the action to run once, at clean-up
   */
  public synchronized void beforeCleanUp(Runnable action) {
    beforeCleanUpActions.push(action);
  }

  /**
   * Runs the {@link #beforeCleanUp} actions, drops this instance's schema, deletes the Redis keys
   * under its prefix (SCAN + UNLINK, never FLUSHDB/FLUSHALL) and stops the embedded servers it
   * started. Idempotent; failures are logged, not thrown.
   */
  public synchronized void cleanUp() {
    if (cleanedUp) {
      return;
    }
    cleanedUp = true;
    while (!beforeCleanUpActions.isEmpty()) {
      try {
        beforeCleanUpActions.pop().run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A before-clean-up action failed", e);
      }
    }
    try {
      dropSchema();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot drop test schema " + schema, e);
    }
    try {
      long deleted = deleteRedisKeys();
      LOG.log(Level.DEBUG, "Deleted {0} Redis keys under {1}", deleted, redisKeyPrefix);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot delete Redis keys under " + redisKeyPrefix, e);
    }
    if (embeddedRedisServer != null) {
      embeddedRedisServer.stop();
    }
    if (embeddedDbServer != null) {
      embeddedDbServer.stop();
    }
    LOG.log(Level.INFO, "Test infrastructure cleaned up: {0}", this);
  }

  @Override
  public String toString() {
    return "TestInfrastructure[schema="
        + schema
        + ", db="
        + (embeddedDb() ? "embedded:" : "real:")
        + dbPort
        + ", redis="
        + (embeddedRedis() ? "embedded:" : "real:")
        + redisPort
        + ", redisKeyPrefix="
        + redisKeyPrefix
        + "]";
  }

  private synchronized boolean isCleanedUp() {
    return cleanedUp;
  }

  private static TestInfrastructure create() {
    boolean forceEmbedded =
        Boolean.getBoolean(FORCE_EMBEDDED_PROPERTY)
            || "true".equalsIgnoreCase(System.getenv(FORCE_EMBEDDED_ENV));
    String suffix =
        LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + randomLowercaseAlphanumeric(6);
    String schema = "linli_it_" + suffix;
    String redisKeyPrefix = "linli-it-" + suffix;

    EmbeddedMariaDb embeddedDb = null;
    EmbeddedRedis embeddedRedis = null;
    try {
      int dbPort = REAL_DB_PORT;
      if (forceEmbedded || !realDbAnswers()) {
        embeddedDb = EmbeddedMariaDb.start(null, 0);
        dbPort = embeddedDb.port();
      }
      int redisPort = REAL_REDIS_PORT;
      if (forceEmbedded || !realRedisAnswers()) {
        embeddedRedis = EmbeddedRedis.start(0);
        redisPort = embeddedRedis.port();
      }
      TestInfrastructure infrastructure =
          new TestInfrastructure(
              embeddedDb, embeddedRedis, dbPort, redisPort, schema, redisKeyPrefix);
      infrastructure.createSchema();
      LOG.log(Level.INFO, "Test infrastructure ready: {0}", infrastructure);
      return infrastructure;
    } catch (SQLException | RuntimeException e) {
      if (embeddedRedis != null) {
        embeddedRedis.stop();
      }
      if (embeddedDb != null) {
        embeddedDb.stop();
      }
      throw new IllegalStateException("Cannot set up the test infrastructure", e);
    }
  }

  private static boolean realDbAnswers() {
    if (!tcpAnswers(REAL_DB_PORT)) {
      return false;
    }
    String url =
        EmbeddedMariaDb.jdbcUrl(LOCAL_HOST, REAL_DB_PORT, null)
            + "&connectTimeout=2000&socketTimeout=5000";
    try (Connection connection = DriverManager.getConnection(url, DB_USER, DB_PASSWORD)) {
      return connection.isValid(2);
    } catch (SQLException e) {
      LOG.log(
          Level.INFO,
          "{0}:{1,number,#} answers, but root with an empty password cannot log in ({2});"
              + " using an embedded MariaDB",
          LOCAL_HOST,
          REAL_DB_PORT,
          e.getMessage());
      return false;
    }
  }

  private static boolean realRedisAnswers() {
    if (!tcpAnswers(REAL_REDIS_PORT)) {
      return false;
    }
    try (RespClient client = new RespClient(LOCAL_HOST, REAL_REDIS_PORT, REDIS_TIMEOUT_MILLIS)) {
      return "PONG".equals(client.command("PING"));
    } catch (IOException e) {
      LOG.log(
          Level.INFO,
          "{0}:{1,number,#} answers, but not to PING ({2}); using an embedded Redis",
          LOCAL_HOST,
          REAL_REDIS_PORT,
          e.getMessage());
      return false;
    }
  }

  private static boolean tcpAnswers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(LOCAL_HOST, port), PROBE_TIMEOUT_MILLIS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void createSchema() throws SQLException {
    execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
  }

  /** Drops this instance's schema; package-private for tests of this class. */
  void dropSchema() throws SQLException {
    execute("DROP DATABASE IF EXISTS `" + schema + "`");
  }

  private void execute(String sql) throws SQLException {
    String url = EmbeddedMariaDb.jdbcUrl(LOCAL_HOST, dbPort, null) + "&connectTimeout=5000";
    try (Connection connection = DriverManager.getConnection(url, DB_USER, DB_PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * Deletes the keys under {@link #redisKeyPrefix()}; package-private for tests of this class.
   *
   * @return the number of deleted keys
   */
  long deleteRedisKeys() throws IOException {
    long deleted = 0;
    try (RespClient client = new RespClient(LOCAL_HOST, redisPort, REDIS_TIMEOUT_MILLIS)) {
      List<String> keys = client.scan(RespClient.escapeGlob(redisKeyPrefix) + "*", 500);
      boolean unlinkSupported = true;
      for (int from = 0; from < keys.size(); from += 500) {
        List<String> batch = keys.subList(from, Math.min(keys.size(), from + 500));
        List<String> args = new ArrayList<>(batch.size() + 1);
        args.add(unlinkSupported ? "UNLINK" : "DEL");
        args.addAll(batch);
        Object reply;
        try {
          reply = client.command(args.toArray(String[]::new));
        } catch (RespClient.RespException e) {
          if (!unlinkSupported) {
            throw e;
          }
          // Redis before 4.0 has no UNLINK.
          unlinkSupported = false;
          args.set(0, "DEL");
          reply = client.command(args.toArray(String[]::new));
        }
        deleted += reply instanceof Long count ? count : 0;
      }
    }
    return deleted;
  }

  private static String randomLowercaseAlphanumeric(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
