package org.linli.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for integration tests. Every answer from {@code /api/} is checked against the
 * contract before the test sees it.
 */
public final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String baseUrl;
  private String token;
  private Long community;
  private String language;
  private String forwardedFor;
  private boolean unchecked;
  private String idempotencyKey;
  private String accept = "application/json, application/problem+json";

  public ApiClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A copy that sends {@code Authorization: Bearer token}. */
  public ApiClient as(String bearer) {
    ApiClient c = copy();
    c.token = bearer;
    return c;
  }

  /** A copy that sends {@code X-Community-Id}. */
  public ApiClient inCommunity(Long communityId) {
    ApiClient c = copy();
    c.community = communityId;
    return c;
  }

  /** A copy that sends {@code Accept-Language}. */
  public ApiClient language(String lang) {
    ApiClient c = copy();
    c.language = lang;
    return c;
  }

  /** A copy that pretends to come from {@code ip} (through the trusted local proxy). */
  public ApiClient from(String ip) {
    ApiClient c = copy();
    c.forwardedFor = ip;
    return c;
  }

  /**
   * A copy whose answers are not checked against the contract: only for requests to paths or
   * methods the contract does not have.
   */
  public ApiClient unchecked() {
    ApiClient c = copy();
    c.unchecked = true;
    return c;
  }

  /** A copy that sends {@code Idempotency-Key: key}. */
  public ApiClient idempotent(String key) {
    ApiClient c = copy();
    c.idempotencyKey = key;
    return c;
  }

  /** A copy that sends {@code Accept: mediaTypes}. */
  public ApiClient accept(String mediaTypes) {
    ApiClient c = copy();
    c.accept = mediaTypes;
    return c;
  }

  public Response get(String path) {
    return send("GET", path, null, null);
  }

  public Response post(String path, Object body) {
    return send("POST", path, body == null ? null : json(body), "application/json");
  }

  public Response put(String path) {
    return send("PUT", path, null, null);
  }

  public Response put(String path, Object body) {
    return send("PUT", path, json(body), "application/json");
  }

  public Response patch(String path, Object body) {
    return send("PATCH", path, json(body), "application/json");
  }

  public Response delete(String path) {
    return send("DELETE", path, null, null);
  }

  /** Sends a raw body with a content type of the caller's choice. */
  public Response send(String method, String path, String body, String contentType) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Accept", List.of(accept));
    if (token != null) {
      headers.put("Authorization", List.of("Bearer " + token));
    }
    if (community != null) {
      headers.put("X-Community-Id", List.of(community.toString()));
    }
    if (language != null) {
      headers.put("Accept-Language", List.of(language));
    }
    if (forwardedFor != null) {
      headers.put("X-Forwarded-For", List.of(forwardedFor));
    }
    if (idempotencyKey != null) {
      headers.put("Idempotency-Key", List.of(idempotencyKey));
    }
    if (contentType != null) {
      headers.put("Content-Type", List.of(contentType));
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    headers.forEach((k, v) -> v.forEach(value -> request.header(k, value)));
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (path.startsWith("/api/") && !unchecked) {
      ContractValidator.assertResponseMatches(
          method,
          path,
          headers,
          body,
          response.statusCode(),
          response.headers().map(),
          response.body());
    }
    return new Response(response.statusCode(), response.headers().map(), response.body());
  }

  /** Uploads a file as {@code multipart/form-data} with extra text fields. */
  public Response upload(String path, String filename, byte[] content, Map<String, String> fields) {
    String boundary = "linli" + Long.toHexString(System.nanoTime());
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(utf8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(utf8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Accept", List.of(accept));
    if (token != null) {
      headers.put("Authorization", List.of("Bearer " + token));
    }
    headers.put("Content-Type", List.of("multipart/form-data; boundary=" + boundary));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    headers.forEach((k, v) -> v.forEach(value -> request.header(k, value)));
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      ContractValidator.assertResponseMatches(
          "POST",
          path,
          headers,
          null,
          response.statusCode(),
          response.headers().map(),
          response.body());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String json(Object body) {
    return body instanceof String s ? s : JSON.writeValueAsString(body);
  }

  private ApiClient copy() {
    ApiClient c = new ApiClient(baseUrl);
    c.token = token;
    c.community = community;
    c.language = language;
    c.forwardedFor = forwardedFor;
    c.unchecked = unchecked;
    c.accept = accept;
    c.idempotencyKey = idempotencyKey;
    return c;
  }

  /** An HTTP answer. */
  public record Response(int status, Map<String, List<String>> headers, String body) {

    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** The problem {@code code}, or null. */
    public String code() {
      JsonNode node = json().get("code");
      return node == null ? null : node.asString();
    }

    public String contentType() {
      return header("Content-Type");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
