package org.linli.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/** Logs users in through the real WeChat login and sets up communities for tests. */
public final class Sessions {

  private static final AtomicLong CODES = new AtomicLong();
  private static final AtomicLong NAMES = new AtomicLong(System.nanoTime() % 1_000_000);

  private final ApiClient api;

  public Sessions(ApiClient api) {
    this.api = api;
  }

  /** A fresh single-use code for {@code identity} (the fake maps it to a stable openid). */
  public static String codeFor(String identity) {
    return identity + "~" + CODES.incrementAndGet();
  }

  /** Logs in as {@code identity} and returns the login answer. */
  public JsonNode login(String identity) {
    ApiClient.Response r = api.post("/api/v1/auth/wechat-login", Map.of("code", codeFor(identity)));
    assertThat(r.status()).as("login of %s: %s", identity, r).isEqualTo(200);
    return r.json();
  }

  /** Logs in as {@code identity} and returns a client using its access token. */
  public ApiClient as(String identity) {
    return api.as(login(identity).get("accessToken").asString());
  }

  /** A client of the bootstrap platform admin. */
  public ApiClient admin() {
    return as(LinliInstance.ADMIN_IDENTITY);
  }

  /** Creates a community with a unique name; returns its id. */
  public long newCommunity(String prefix) {
    ApiClient.Response r =
        admin().post("/api/v1/communities", Map.of("name", prefix + "-" + NAMES.incrementAndGet()));
    assertThat(r.status()).as("create community: %s", r).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** Logs in {@code identity}, joins {@code communityId}; returns the user's id. */
  public long join(String identity, long communityId) {
    ApiClient user = as(identity);
    ApiClient.Response r = user.post("/api/v1/communities/" + communityId + "/join", null);
    assertThat(r.status()).as("join: %s", r).isEqualTo(200);
    return user.get("/api/v1/me").json().get("id").asLong();
  }

  /** Makes {@code identity} a member of {@code communityId} holding {@code role}. */
  public long grant(String identity, long communityId, String role) {
    long userId = join(identity, communityId);
    ApiClient.Response r =
        admin().put("/api/v1/communities/" + communityId + "/members/" + userId + "/roles/" + role);
    assertThat(r.status()).as("grant: %s", r).isEqualTo(200);
    return userId;
  }

  /** A unique identity, so tests never share users by accident. */
  public static String unique(String name) {
    return name + "-" + NAMES.incrementAndGet();
  }
}
