package org.linli.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** Staff personal API tokens for scripts: shown once, hashed at rest, scoped and revocable. */
class ApiTokenIT {

  private static final ApiClient API = LinliInstance.shared().client();
  private static final Sessions SESSIONS = new Sessions(API);
  private static long community;
  private static ApiClient staff;

  @BeforeAll
  static void staff() {
    community = SESSIONS.newCommunity("令牌社区");
    String name = Sessions.unique("script-owner");
    SESSIONS.grant(name, community, "STAFF");
    staff = SESSIONS.as(name);
  }

  private static JsonNode create(List<String> scopes) {
    ApiClient.Response r =
        staff.post(
            "/api/v1/api-tokens", Map.of("name", "月报脚本", "scopes", scopes, "expiresInDays", 30));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  @Test
  void readToken_canRead_butNotWrite() {
    JsonNode created = create(List.of("read"));
    String secret = created.get("token").asString();
    assertThat(secret).startsWith("lpt_");
    ApiClient script = API.as(secret);

    ApiClient.Response members = script.get("/api/v1/communities/" + community + "/members");
    assertThat(members.status()).isEqualTo(200);
    assertThat(members.json().get("total").asLong()).isPositive();

    ApiClient.Response write =
        script.put("/api/v1/communities/" + community + "/members/1/roles/VOLUNTEER");
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.code()).isEqualTo("INSUFFICIENT_SCOPE");
  }

  @Test
  void token_isShownOnce_storedOnlyAsHash_andListedWithoutSecret() throws Exception {
    JsonNode created = create(List.of("read", "write"));
    String secret = created.get("token").asString();

    ApiClient.Response list = staff.get("/api/v1/api-tokens");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(secret).contains(created.get("prefix").asString());
    assertThat(list.json().get("items").get(0).has("token")).isFalse();

    try (Connection c =
            DriverManager.getConnection(
                TestInfrastructure.get().jdbcUrl(),
                TestInfrastructure.get().dbUser(),
                TestInfrastructure.get().dbPassword());
        ResultSet rs = c.createStatement().executeQuery("SELECT * FROM api_token")) {
      while (rs.next()) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          assertThat(String.valueOf(rs.getString(i))).doesNotContain(secret.substring(4));
        }
      }
    }
  }

  @Test
  void revokedToken_stopsWorkingAtOnce() {
    JsonNode created = create(List.of("read"));
    ApiClient script = API.as(created.get("token").asString());
    assertThat(script.get("/api/v1/communities/" + community + "/members").status()).isEqualTo(200);

    assertThat(staff.delete("/api/v1/api-tokens/" + created.get("id").asLong()).status())
        .isEqualTo(204);

    ApiClient.Response after = script.get("/api/v1/communities/" + community + "/members");
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.code()).isEqualTo("TOKEN_INVALID");
    JsonNode listed = staff.get("/api/v1/api-tokens").json().get("items");
    listed.forEach(
        t -> {
          if (t.get("id").asLong() == created.get("id").asLong()) {
            assertThat(t.get("revoked").asBoolean()).isTrue();
          }
        });
  }

  @Test
  void apiToken_cannotMintMoreTokens() {
    JsonNode created = create(List.of("read", "write"));
    ApiClient.Response r =
        API.as(created.get("token").asString())
            .post(
                "/api/v1/api-tokens",
                Map.of("name", "套娃", "scopes", List.of("read"), "expiresInDays", 1));
    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void create_withUnknownScope_is400() {
    ApiClient.Response r =
        staff.post(
            "/api/v1/api-tokens",
            Map.of("name", "坏", "scopes", List.of("admin"), "expiresInDays", 1));
    assertThat(r.status()).isEqualTo(400);
  }
}
