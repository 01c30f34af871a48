package org.linli.testsupport.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-process fake of the WeChat Mini Program server API ({@code https://api.weixin.qq.com}), built
 * on the JDK {@link HttpServer} only. Point WxJava at it with {@code
 * WxMaConfig#setApiHostUrl(server.baseUrl())}.
 *
 * <p>Like WeChat, every answer of a known path is HTTP 200 with {@code Content-Type:
 * application/json;charset=UTF-8}; errors are reported in the body as {@code errcode}/{@code
 * errmsg}. Unknown paths get HTTP 404 with {@code {"errcode":-1,"errmsg":"not found"}}.
 *
 * <h2>Served paths</h2>
 *
 * <ul>
 *   <li>{@code GET /cgi-bin/token} and {@code POST /cgi-bin/stable_token}: check appid (40013) and
 *       secret (40125) against {@link #appid()} / {@link #secret()} (defaults {@value
 *       #DEFAULT_APPID} / {@value #DEFAULT_SECRET}, see {@link #withCredentials}) and issue a
 *       random access token valid for 7200 s. {@code stable_token} returns the current stable token
 *       again unless {@code force_refresh} is true or the token was expired.
 *   <li>Business calls ({@code /wxa/business/getuserphonenumber}, {@code /wxa/msg_sec_check},
 *       {@code /wxa/media_check_async}, {@code /cgi-bin/message/subscribe/send}) require an issued
 *       {@code access_token} query parameter: missing gives 41001, unknown or expired gives 40001
 *       (WxJava then fetches a new token and retries once). {@link #expireAllAccessTokens()} forces
 *       that path.
 *   <li>{@code GET /sns/jscode2session}: checks appid/secret (no access token, as in WeChat). The
 *       user identity of a code is the part before the first {@code ~}, or the whole code: so
 *       {@code alice~1} and {@code alice~2} are two codes of the same user. openid is {@code "o" +
 *       hex(sha256("openid:" + identity))[0..27)}, unionid {@code "u" + hex(sha256("unionid:" +
 *       identity))[0..27)}, session_key is 16 random bytes in Base64. Codes starting with {@code
 *       invalid} give 40029; a code used before gives 40163, except codes starting with {@code
 *       demo-}, which can be reused; a missing code gives 41008.
 *   <li>{@code POST /wxa/business/getuserphonenumber}: always phone {@code 13812345678} (country
 *       86) with a watermark of the configured appid; codes starting with {@code invalid} give
 *       40029, a missing code 41008.
 *   <li>{@code POST /wxa/msg_sec_check}: empty content gives 44002, version 2 without openid gives
 *       40003. Content containing a risky word (default {@code 违禁}, {@code RISKY}, see {@link
 *       #addRiskyWord}) is {@code risky}/20001, content containing a review word (default {@code
 *       待审}, {@code REVIEW}, see {@link #addReviewWord}) is {@code review}/21000, anything else is
 *       {@code pass}/100. Every success carries {@code result}, {@code detail} and {@code
 *       trace_id}.
 *   <li>{@code POST /wxa/media_check_async}: accepted with a random {@code trace_id}.
 *   <li>{@code POST /cgi-bin/message/subscribe/send}: accepted; each body is recorded, see {@link
 *       #sentSubscribeMessages()}.
 * </ul>
 *
 * <h2>Switches for tests (all thread-safe)</h2>
 *
 * <ul>
 *   <li>{@link #failNext(String, int, String)}: the next request whose path starts with the prefix
 *       answers the given {@code errcode}/{@code errmsg} (one-shot, queued in call order). Checked
 *       before {@link #failAlways(String, int, String)}; both apply before any other validation.
 *       {@link #clearFailures()} removes both kinds.
 *   <li>{@link #setDelayMillis(long)}: sleep before answering each request.
 *   <li>{@link #setDown(boolean)}: when down, every connection is closed without an answer, so the
 *       HTTP client sees a network failure.
 *   <li>Counters: {@link #tokenRequests()} (successful token issues), {@link #requests(String)}
 *       (all received requests by path prefix), {@link #resetCounters()}.
 * </ul>
 *
 * <p>Session keys and access tokens are never logged.
 */
public final class FakeWeChatServer implements AutoCloseable {

  /** Default appid accepted by a new server. */
  public static final String DEFAULT_APPID = "wx-fake-appid";

  /** Default app secret accepted by a new server. */
  public static final String DEFAULT_SECRET = "fake-secret";

  /** Phone number answered by {@code getuserphonenumber}. */
  public static final String PHONE_NUMBER = "13812345678";

  private static final String JSON_CONTENT_TYPE = "application/json;charset=UTF-8";
  private static final int TOKEN_TTL_SECONDS = 7200;
  private static final int THREADS = 8;
  private static final String DEMO_CODE_PREFIX = "demo-";
  private static final String INVALID_CODE_PREFIX = "invalid";

  private static final String PATH_TOKEN = "/cgi-bin/token";
  private static final String PATH_STABLE_TOKEN = "/cgi-bin/stable_token";
  private static final String PATH_JSCODE2SESSION = "/sns/jscode2session";
  private static final String PATH_PHONE_NUMBER = "/wxa/business/getuserphonenumber";
  private static final String PATH_MSG_SEC_CHECK = "/wxa/msg_sec_check";
  private static final String PATH_MEDIA_CHECK_ASYNC = "/wxa/media_check_async";
  private static final String PATH_SUBSCRIBE_SEND = "/cgi-bin/message/subscribe/send";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  private final java.util.Set<String> refusingOpenids =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final List<String> refusedSubscribeMessages =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ExecutorService executor;

  private volatile String appid = DEFAULT_APPID;
  private volatile String secret = DEFAULT_SECRET;
  private volatile boolean down;
  private volatile long delayMillis;

  /** Access tokens issued and not expired, mapped to their expiry instant. */
  private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();

  private final Object stableTokenLock = new Object();
  private String stableToken;

  private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();
  private final Set<String> riskyWords = new CopyOnWriteArraySet<>(List.of("违禁", "RISKY"));
  private final Set<String> reviewWords = new CopyOnWriteArraySet<>(List.of("待审", "REVIEW"));
  private final List<String> sentSubscribeMessages = new CopyOnWriteArrayList<>();

  private final List<Failure> nextFailures = new ArrayList<>();
  private final List<Failure> alwaysFailures = new CopyOnWriteArrayList<>();

  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();

  private FakeWeChatServer(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot bind fake WeChat server on port " + port, e);
    }
    executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server on 127.0.0.1 and a free port. */
  public static FakeWeChatServer start() {
    return start(0);
  }

  /** Starts a server on 127.0.0.1 and the given port (0 picks a free one). */
  public static FakeWeChatServer start(int port) {
    return new FakeWeChatServer(port);
  }

  /** Runs the fake standalone: {@code args[0]} is the port, 18080 by default. */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 18080;
    FakeWeChatServer fake = start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(fake::close, "fake-wechat-shutdown"));
    System.out.println("Fake WeChat server listening on " + fake.baseUrl());
    System.out.println("appid=" + fake.appid() + " (secret is the default test secret)");
    Thread.currentThread().join();
  }

  /** Base URL without trailing slash, e.g. {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops the server immediately. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ---------------------------------------------------------------------------------------------
  // Configuration and switches
  // ---------------------------------------------------------------------------------------------

  /** Sets the accepted appid and secret; returns {@code this}. */
  public FakeWeChatServer withCredentials(String appid, String secret) {
    this.appid = Objects.requireNonNull(appid, "appid");
    this.secret = Objects.requireNonNull(secret, "secret");
    return this;
  }

  /** The accepted appid. */
  public String appid() {
    return appid;
  }

  /** The accepted secret. */
  public String secret() {
    return secret;
  }

  /** Forgets every issued access token: the next business call answers 40001. */
  public void expireAllAccessTokens() {
    synchronized (stableTokenLock) {
      accessTokens.clear();
      stableToken = null;
    }
  }

  /** The next request whose path starts with {@code pathPrefix} answers this error (one-shot). */
  public void failNext(String pathPrefix, int errcode, String errmsg) {
    synchronized (nextFailures) {
      nextFailures.add(new Failure(pathPrefix, errcode, errmsg));
    }
  }

  /** Every request whose path starts with {@code pathPrefix} answers this error until cleared. */
  public void failAlways(String pathPrefix, int errcode, String errmsg) {
    alwaysFailures.add(new Failure(pathPrefix, errcode, errmsg));
  }

  /** Removes all failures set by {@link #failNext} and {@link #failAlways}. */
  public void clearFailures() {
    synchronized (nextFailures) {
      nextFailures.clear();
    }
    alwaysFailures.clear();
  }

  /** When down, connections are closed without an answer (the client sees a network error). */
  public void setDown(boolean down) {
    this.down = down;
  }

  /** Sleeps this long before answering each request (0 disables). */
  public void setDelayMillis(long delayMillis) {
    if (delayMillis < 0) {
      throw new IllegalArgumentException("delayMillis must be >= 0");
    }
    this.delayMillis = delayMillis;
  }

  /** Content containing {@code word} is judged {@code risky} by msg_sec_check. */
  public void addRiskyWord(String word) {
    riskyWords.add(requireNonEmpty(word));
  }

  /** Content containing {@code word} is judged {@code review} by msg_sec_check. */
  public void addReviewWord(String word) {
    reviewWords.add(requireNonEmpty(word));
  }

  /** Raw JSON bodies of the subscribe messages sent so far, in order. */
  public List<String> sentSubscribeMessages() {
    return List.copyOf(sentSubscribeMessages);
  }

  /**
   * Subscribe messages to {@code openid} are answered with 43101 (the user turned them off), as
   * WeChat does; they are recorded in {@link #refusedSubscribeMessages()}.
   */
  public void refuseSubscribeMessagesTo(String openid) {
    refusingOpenids.add(requireNonEmpty(openid));
  }

  /** Raw JSON bodies of the subscribe messages answered with 43101. */
  public List<String> refusedSubscribeMessages() {
    return List.copyOf(refusedSubscribeMessages);
  }

  /** Forgets the recorded subscribe messages. */
  public void clearSentSubscribeMessages() {
    sentSubscribeMessages.clear();
  }

  /** Number of access tokens issued by {@code /cgi-bin/token} and {@code /cgi-bin/stable_token}. */
  public int tokenRequests() {
    return tokenRequests.get();
  }

  /** Number of requests received (answered or not) whose path starts with {@code pathPrefix}. */
  public int requests(String pathPrefix) {
    int total = 0;
    for (Map.Entry<String, AtomicInteger> entry : requestsByPath.entrySet()) {
      if (entry.getKey().startsWith(pathPrefix)) {
        total += entry.getValue().get();
      }
    }
    return total;
  }

  /** Resets {@link #tokenRequests()} and {@link #requests(String)}. */
  public void resetCounters() {
    tokenRequests.set(0);
    requestsByPath.clear();
  }

  // ---------------------------------------------------------------------------------------------
  // Request handling
  // ---------------------------------------------------------------------------------------------

  private void handle(HttpExchange exchange) {
    try {
      String path = exchange.getRequestURI().getPath();
      requestsByPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();

      long delay = delayMillis;
      if (delay > 0) {
        Thread.sleep(delay);
      }
      if (down) {
        return; // closed in finally without an answer: the client sees a network failure
      }

      Failure failure = takeFailure(path);
      if (failure != null) {
        send(exchange, 200, error(failure.errcode(), failure.errmsg()));
        return;
      }

      Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
      String body = readBody(exchange);
      send(exchange, route(path, query, body));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      // Best effort: the client may already be gone. Never echo request data here.
      try {
        send(exchange, 500, error(-1, "system error"));
      } catch (IOException | RuntimeException ignored) {
        // Nothing more to do: the exchange is closed below.
      }
    } finally {
      // Without a prior sendResponseHeaders this drops the connection (used by setDown).
      exchange.close();
    }
  }

  private Response route(String path, Map<String, String> query, String body) {
    switch (path) {
      case PATH_TOKEN:
        return issueToken(query.get("appid"), query.get("secret"), false, false);
      case PATH_STABLE_TOKEN:
        return issueToken(
            jsonField(body, "appid"),
            jsonField(body, "secret"),
            true,
            "true".equals(jsonField(body, "force_refresh")));
      case PATH_JSCODE2SESSION:
        return jscode2session(query);
      case PATH_PHONE_NUMBER:
        return withAccessToken(query, () -> phoneNumber(body));
      case PATH_MSG_SEC_CHECK:
        return withAccessToken(query, () -> msgSecCheck(body));
      case PATH_MEDIA_CHECK_ASYNC:
        return withAccessToken(query, FakeWeChatServer::mediaCheckAsync);
      case PATH_SUBSCRIBE_SEND:
        return withAccessToken(query, () -> subscribeSend(body));
      default:
        return new Response(404, error(-1, "not found"));
    }
  }

  private Response issueToken(
      String requestAppid, String requestSecret, boolean stable, boolean forceRefresh) {
    Response credentialError = checkCredentials(requestAppid, requestSecret);
    if (credentialError != null) {
      return credentialError;
    }
    String token;
    long expiresIn = TOKEN_TTL_SECONDS;
    synchronized (stableTokenLock) {
      Instant now = Instant.now();
      Instant expiry = stableToken == null ? null : accessTokens.get(stableToken);
      if (stable && !forceRefresh && expiry != null && expiry.isAfter(now)) {
        token = stableToken;
        expiresIn = Math.max(1, expiry.getEpochSecond() - now.getEpochSecond());
      } else {
        token = randomHex(32);
        accessTokens.put(token, now.plusSeconds(TOKEN_TTL_SECONDS));
        if (stable) {
          stableToken = token;
        }
      }
    }
    tokenRequests.incrementAndGet();
    return ok("{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn + "}");
  }

  private Response jscode2session(Map<String, String> query) {
    Response credentialError = checkCredentials(query.get("appid"), query.get("secret"));
    if (credentialError != null) {
      return credentialError;
    }
    String code = query.get("js_code");
    if (code == null || code.isEmpty()) {
      return ok(error(41008, "missing code"));
    }
    if (code.startsWith(INVALID_CODE_PREFIX)) {
      return ok(error(40029, "invalid code"));
    }
    if (!code.startsWith(DEMO_CODE_PREFIX) && !usedCodes.add(code)) {
      return ok(error(40163, "code been used"));
    }
    int hash = code.indexOf('~');
    String identity = hash >= 0 ? code.substring(0, hash) : code;
    byte[] sessionKey = new byte[16];
    RANDOM.nextBytes(sessionKey);
    return ok(
        "{\"openid\":\""
            + openidFor(identity)
            + "\",\"session_key\":\""
            + Base64.getEncoder().encodeToString(sessionKey)
            + "\",\"unionid\":\""
            + unionidFor(identity)
            + "\"}");
  }

  private Response phoneNumber(String body) {
    String code = jsonField(body, "code");
    if (code == null || code.isEmpty()) {
      return ok(error(41008, "missing code"));
    }
    if (code.startsWith(INVALID_CODE_PREFIX)) {
      return ok(error(40029, "invalid code"));
    }
    return ok(
        "{\"errcode\":0,\"errmsg\":\"ok\",\"phone_info\":{\"phoneNumber\":\""
            + PHONE_NUMBER
            + "\",\"purePhoneNumber\":\""
            + PHONE_NUMBER
            + "\",\"countryCode\":\"86\",\"watermark\":{\"timestamp\":"
            + Instant.now().getEpochSecond()
            + ",\"appid\":\""
            + escapeJson(appid)
            + "\"}}}");
  }

  private Response msgSecCheck(String body) {
    String content = jsonField(body, "content");
    if (content == null || content.isEmpty()) {
      return ok(error(44002, "empty content"));
    }
    String openid = jsonField(body, "openid");
    if ("2".equals(jsonField(body, "version")) && (openid == null || openid.isEmpty())) {
      return ok(error(40003, "invalid openid"));
    }
    String suggest;
    int label;
    int prob;
    if (containsAny(content, riskyWords)) {
      suggest = "risky";
      label = 20001;
      prob = 90;
    } else if (containsAny(content, reviewWords)) {
      suggest = "review";
      label = 21000;
      prob = 60;
    } else {
      suggest = "pass";
      label = 100;
      prob = 0;
    }
    return ok(
        "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"suggest\":\""
            + suggest
            + "\",\"label\":"
            + label
            + "},\"detail\":[{\"strategy\":\"content_model\",\"errcode\":0,\"suggest\":\""
            + suggest
            + "\",\"label\":"
            + label
            + ",\"prob\":"
            + prob
            + "}],\"trace_id\":\""
            + traceId()
            + "\"}");
  }

  private static Response mediaCheckAsync() {
    return ok("{\"errcode\":0,\"errmsg\":\"ok\",\"trace_id\":\"" + traceId() + "\"}");
  }

  private Response subscribeSend(String body) {
    for (String openid : refusingOpenids) {
      if (body.contains("\"touser\":\"" + openid + "\"")) {
        refusedSubscribeMessages.add(body);
        return ok(error(43101, "user refuse to accept the msg"));
      }
    }
    sentSubscribeMessages.add(body);
    return ok(error(0, "ok"));
  }

  private Response checkCredentials(String requestAppid, String requestSecret) {
    if (!appid.equals(requestAppid)) {
      return ok(error(40013, "invalid appid"));
    }
    if (!secret.equals(requestSecret)) {
      return ok(error(40125, "invalid appsecret"));
    }
    return null;
  }

  private Response withAccessToken(Map<String, String> query, ResponseSupplier action) {
    String token = query.get("access_token");
    if (token == null || token.isEmpty()) {
      return ok(error(41001, "access_token missing"));
    }
    Instant expiry = accessTokens.get(token);
    if (expiry == null || !expiry.isAfter(Instant.now())) {
      return ok(error(40001, "invalid credential, access_token is invalid or not latest"));
    }
    return action.get();
  }

  private Failure takeFailure(String path) {
    synchronized (nextFailures) {
      Iterator<Failure> it = nextFailures.iterator();
      while (it.hasNext()) {
        Failure failure = it.next();
        if (path.startsWith(failure.pathPrefix())) {
          it.remove();
          return failure;
        }
      }
    }
    for (Failure failure : alwaysFailures) {
      if (path.startsWith(failure.pathPrefix())) {
        return failure;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  /** The openid the fake answers for a login code identity (the code part before {@code #}). */
  public static String openidFor(String identity) {
    return "o" + sha256Hex("openid:" + identity).substring(0, 27);
  }

  /** The unionid the fake answers for a login code identity (the code part before {@code #}). */
  public static String unionidFor(String identity) {
    return "u" + sha256Hex("unionid:" + identity).substring(0, 27);
  }

  private static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HEX.formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 not available", e);
    }
  }

  private static String randomHex(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return HEX.formatHex(buffer);
  }

  private static String traceId() {
    return randomHex(4) + "-" + randomHex(2) + "-" + randomHex(2) + "-" + randomHex(8);
  }

  private static boolean containsAny(String content, Set<String> words) {
    for (String word : words) {
      if (content.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String requireNonEmpty(String word) {
    if (word == null || word.isEmpty()) {
      throw new IllegalArgumentException("word must not be empty");
    }
    return word;
  }

  private static String error(int errcode, String errmsg) {
    return "{\"errcode\":" + errcode + ",\"errmsg\":\"" + escapeJson(errmsg) + "\"}";
  }

  private static Response ok(String json) {
    return new Response(200, json);
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    send(exchange, response.status(), response.json());
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", JSON_CONTENT_TYPE);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> params = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq >= 0 ? pair.substring(0, eq) : pair;
      String value = eq >= 0 ? pair.substring(eq + 1) : "";
      params.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  /**
   * Extracts the first field {@code name} of a flat JSON object: a string value is unescaped, a
   * bare value (number, boolean, null) is returned as written. Returns null when absent.
   */
  static String jsonField(String json, String name) {
    if (json == null || json.isEmpty()) {
      return null;
    }
    Pattern pattern =
        Pattern.compile(
            "\"" + Pattern.quote(name) + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([\\w.+-]+))");
    Matcher matcher = pattern.matcher(json);
    if (!matcher.find()) {
      return null;
    }
    return matcher.group(1) != null ? unescapeJson(matcher.group(1)) : matcher.group(2);
  }

  private static String unescapeJson(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\' || i + 1 >= value.length()) {
        out.append(c);
        continue;
      }
      char escaped = value.charAt(++i);
      switch (escaped) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 < value.length()) {
            out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
            i += 4;
          } else {
            out.append("\\u");
          }
        }
        default -> out.append(escaped);
      }
    }
    return out.toString();
  }

  private static String escapeJson(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "fake-wechat-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private record Failure(String pathPrefix, int errcode, String errmsg) {
    Failure {
      Objects.requireNonNull(pathPrefix, "pathPrefix");
      Objects.requireNonNull(errmsg, "errmsg");
    }
  }

  private record Response(int status, String json) {}

  @FunctionalInterface
  private interface ResponseSupplier {
    Response get();
  }
}
