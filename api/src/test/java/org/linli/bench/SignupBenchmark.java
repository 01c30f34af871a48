package org.linli.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flash-sale sign-up benchmark (run by {@code scripts/bench-signup}). Logs in N residents (default
 * 2,000) through the fake WeChat server, opens one activity with 100 seats and a waitlist of 300,
 * and releases all N sign-ups at once plus 10% retries under the same idempotency key. Prints the
 * outcome (confirmed, waitlisted, refused, oversold, duplicate sign-ups, 5xx), throughput and
 * latency, checked against the database; then, with the same clients, the throughput of {@code GET
 * /api/v1/me} (the framework ceiling) and of the bare sign-up transaction through JDBC with as many
 * connections as the service's pool (the database ceiling), and the ratios.
 *
 * <p>Before the measured bursts, up to {@code --warmup-rounds} rounds (default 30) warm the service
 * up as a server that has been running for a while: each round opens another activity with the same
 * seats and waitlist and releases every resident's sign-up (and the retries) and every resident's
 * {@code GET /api/v1/me} together, unmeasured. The warm-up ends once the JIT compiler was busy for
 * less than a tenth of a round (at least two rounds): on two cores the optimising compiler
 * otherwise takes most of a core during the measured bursts, which a server that has been up for a
 * while does not pay.
 *
 * <p>Arguments: {@code [residents] [--fresh-connections] [--warmup-rounds N]}. Every request has
 * its own connection, opened before the release unless {@code --fresh-connections} (see {@link
 * Target}). The client is one thread with non-blocking sockets on one selector (see {@link #fire}),
 * so that its own CPU cost is small next to the service's and the figures are the service's.
 *
 * <p>Exits 1 when a seat was oversold, a resident holds two sign-ups, the counters disagree with
 * the sign-ups or any request got a 5xx; the performance targets only print PASS or FAIL.
 */
public final class SignupBenchmark {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int CAPACITY = 100;
  private static final int WAITLIST = 300;
  private static final String BODY = "{\"seats\":1}";
  private static final double P99_TARGET_MILLIS = 1000;
  private static final double CEILING_RATIO_TARGET = 0.6;
  private static final int SETUP_CONCURRENCY = 16;
  private static final int DEFAULT_RESIDENTS = 2_000;
  private static final int DEFAULT_WARMUP_ROUNDS = 30;
  private static final int DEADLINE_SECONDS = 120;
  private static final String USAGE =
      "usage: SignupBenchmark [residents] [--fresh-connections] [--warmup-rounds N]";

  private SignupBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean fresh = false;
    int warmupRounds = DEFAULT_WARMUP_ROUNDS;
    int residents = DEFAULT_RESIDENTS;
    try {
      boolean residentsGiven = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--fresh-connections")) {
          fresh = true;
        } else if (arg.equals("--warmup-rounds") && i + 1 < args.length) {
          warmupRounds = Integer.parseInt(args[++i]);
        } else if (arg.startsWith("--warmup-rounds=")) {
          warmupRounds = Integer.parseInt(arg.substring("--warmup-rounds=".length()));
        } else if (!arg.startsWith("--") && !residentsGiven) {
          residents = Integer.parseInt(arg);
          residentsGiven = true;
        } else {
          throw new IllegalArgumentException("unexpected argument " + arg);
        }
      }
      if (residents < 1 || warmupRounds < 0) {
        throw new IllegalArgumentException("residents must be >= 1, warm-up rounds >= 0");
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "\n" + USAGE);
      System.exit(2);
      return;
    }
    int retries = residents / 10;
    int exit = 0;
    LinliInstance app = LinliInstance.shared();
    try {
      TestInfrastructure infra = TestInfrastructure.get();
      int pool =
          app.context()
              .getEnvironment()
              .getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
      MeterRegistry meters = app.context().getBean(MeterRegistry.class);
      System.out.printf(
          "Sign-up flash sale: %,d residents, one activity with %d seats and a waitlist of %d;"
              + " %d cores (load average %.1f), service DB pool %d, max heap %d MiB;"
              + " each request on its own connection, %s%n",
          residents,
          CAPACITY,
          WAITLIST,
          Runtime.getRuntime().availableProcessors(),
          loadAverage(),
          pool,
          Runtime.getRuntime().maxMemory() >> 20,
          fresh ? "opened at the release" : "opened before the release");

      URI base = URI.create(app.baseUrl());
      Target target = new Target(base.getHost(), base.getPort(), fresh);
      Sessions sessions = new Sessions(app.client());
      long community = sessions.newCommunity("抢名额");
      String staffName = Sessions.unique("bench-signup-staff");
      long staffId = sessions.grant(staffName, community, "STAFF");
      ApiClient staff = sessions.as(staffName).inCommunity(community);

      long start = System.nanoTime();
      List<String> tokens = logInAndJoin(app.baseUrl(), community, residents);
      System.out.printf(
          "setup: %,d residents logged in through the fake WeChat server and joined in %.1f s%n",
          residents, BenchSupport.seconds(start));

      // Warm-up (not measured), as a server that has been running for a while: each round, on
      // another activity with the same seats and waitlist, every resident's sign-up (new keys) and
      // GET /me released together, so that the measured bursts do not pay for class loading, the
      // first JIT compilations or growing pools.
      boolean settled = warmupRounds == 0;
      for (int round = 1; round <= warmupRounds; round++) {
        long warmActivity = openActivity(staff, CAPACITY, WAITLIST);
        List<Call> warmCalls = new ArrayList<>();
        List<String> warmKeys = new ArrayList<>();
        for (int i = 0; i < residents; i++) {
          warmKeys.add(key());
          warmCalls.add(signup(target, community, warmActivity, i, tokens.get(i), warmKeys.get(i)));
          warmCalls.add(me(target, i, tokens.get(i)));
        }
        for (int i : pick(new Random(round), residents, retries)) {
          warmCalls.add(signup(target, community, warmActivity, i, tokens.get(i), warmKeys.get(i)));
        }
        Collections.shuffle(warmCalls, new Random(round));
        Burst warmBurst = fire(target, warmCalls);
        double jitShare = warmBurst.jitShare();
        boolean unexpected = warmBurst.count(o -> o.status >= 500 || o.status < 0) > 0;
        System.out.printf(
            "warm-up round %d (at most %d): %,d requests (every resident's sign-up, the retries and"
                + " GET /me) released at once, %.2f s, %,.0f req/s; JIT compiler busy %.0f%% of the"
                + " round%s%n",
            round,
            warmupRounds,
            warmCalls.size(),
            warmBurst.wallSeconds(),
            warmBurst.throughput(),
            jitShare * 100,
            unexpected ? "; answers " + warmBurst.byStatusAndCode() : "");
        if (round >= 2 && jitShare < 0.1) {
          settled = true;
          break;
        }
      }
      if (!settled) {
        System.out.println(
            "warm-up: the JIT compiler had not settled; the figures below include its work");
      }

      // The flash sale: every resident once, plus retries of random residents under the same key
      // and body, all released together.
      long activity = openActivity(staff, CAPACITY, WAITLIST);
      Random random = new Random(7);
      List<Call> calls = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < residents; i++) {
        keys.add(key());
        calls.add(signup(target, community, activity, i, tokens.get(i), keys.get(i)));
      }
      List<Integer> retried = pick(random, residents, retries);
      for (int i : retried) {
        calls.add(signup(target, community, activity, i, tokens.get(i), keys.get(i)));
      }
      Collections.shuffle(calls, random);
      BenchSupport.resetPeaks();
      PoolStats before = PoolStats.of(meters);
      Burst burst = fire(target, calls);
      long burstHeap = BenchSupport.peakHeapMiB();
      PoolStats during = PoolStats.of(meters).minus(before);
      exit |= reportBurst(burst, residents, retries, activity, infra, burstHeap);
      System.out.println("  " + burst.cpu());
      System.out.println("  " + during.describe(calls.size()));

      // Framework ceiling: the same clients (tokens and connections), released at once.
      List<Call> meCalls = new ArrayList<>();
      for (int i = 0; i < residents; i++) {
        meCalls.add(me(target, i, tokens.get(i)));
      }
      for (int i : retried) {
        meCalls.add(me(target, i, tokens.get(i)));
      }
      Collections.shuffle(meCalls, random);
      before = PoolStats.of(meters);
      Burst meBurst = fire(target, meCalls);
      during = PoolStats.of(meters).minus(before);
      long meOk = meBurst.count(o -> o.status == 200);
      System.out.printf(
          "GET /api/v1/me, same clients, %,d requests released at once: %,d x 200, others %s%n"
              + "  throughput %,.0f req/s (%.2f s); latency %s%n",
          meCalls.size(),
          meOk,
          meOk == meCalls.size() ? "none" : meBurst.byStatusAndCode(),
          meBurst.throughput(),
          meBurst.wallSeconds(),
          meBurst.latencies());
      System.out.println("  " + meBurst.cpu());
      System.out.println("  " + during.describe(meCalls.size()));
      printSamples(meBurst.outcomes(), o -> o.status != 200, "unexpected answer");
      if (meBurst.count(o -> o.status >= 500) > 0) {
        exit = 1;
      }

      // Framework floor: the cheapest answer the service gives (the liveness probe: Tomcat, the
      // filters and Spring MVC; no token, database or Redis), same number of requests at once.
      List<Call> floorCalls = new ArrayList<>();
      for (int i = 0; i < meCalls.size(); i++) {
        floorCalls.add(
            new Call(
                meCalls.get(i).user(),
                null,
                request(target, "GET /actuator/health/liveness", "X-Bench: floor", null)));
      }
      Burst floor = fire(target, floorCalls);
      long floorOk = floor.count(o -> o.status == 200);
      System.out.printf(
          "GET /actuator/health/liveness (no token, database or Redis), %,d requests released at"
              + " once: %,d x 200%n  throughput %,.0f req/s (%.2f s); latency %s%n",
          floorCalls.size(), floorOk, floor.throughput(), floor.wallSeconds(), floor.latencies());

      // Database ceiling: the bare sign-up transaction with plain JDBC, on a fresh activity.
      List<Long> userIds = residentIds(infra, community, staffId, residents);
      Ceiling bare = jdbcCeiling(infra, openActivity(staff, CAPACITY, WAITLIST), userIds, pool);
      System.out.printf(
          "bare sign-up transaction through JDBC, %d connections, %,d attempts: %s%n",
          pool, userIds.size(), bare);
      exit |= bare.integrityFailed ? 1 : 0;

      double signupRate = burst.throughput();
      double ratioDb = signupRate / bare.throughput;
      double ratioMe = signupRate / meBurst.throughput();
      System.out.printf(
          "ratios: sign-up / JDBC ceiling = %.2f; sign-up / GET /me = %.2f;"
              + " GET /me / JDBC ceiling = %.2f%n",
          ratioDb, ratioMe, meBurst.throughput() / bare.throughput);
      System.out.printf(
          "for scale: %,d sign-ups in 1 s need %,d req/s; the bare JDBC transaction took %.2f s"
              + " for %,d, the liveness probe %.2f s for %,d%n",
          calls.size(),
          calls.size(),
          bare.seconds,
          userIds.size(),
          floor.wallSeconds(),
          floorCalls.size());
      double p99 = burst.percentileMillis(0.99);
      System.out.printf(
          "target p99 < %.0f ms for the burst: %s (%.0f ms)%n",
          P99_TARGET_MILLIS, p99 < P99_TARGET_MILLIS ? "PASS" : "FAIL", p99);
      System.out.printf(
          "target sign-up throughput >= %.0f%% of the JDBC ceiling: %s (%.0f%%)%n",
          CEILING_RATIO_TARGET * 100,
          ratioDb >= CEILING_RATIO_TARGET ? "PASS" : "FAIL",
          ratioDb * 100);
      System.out.println(exit == 0 ? "integrity: PASS" : "integrity: FAIL (exit 1)");
      System.out.printf("load average at the end %.1f%n", loadAverage());
    } catch (Throwable e) {
      e.printStackTrace();
      exit = 2;
    } finally {
      TestInfrastructure.cleanUpIfStarted();
      System.exit(exit);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Time the JIT compilers have spent so far (all threads), in milliseconds. */
  private static long jitMillis() {
    java.lang.management.CompilationMXBean jit =
        java.lang.management.ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : 0;
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** The service's connection pool figures (cumulative), to see where a burst's time goes. */
  private record PoolStats(
      long acquires, double acquireMillis, long usages, double usageMillis, double maxWaitMillis) {

    static PoolStats of(MeterRegistry meters) {
      Timer acquire = meters.find("hikaricp.connections.acquire").timer();
      Timer usage = meters.find("hikaricp.connections.usage").timer();
      if (acquire == null || usage == null) {
        return new PoolStats(0, 0, 0, 0, 0);
      }
      return new PoolStats(
          acquire.count(),
          acquire.totalTime(TimeUnit.MILLISECONDS),
          usage.count(),
          usage.totalTime(TimeUnit.MILLISECONDS),
          acquire.max(TimeUnit.MILLISECONDS));
    }

    PoolStats minus(PoolStats o) {
      return new PoolStats(
          acquires - o.acquires,
          acquireMillis - o.acquireMillis,
          usages - o.usages,
          usageMillis - o.usageMillis,
          maxWaitMillis);
    }

    String describe(int requests) {
      if (acquires == 0) {
        return "DB pool: no figures";
      }
      return String.format(
          "DB pool: %,d connection checkouts (%.1f per request), mean wait for a connection %.1f ms"
              + " (max %.0f ms), mean time held %.1f ms",
          acquires,
          acquires / (double) requests,
          acquireMillis / acquires,
          maxWaitMillis,
          usageMillis / Math.max(1, usages));
    }
  }

  // ------------------------------------------------------------------ setup

  /** Logs in {@code n} distinct residents (each from its own address) and joins them. */
  private static List<String> logInAndJoin(String baseUrl, long community, int n) throws Exception {
    HttpClient http = client();
    String run = Long.toString(System.currentTimeMillis(), 36);
    ExecutorService pool = Executors.newFixedThreadPool(SETUP_CONCURRENCY);
    try {
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        tokens.add(
            pool.submit(
                () -> {
                  String ip = "10." + ((k >> 16) & 255) + "." + ((k >> 8) & 255) + "." + (k & 255);
                  HttpResponse<String> login =
                      http.send(
                          HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/wechat-login"))
                              .header("Content-Type", "application/json")
                              .header("Accept", "application/json")
                              .header("X-Forwarded-For", ip)
                              .POST(
                                  HttpRequest.BodyPublishers.ofString(
                                      "{\"code\":\"bench-" + run + "-" + k + "~1\"}"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (login.statusCode() != 200) {
                    throw new IllegalStateException("login " + k + ": " + login.body());
                  }
                  String token = JSON.readTree(login.body()).get("accessToken").asString();
                  HttpResponse<String> join =
                      http.send(
                          HttpRequest.newBuilder(
                                  URI.create(
                                      baseUrl + "/api/v1/communities/" + community + "/join"))
                              .header("Authorization", "Bearer " + token)
                              .header("Accept", "application/json")
                              .POST(HttpRequest.BodyPublishers.noBody())
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (join.statusCode() != 200) {
                    throw new IllegalStateException("join " + k + ": " + join.body());
                  }
                  return token;
                }));
      }
      List<String> result = new ArrayList<>();
      for (Future<String> f : tokens) {
        result.add(f.get());
      }
      return result;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Creates and publishes an activity whose sign-up is open now; returns its id. */
  private static long openActivity(ApiClient staff, int capacity, int waitlist) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "免费体检");
    body.put("kind", "HEALTH");
    body.put("place", "社区服务中心");
    body.put("startsAt", now.plusDays(1).toString());
    body.put("endsAt", now.plusDays(1).plusHours(2).toString());
    body.put("signupOpensAt", now.minusMinutes(1).toString());
    body.put("signupClosesAt", now.plusHours(1).toString());
    body.put("capacity", capacity);
    body.put("waitlistEnabled", true);
    body.put("waitlistLimit", waitlist);
    ApiClient.Response created = staff.post("/api/v1/activities", body);
    if (created.status() != 201) {
      throw new IllegalStateException("create activity: " + created);
    }
    long id = created.json().get("id").asLong();
    ApiClient.Response published = staff.post("/api/v1/activities/" + id + "/publish", null);
    if (published.status() != 200
        || !"SIGNUP_OPEN".equals(published.json().get("status").asString())) {
      throw new IllegalStateException("publish activity: " + published);
    }
    return id;
  }

  private static List<Long> residentIds(
      TestInfrastructure infra, long community, long staffId, int n) throws SQLException {
    try (Connection c = connect(infra);
        PreparedStatement p =
            c.prepareStatement(
                "SELECT user_id FROM community_member WHERE community_id = ? AND user_id <> ?"
                    + " ORDER BY id LIMIT ?")) {
      p.setLong(1, community);
      p.setLong(2, staffId);
      p.setInt(3, n);
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    }
  }

  private static String key() {
    return "bench-" + java.util.UUID.randomUUID().toString().replace("-", "");
  }

  private static List<Integer> pick(Random random, int n, int k) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    Collections.shuffle(all, random);
    return new ArrayList<>(all.subList(0, k));
  }

  // ------------------------------------------------------------------ bursts

  /**
   * Where the bursts go. Each request has its own connection, as distinct phones would, all of them
   * non-blocking sockets served by the one client thread of {@link #fire}. By default a connection
   * is opened (50 at a time) before the release, as a reverse proxy keeps its connections to the
   * service, so that the figures are the service's. With {@code fresh} every request connects at
   * the release (non-blocking connects, the request written once connected): thousands of
   * simultaneous connects can overflow the listen backlog (Tomcat's accept-count) and the kernel's
   * SYN retransmissions (1 s, 3 s, 7 s...) then dominate the latencies.
   */
  private record Target(String host, int port, boolean fresh) {}

  /** One request of a burst by resident {@code user} (an index), as bytes on the wire. */
  private record Call(int user, String key, byte[] request) {}

  /** An HTTP answer. */
  private record Answer(int status, Map<String, String> headers, String body) {}

  /**
   * One request of a burst on its own non-blocking connection: the request bytes still to write,
   * the answer bytes read so far and, once complete, the parsed answer (or the transport error)
   * with the time it was complete. The body stays bytes until the burst is over: nothing is decoded
   * or parsed as JSON in the timed loop.
   */
  private static final class Exchange {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

    final ByteBuffer request;
    SocketChannel channel;
    SelectionKey key;
    boolean done;
    long endNanos;
    Throwable error;
    int status;
    Map<String, String> headers;
    byte[] body;
    private byte[] in = new byte[1024];
    private int length;
    private int bodyStart = -1;

    Exchange(byte[] request) {
      this.request = ByteBuffer.wrap(request);
    }

    /**
     * Writes what the socket takes of the request; true when all of it is written (then waits for
     * the answer), false when the rest waits for the socket to be writable again.
     */
    boolean write() throws IOException {
      channel.write(request);
      boolean all = !request.hasRemaining();
      key.interestOps(all ? SelectionKey.OP_READ : SelectionKey.OP_WRITE);
      return all;
    }

    /**
     * Reads whatever the socket holds into the answer; true when the answer is complete. End of
     * stream before that is an {@link EOFException}.
     */
    boolean read(ByteBuffer buffer) throws IOException {
      while (true) {
        buffer.clear();
        int n = channel.read(buffer);
        if (n < 0) {
          return complete(true);
        }
        if (n == 0) {
          return complete(false);
        }
        if (length + n > in.length) {
          in = Arrays.copyOf(in, Math.max(in.length * 2, length + n));
        }
        buffer.flip();
        buffer.get(in, length, n);
        length += n;
        if (complete(false)) {
          return true;
        }
      }
    }

    void finish(long nanos) {
      done = true;
      endNanos = nanos;
      close();
    }

    void fail(Throwable e, long nanos) {
      error = e;
      finish(nanos);
    }

    void close() {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException e) {
          // closing anyway
        }
      }
    }

    /**
     * Whether the bytes read so far hold a complete HTTP/1.1 answer (status line, headers, body by
     * Content-Length, chunked, or up to the end of the stream); sets status, headers and body when
     * they do.
     */
    private boolean complete(boolean eof) throws IOException {
      if (bodyStart < 0) {
        int end = indexOf(HEAD_END, 0);
        if (end < 0) {
          return incomplete(eof, "connection closed without an answer");
        }
        head(end);
        bodyStart = end + HEAD_END.length;
      }
      if (status == 204 || status == 304) {
        body = new byte[0];
        return true;
      }
      String contentLength = headers.get("content-length");
      if (contentLength != null) {
        int size = Integer.parseInt(contentLength.trim());
        if (length - bodyStart < size) {
          return incomplete(eof, "connection closed in the body");
        }
        body = Arrays.copyOfRange(in, bodyStart, bodyStart + size);
        return true;
      }
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = dechunk();
        return body != null || incomplete(eof, "connection closed in a chunked body");
      }
      if (eof) {
        body = Arrays.copyOfRange(in, bodyStart, length);
        return true;
      }
      return false;
    }

    private static boolean incomplete(boolean eof, String what) throws EOFException {
      if (eof) {
        throw new EOFException(what);
      }
      return false;
    }

    /** Parses the status line and the headers (names lower-cased), which end at {@code end}. */
    private void head(int end) {
      String[] lines = new String(in, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
      status = Integer.parseInt(lines[0].substring(9, 12));
      headers = new HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(
              lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
              lines[i].substring(colon + 1).trim());
        }
      }
    }

    /** The chunked body read so far, or null while it is incomplete (trailers are skipped). */
    private byte[] dechunk() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int p = bodyStart;
      while (true) {
        int eol = indexOf(CRLF, p);
        if (eol < 0) {
          return null;
        }
        String line = new String(in, p, eol - p, StandardCharsets.US_ASCII);
        int semicolon = line.indexOf(';');
        int size =
            Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
        p = eol + CRLF.length;
        if (size == 0) {
          for (int trailer = indexOf(CRLF, p); trailer >= 0; trailer = indexOf(CRLF, p)) {
            if (trailer == p) {
              return out.toByteArray();
            }
            p = trailer + CRLF.length;
          }
          return null;
        }
        if (length - p < size + CRLF.length) {
          return null;
        }
        out.write(in, p, size);
        p += size + CRLF.length;
      }
    }

    private int indexOf(byte[] pattern, int from) {
      outer:
      for (int i = from; i <= length - pattern.length; i++) {
        for (int j = 0; j < pattern.length; j++) {
          if (in[i + j] != pattern[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }

  /** What one request got. */
  private static final class Outcome {
    final Call call;
    final long latencyNanos;
    final long endNanos;
    final int status;
    final String body;
    final String code;
    final String signupStatus;
    final Integer position;
    final Long signupId;
    final boolean replayed;

    Outcome(Call call, long startNanos, long endNanos, Answer r, Throwable error) {
      this.call = call;
      this.endNanos = endNanos;
      this.latencyNanos = endNanos - startNanos;
      this.status = r == null ? -1 : r.status();
      this.body = r == null ? String.valueOf(error) : r.body();
      this.replayed = r != null && "true".equals(r.headers().get("idempotent-replayed"));
      JsonNode json = null;
      if (r != null && body.startsWith("{")) {
        try {
          json = JSON.readTree(body);
        } catch (RuntimeException e) {
          json = null;
        }
      }
      this.code = json != null && json.hasNonNull("code") ? json.get("code").asString() : null;
      boolean signup = status == 201 && json != null && json.has("status");
      this.signupStatus = signup ? json.get("status").asString() : null;
      this.position = signup && json.hasNonNull("position") ? json.get("position").asInt() : null;
      this.signupId = signup ? json.get("id").asLong() : null;
    }

    String label() {
      if (status == 201) {
        return "201 " + signupStatus + (replayed ? " (replayed)" : "");
      }
      return status < 0 ? "transport error" : status + (code == null ? "" : " " + code);
    }
  }

  /**
   * The outcomes of one burst; latencies run from the release to the complete answer, the wall time
   * from the release to the last answer.
   */
  private record Burst(
      List<Outcome> outcomes, long startNanos, long lastSendNanos, long cpuNanos, long jitMillis) {

    long count(java.util.function.Predicate<Outcome> p) {
      return outcomes.stream().filter(p).count();
    }

    double wallSeconds() {
      long end = outcomes.stream().mapToLong(o -> o.endNanos).max().orElse(startNanos);
      return (end - startNanos) / 1e9;
    }

    double throughput() {
      return outcomes.size() / wallSeconds();
    }

    double percentileMillis(double p) {
      long[] sorted = outcomes.stream().mapToLong(o -> o.latencyNanos).sorted().toArray();
      int i = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    String latencies() {
      return String.format(
          "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (last request written %.0f ms"
              + " after the release)",
          percentileMillis(0.50),
          percentileMillis(0.95),
          percentileMillis(0.99),
          percentileMillis(1.0),
          (lastSendNanos - startNanos) / 1e6);
    }

    /** CPU used by the whole JVM (service and client) during the burst, and JIT time. */
    String cpu() {
      return String.format(
          "CPU %.1f ms per request, %.1f of %d cores busy (service and client together);"
              + " JIT compiling %d ms",
          cpuNanos / 1e6 / outcomes.size(),
          cpuNanos / 1e9 / wallSeconds(),
          Runtime.getRuntime().availableProcessors(),
          jitMillis);
    }

    /** Share of the burst's wall time the JIT compilers were busy (all compiler threads). */
    double jitShare() {
      return jitMillis / 1000.0 / wallSeconds();
    }

    Map<String, Integer> byStatusAndCode() {
      Map<String, Integer> m = new TreeMap<>();
      outcomes.forEach(o -> m.merge(o.label(), 1, Integer::sum));
      return m;
    }
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(30))
        .build();
  }

  private static Call signup(
      Target target, long community, long activity, int user, String token, String key) {
    return new Call(
        user,
        key,
        request(
            target,
            "POST /api/v1/activities/" + activity + "/signups",
            "Authorization: Bearer "
                + token
                + "\r\nX-Community-Id: "
                + community
                + "\r\nIdempotency-Key: "
                + key
                + "\r\nContent-Type: application/json",
            BODY));
  }

  private static Call me(Target target, int user, String token) {
    return new Call(
        user, null, request(target, "GET /api/v1/me", "Authorization: Bearer " + token, null));
  }

  private static byte[] request(Target target, String line, String headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String head =
        line
            + " HTTP/1.1\r\nHost: "
            + target.host()
            + ":"
            + target.port()
            + "\r\nAccept: application/json, application/problem+json\r\n"
            + headers
            + "\r\n"
            + (body == null ? "" : "Content-Length: " + content.length + "\r\n")
            + "\r\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    bytes.writeBytes(content);
    return bytes.toByteArray();
  }

  /**
   * Releases every call at once and waits for all answers (at most {@value #DEADLINE_SECONDS} s),
   * from this one thread: every call has its own non-blocking connection, all of them on one
   * selector. Unless {@link Target#fresh()}, the connections are opened beforehand, 50 at a time;
   * one that fails then connects after the release. At the release the requests are written one
   * after the other, and each answer is read as it arrives and stamped when it is complete; the
   * answers are decoded and parsed only after the last one, outside the timed part.
   */
  private static Burst fire(Target target, List<Call> calls)
      throws IOException, InterruptedException {
    int n = calls.size();
    InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
    Exchange[] exchanges = new Exchange[n];
    ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
    long start;
    long lastSend;
    long cpuNanos;
    long jitMillis;
    try (Selector selector = Selector.open()) {
      for (int i = 0; i < n; i++) {
        Exchange x = new Exchange(calls.get(i).request());
        exchanges[i] = x;
        try {
          x.channel = SocketChannel.open();
          x.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
          if (!target.fresh()) {
            x.channel.socket().connect(address, 60_000);
          }
          x.channel.configureBlocking(false);
          x.key = x.channel.register(selector, 0, x);
        } catch (IOException e) {
          x.close();
          x.channel = null; // connects after the release
        }
        if (!target.fresh() && i % 50 == 49) {
          Thread.sleep(10); // lets Tomcat accept them before its listen backlog fills up
        }
      }

      long cpu = processCpuNanos();
      long jit = jitMillis();
      start = System.nanoTime();
      lastSend = start;
      int pending = n;
      for (Exchange x : exchanges) {
        try {
          if (x.channel == null) {
            x.channel = SocketChannel.open();
            x.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            x.channel.configureBlocking(false);
            x.key = x.channel.register(selector, 0, x);
          }
          if (x.channel.isConnected() || x.channel.connect(address)) {
            if (x.write()) {
              lastSend = System.nanoTime();
            }
          } else {
            x.key.interestOps(SelectionKey.OP_CONNECT);
          }
        } catch (IOException | RuntimeException e) {
          x.fail(e, System.nanoTime());
          pending--;
        }
      }

      long deadline = start + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
      while (pending > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
        while (ready.hasNext()) {
          SelectionKey key = ready.next();
          ready.remove();
          Exchange x = (Exchange) key.attachment();
          if (x.done || !key.isValid()) {
            continue;
          }
          try {
            if (key.isConnectable()) {
              if (x.channel.finishConnect() && x.write()) {
                lastSend = System.nanoTime();
              }
            } else if (key.isWritable()) {
              if (x.write()) {
                lastSend = System.nanoTime();
              }
            } else if (key.isReadable() && x.read(buffer)) {
              x.finish(System.nanoTime());
              pending--;
            }
          } catch (IOException | RuntimeException e) {
            x.fail(e, System.nanoTime());
            pending--;
          }
        }
      }
      long end = System.nanoTime();
      for (Exchange x : exchanges) {
        if (!x.done) {
          x.fail(
              new SocketTimeoutException("no complete answer within " + DEADLINE_SECONDS + " s"),
              end);
        }
      }
      cpuNanos = processCpuNanos() - cpu;
      jitMillis = jitMillis() - jit;
    } finally {
      for (Exchange x : exchanges) {
        if (x != null) {
          x.close();
        }
      }
    }

    List<Outcome> outcomes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Exchange x = exchanges[i];
      Answer answer =
          x.error == null
              ? new Answer(x.status, x.headers, new String(x.body, StandardCharsets.UTF_8))
              : null;
      outcomes.add(new Outcome(calls.get(i), start, x.endNanos, answer, x.error));
    }
    return new Burst(outcomes, start, lastSend, cpuNanos, jitMillis);
  }

  // ------------------------------------------------------------------ burst report

  private static int reportBurst(
      Burst burst,
      int residents,
      int retries,
      long activity,
      TestInfrastructure infra,
      long peakHeap)
      throws SQLException {
    List<Outcome> all = burst.outcomes();
    Map<Integer, List<Outcome>> byUser = new HashMap<>();
    all.forEach(o -> byUser.computeIfAbsent(o.call.user(), u -> new ArrayList<>()).add(o));
    Set<Integer> confirmed = new HashSet<>();
    Set<Integer> waitlisted = new HashSet<>();
    int refused = 0;
    int unanswered = 0;
    int inconsistent = 0;
    for (Map.Entry<Integer, List<Outcome>> e : byUser.entrySet()) {
      Set<Long> ids = new HashSet<>();
      Set<String> statuses = new HashSet<>();
      boolean full = false;
      for (Outcome o : e.getValue()) {
        if (o.status == 201) {
          ids.add(o.signupId);
          statuses.add(o.signupStatus);
        } else if ("ACTIVITY_FULL".equals(o.code)) {
          full = true;
        }
      }
      if (ids.size() > 1 || statuses.size() > 1 || (!ids.isEmpty() && full)) {
        inconsistent++;
      }
      if (statuses.contains("CONFIRMED")) {
        confirmed.add(e.getKey());
      } else if (statuses.contains("WAITLISTED")) {
        waitlisted.add(e.getKey());
      } else if (full) {
        refused++;
      } else {
        unanswered++;
      }
    }
    long fiveXx = burst.count(o -> o.status >= 500);
    long errors = burst.count(o -> o.status < 0);
    long replays = burst.count(o -> o.status == 201 && o.replayed);
    long inProgress = burst.count(o -> "IDEMPOTENCY_IN_PROGRESS".equals(o.code));
    long otherFourXx =
        burst.count(
            o ->
                o.status >= 400
                    && o.status < 500
                    && !"ACTIVITY_FULL".equals(o.code)
                    && !"IDEMPOTENCY_IN_PROGRESS".equals(o.code));
    List<Integer> positions = new ArrayList<>();
    all.stream()
        .filter(o -> o.status == 201 && !o.replayed && o.position != null)
        .forEach(o -> positions.add(o.position));
    Collections.sort(positions);
    boolean positionsExact = true;
    for (int i = 0; i < positions.size(); i++) {
      positionsExact &= positions.get(i) == i + 1;
    }

    System.out.printf(
        "burst: %,d sign-ups released at once (%,d residents + %,d retries with the same key and"
            + " body)%n",
        all.size(), residents, retries);
    System.out.printf(
        "  confirmed %,d, waitlisted %,d, refused %,d (409 ACTIVITY_FULL), no answer %,d%n",
        confirmed.size(), waitlisted.size(), refused, unanswered);
    System.out.printf(
        "  retries and races: %,d replays (201 Idempotent-Replayed), %,d x 409"
            + " IDEMPOTENCY_IN_PROGRESS; other 4xx %,d; 5xx %,d; transport errors %,d%n",
        replays, inProgress, otherFourXx, fiveXx, errors);
    System.out.println("  answers: " + burst.byStatusAndCode());
    if (inconsistent > 0) {
      System.out.printf(
          "  residents whose answers disagree (two sign-ups, or 201 and ACTIVITY_FULL): %d%n",
          inconsistent);
    }
    System.out.printf(
        "  waitlist positions answered: %d, exactly 1..%d: %s%n",
        positions.size(), positions.size(), positionsExact ? "yes" : "NO " + positions);
    System.out.printf(
        "  throughput %,.0f req/s (%,d requests in %.2f s); latency %s; peak heap %d MiB%n",
        burst.throughput(), all.size(), burst.wallSeconds(), burst.latencies(), peakHeap);
    printSamples(all, o -> o.status >= 500 || o.status < 0, "5xx / transport error");
    printSamples(
        all,
        o ->
            o.status >= 400
                && o.status < 500
                && !"ACTIVITY_FULL".equals(o.code)
                && !"IDEMPOTENCY_IN_PROGRESS".equals(o.code),
        "unexpected 4xx");

    // What the database holds.
    int fail = fiveXx > 0 ? 1 : 0;
    try (Connection c = connect(infra)) {
      int capacity;
      int limit;
      int seatsTaken;
      int waitlistTaken;
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT capacity, waitlist_limit, seats_taken, waitlist_taken FROM activity"
                  + " WHERE id = ?")) {
        p.setLong(1, activity);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          capacity = rs.getInt(1);
          limit = rs.getInt(2);
          seatsTaken = rs.getInt(3);
          waitlistTaken = rs.getInt(4);
        }
      }
      Map<String, long[]> byStatus = new HashMap<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT status, COUNT(*), COALESCE(SUM(seats), 0) FROM activity_signup"
                  + " WHERE activity_id = ? GROUP BY status")) {
        p.setLong(1, activity);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            byStatus.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
          }
        }
      }
      long duplicates;
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT COUNT(*) FROM (SELECT user_id FROM activity_signup WHERE activity_id = ?"
                  + " GROUP BY user_id HAVING COUNT(*) > 1) d")) {
        p.setLong(1, activity);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          duplicates = rs.getLong(1);
        }
      }
      long[] none = {0, 0};
      long[] conf = byStatus.getOrDefault("CONFIRMED", none);
      long[] wait = byStatus.getOrDefault("WAITLISTED", none);
      long oversold = Math.max(0, conf[1] - capacity);
      long overWaitlist = Math.max(0, wait[1] - limit);
      boolean countersMatch = seatsTaken == conf[1] && waitlistTaken == wait[1];
      boolean answersMatch = conf[0] == confirmed.size() && wait[0] == waitlisted.size();
      System.out.printf(
          "  database: %d confirmed sign-ups (%d seats of %d), %d waitlisted (%d of %d), other %s;"
              + " counters seats_taken %d, waitlist_taken %d: %s%n",
          conf[0],
          conf[1],
          capacity,
          wait[0],
          wait[1],
          limit,
          byStatus.keySet().stream()
              .filter(s -> !s.equals("CONFIRMED") && !s.equals("WAITLISTED"))
              .toList(),
          seatsTaken,
          waitlistTaken,
          countersMatch ? "match" : "MISMATCH");
      System.out.printf(
          "  oversold %d (must be 0), waitlist overfilled %d, duplicate sign-ups %d (must be 0),"
              + " 5xx %d (must be 0); answers agree with the database: %s%n",
          oversold,
          overWaitlist,
          duplicates,
          fiveXx,
          answersMatch && inconsistent == 0 ? "yes" : "NO");
      if (oversold > 0 || overWaitlist > 0 || duplicates > 0 || !countersMatch) {
        fail = 1;
      }
    }
    return fail;
  }

  private static void printSamples(
      List<Outcome> all, java.util.function.Predicate<Outcome> which, String what) {
    Map<String, Integer> distinct = new LinkedHashMap<>();
    all.stream()
        .filter(which)
        .forEach(o -> distinct.merge(o.status + " " + o.body, 1, Integer::sum));
    distinct.entrySet().stream()
        .limit(5)
        .forEach(e -> System.out.printf("  %s x%d: %s%n", what, e.getValue(), e.getKey()));
  }

  // ------------------------------------------------------------------ database ceiling

  /** Throughput of the bare sign-up transaction. */
  private record Ceiling(
      double throughput,
      double seconds,
      int confirmed,
      int waitlisted,
      int refused,
      double p50Millis,
      double p99Millis,
      boolean integrityFailed) {

    @Override
    public String toString() {
      return String.format(
          "%,.0f tx/s (%.2f s; %d confirmed, %d waitlisted, %,d refused; latency p50 %.1f ms,"
              + " p99 %.1f ms)%s",
          throughput,
          seconds,
          confirmed,
          waitlisted,
          refused,
          p50Millis,
          p99Millis,
          integrityFailed ? " OVERSOLD" : "");
    }
  }

  /**
   * The statements of the service's sign-up transaction, without anything around it: take a seat
   * with the conditional update, else a waitlist place and its sequence number and position, insert
   * the sign-up, commit; a refused attempt rolls back. {@code threads} connections, one attempt per
   * resident.
   */
  private static Ceiling jdbcCeiling(
      TestInfrastructure infra, long activity, List<Long> userIds, int threads) throws Exception {
    long community;
    try (Connection c = connect(infra);
        PreparedStatement p =
            c.prepareStatement("SELECT community_id FROM activity WHERE id = ?")) {
      p.setLong(1, activity);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        community = rs.getLong(1);
      }
    }
    String hash = "0".repeat(64);
    List<Connection> connections = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Connection c = connect(infra);
      c.setAutoCommit(false);
      connections.add(c);
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger confirmed = new AtomicInteger();
    AtomicInteger waitlisted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicLong end = new AtomicLong();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch gate = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (Connection c : connections) {
      Thread w =
          new Thread(
              () -> {
                try (PreparedStatement seats =
                        c.prepareStatement(
                            "UPDATE activity SET seats_taken = seats_taken + ?"
                                + " WHERE id = ? AND status = 'PUBLISHED' AND signup_opens_at <= ?"
                                + " AND signup_closes_at > ? AND waitlist_taken = 0"
                                + " AND seats_taken + ? <= capacity");
                    PreparedStatement wait =
                        c.prepareStatement(
                            "UPDATE activity SET waitlist_taken = waitlist_taken + ?,"
                                + " waitlist_seq = waitlist_seq + 1"
                                + " WHERE id = ? AND status = 'PUBLISHED' AND signup_opens_at <= ?"
                                + " AND signup_closes_at > ? AND waitlist_enabled = 1"
                                + " AND (waitlist_limit = 0 OR waitlist_taken + ? <= waitlist_limit)");
                    PreparedStatement seq =
                        c.prepareStatement("SELECT waitlist_seq FROM activity WHERE id = ?");
                    PreparedStatement position =
                        c.prepareStatement(
                            "SELECT COUNT(*) FROM activity_signup WHERE activity_id = ?"
                                + " AND status = 'WAITLISTED' AND waitlist_seq <= ?");
                    PreparedStatement insert =
                        c.prepareStatement(
                            "INSERT INTO activity_signup (community_id, activity_id, user_id,"
                                + " status, seats, waitlist_seq, first_position, idempotency_key,"
                                + " request_hash, no_show, created_at, updated_at, created_by)"
                                + " VALUES (?,?,?,?,?,?,?,?,?,0,?,?,?)")) {
                  gate.await();
                  for (int i = next.getAndIncrement();
                      i < userIds.size();
                      i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    long user = userIds.get(i);
                    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                    String status;
                    Long waitSeq = null;
                    Integer first = null;
                    bind(seats, activity, now);
                    if (seats.executeUpdate() == 1) {
                      status = "CONFIRMED";
                    } else {
                      bind(wait, activity, now);
                      if (wait.executeUpdate() == 1) {
                        status = "WAITLISTED";
                        seq.setLong(1, activity);
                        try (ResultSet rs = seq.executeQuery()) {
                          rs.next();
                          waitSeq = rs.getLong(1);
                        }
                        position.setLong(1, activity);
                        position.setLong(2, waitSeq);
                        try (ResultSet rs = position.executeQuery()) {
                          rs.next();
                          first = rs.getInt(1) + 1;
                        }
                      } else {
                        c.rollback();
                        refused.incrementAndGet();
                        latencies.add(System.nanoTime() - t0);
                        continue;
                      }
                    }
                    insert.setLong(1, community);
                    insert.setLong(2, activity);
                    insert.setLong(3, user);
                    insert.setString(4, status);
                    insert.setInt(5, 1);
                    insert.setObject(6, waitSeq);
                    insert.setObject(7, first);
                    insert.setString(8, "bench-jdbc-" + user);
                    insert.setString(9, hash);
                    insert.setObject(10, now);
                    insert.setObject(11, now);
                    insert.setLong(12, user);
                    insert.executeUpdate();
                    c.commit();
                    (status.equals("CONFIRMED") ? confirmed : waitlisted).incrementAndGet();
                    latencies.add(System.nanoTime() - t0);
                  }
                } catch (Throwable e) {
                  failures.add(e);
                } finally {
                  end.accumulateAndGet(System.nanoTime(), Math::max);
                }
              },
              "bench-jdbc");
      w.start();
      workers.add(w);
    }
    long start = System.nanoTime();
    gate.countDown();
    for (Thread w : workers) {
      w.join();
    }
    double seconds = (end.get() - start) / 1e9;
    for (Connection c : connections) {
      c.close();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("JDBC ceiling failed", failures.peek());
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Ceiling(
        userIds.size() / seconds,
        seconds,
        confirmed.get(),
        waitlisted.get(),
        refused.get(),
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
        confirmed.get() > CAPACITY || waitlisted.get() > WAITLIST);
  }

  private static void bind(PreparedStatement p, long activity, LocalDateTime now)
      throws SQLException {
    p.setInt(1, 1);
    p.setLong(2, activity);
    p.setObject(3, now);
    p.setObject(4, now);
    p.setInt(5, 1);
  }

  private static Connection connect(TestInfrastructure infra) throws SQLException {
    return DriverManager.getConnection(infra.jdbcUrl(), infra.dbUser(), infra.dbPassword());
  }
}
