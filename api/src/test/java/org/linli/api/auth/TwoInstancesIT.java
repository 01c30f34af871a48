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
}
