package org.linli.testsupport.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * An embedded Redis server (codemonstur embedded-redis, which ships a Redis 6.2 binary) for tests
 * and local runs. It listens on {@code 127.0.0.1} only and has no password.
 */
public final class EmbeddedRedis {

  private static final System.Logger LOG = System.getLogger(EmbeddedRedis.class.getName());

  private final RedisServer server;
  private final int port;
  private boolean stopped;

  private EmbeddedRedis(RedisServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Starts an embedded Redis server without persistence.
   *
   * @param port TCP port to listen on (bound to 127.0.0.1), or 0 to pick a free one
   * @return the running server
   * @throws IllegalStateException if the server cannot be started
   */
  public static EmbeddedRedis start(int port) {
    return start(port, null);
  }

  /**
   * Starts an embedded Redis server, optionally keeping its data in a directory.
   *
   * <p>With a non-null {@code dataDir}, Redis loads {@code dump.rdb} from there at start, saves a
   * snapshot every 60 seconds if anything changed, and saves again on {@link #stop()}. With a null
   * {@code dataDir} nothing is persisted.
   *
   * @param port TCP port to listen on (bound to 127.0.0.1), or 0 to pick a free one
   * @param dataDir directory for {@code dump.rdb}, or {@code null} for no persistence
   * @return the running server
   * @throws IllegalStateException if the server cannot be started
   */
  public static EmbeddedRedis start(int port, Path dataDir) {
    int actualPort = port == 0 ? findFreePort() : port;
    try {
      var builder =
          RedisServer.newRedisServer()
              .port(actualPort)
              .bind("127.0.0.1")
              .setting("daemonize no")
              .setting("appendonly no");
      if (dataDir == null) {
        builder.setting("save \"\"");
      } else {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        builder
            .setting("dir \"" + dir.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
            .setting("dbfilename dump.rdb")
            .setting("save 60 1");
      }
      RedisServer server = builder.build();
      server.start();
      EmbeddedRedis redis = new EmbeddedRedis(server, actualPort);
      LOG.log(
          Level.INFO,
          "Embedded Redis started on 127.0.0.1:{0,number,#} (data: {1})",
          actualPort,
          dataDir == null ? "not persisted" : dataDir);
      return redis;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start embedded Redis on port " + actualPort, e);
    }
  }

  /**
   * Returns the TCP port the server listens on (on 127.0.0.1).
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /** Stops the server (saving a snapshot first when it persists its data). Idempotent. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      server.stop();
      LOG.log(Level.INFO, "Embedded Redis on port {0,number,#} stopped", port);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Stopping embedded Redis on port " + port + " failed", e);
    }
  }

  @Override
  public String toString() {
    return "EmbeddedRedis[127.0.0.1:" + port + "]";
  }

  private static int findFreePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port", e);
    }
  }
}
