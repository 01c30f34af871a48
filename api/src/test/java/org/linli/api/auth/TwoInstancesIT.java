package org.linli.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;
import org.linli.testsupport.wechat.FakeWeChatServer;

/** Two app instances behind a load balancer share sessions and WeChat's access token. */
class TwoInstancesIT {

  @Test
  void tokenIssuedByOneInstance_worksOnTheOther_andWeChatTokenIsFetchedOnce() {
    String prefix = TestInfrastructure.get().redisKeyPrefix() + "-pair";
    try (FakeWeChatServer weChat = FakeWeChatServer.start();
        LinliInstance one = LinliInstance.start(weChat, prefix, Map.of());
        LinliInstance two = LinliInstance.start(weChat, prefix, Map.of())) {
      Sessions onOne = new Sessions(one.client());
      String who = Sessions.unique("roamer");
      var login = onOne.login(who);
      ApiClient onTwo = two.client().as(login.get("accessToken").asString());

      ApiClient.Response me = onTwo.get("/api/v1/me");
      assertThat(me.status()).isEqualTo(200);
      assertThat(me.json().get("id").asLong()).isEqualTo(login.get("user").get("id").asLong());

      // Both instances call an access-token API (content security).
      ApiClient onOneUser = one.client().as(login.get("accessToken").asString());
      assertThat(onOneUser.patch("/api/v1/me", Map.of("nickname", "一号")).status()).isEqualTo(200);
      assertThat(onTwo.patch("/api/v1/me", Map.of("nickname", "二号")).status()).isEqualTo(200);
      assertThat(onOneUser.patch("/api/v1/me", Map.of("nickname", "三号")).status()).isEqualTo(200);
      assertThat(weChat.requests("/wxa/msg_sec_check")).isEqualTo(3);
      assertThat(weChat.tokenRequests()).isEqualTo(1);

      // Logout on one instance revokes on the other at once.
      assertThat(onOneUser.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
      assertThat(onTwo.get("/api/v1/me").status()).isEqualTo(401);
    }
  }

  @Test
  void roleRevokedOrAccountDeletedOnOneInstance_appliesOnBoth_thoughTheyRememberActors() {
    String prefix = TestInfrastructure.get().redisKeyPrefix() + "-actors";
    try (FakeWeChatServer weChat = FakeWeChatServer.start();
        LinliInstance one = LinliInstance.start(weChat, prefix, Map.of());
        LinliInstance two = LinliInstance.start(weChat, prefix, Map.of())) {
      Sessions onOne = new Sessions(one.client());
      long community = onOne.newCommunity("记住角色");
      String who = Sessions.unique("staff");
      long userId = onOne.grant(who, community, "STAFF");
      String token = onOne.login(who).get("accessToken").asString();
      ApiClient staffOnOne = one.client().as(token).inCommunity(community);
      ApiClient staffOnTwo = two.client().as(token).inCommunity(community);
      String members = "/api/v1/communities/" + community + "/members";
      // Both instances now remember the user as staff (for a minute by default).
      assertThat(staffOnOne.get(members).status()).isEqualTo(200);
      assertThat(staffOnTwo.get(members).status()).isEqualTo(200);

      ApiClient.Response revoked = onOne.admin().delete(members + "/" + userId + "/roles/STAFF");
      assertThat(revoked.status()).isEqualTo(200);
      // The instance that made the change applies it at once; the other hears of it through
      // Redis well before the minute is up.
      assertThat(staffOnOne.get(members).status()).isEqualTo(403);
      assertThat(firstStatus(() -> staffOnTwo.get(members).status(), 403)).isEqualTo(403);

      // The account deleted through one session: its other session on the other instance ends.
      String other = onOne.login(who).get("accessToken").asString();
      ApiClient otherOnTwo = two.client().as(other);
      assertThat(otherOnTwo.get("/api/v1/me").status()).isEqualTo(200);
      assertThat(one.client().as(token).delete("/api/v1/me").status()).isEqualTo(204);
      assertThat(firstStatus(() -> otherOnTwo.get("/api/v1/me").status(), 401)).isEqualTo(401);
    }
  }

  /** Polls for up to 3 s until {@code wanted} is answered; returns the last status seen. */
  private static int firstStatus(java.util.function.IntSupplier status, int wanted) {
    long deadline = System.nanoTime() + 3_000_000_000L;
    int last = status.getAsInt();
    while (last != wanted && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      last = status.getAsInt();
    }
    return last;
  }
}
