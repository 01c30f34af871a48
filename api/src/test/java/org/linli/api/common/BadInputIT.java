package org.linli.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import tools.jackson.databind.JsonNode;

/** Bad input always gets a 4xx problem with a stable code, never a 500, and writes nothing. */
class BadInputIT {

  private static final ApiClient API = LinliInstance.shared().client();
  private static final Sessions SESSIONS = new Sessions(API);
  private static ApiClient admin;

  @BeforeAll
  static void admin() {
    admin = SESSIONS.admin();
  }

  private static void assertProblem(ApiClient.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode body = r.json();
    assertThat(body.get("code").asString()).isEqualTo(code);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("type").asString()).startsWith("https://");
    assertThat(body.get("title").asString()).isNotBlank();
    assertThat(body.get("requestId").asString()).isEqualTo(r.header("X-Request-Id"));
    assertThat(r.body()).doesNotContain("Exception", "at org.", "java.");
  }

  private static boolean communityExists(String name) {
    return admin.get("/api/v1/communities").body().contains(name);
  }

  @Test
  void malformedJson_is400() {
    assertProblem(
        API.send("POST", "/api/v1/auth/wechat-login", "{\"code\":", "application/json"),
        400,
        "MALFORMED_REQUEST");
  }

  @Test
  void missingBody_is400() {
    assertProblem(
        API.send("POST", "/api/v1/auth/wechat-login", null, "application/json"),
        400,
        "MALFORMED_REQUEST");
  }

  @Test
  void wrongType_is400_andNothingIsWritten() {
    String name = Sessions.unique("类型");
    assertProblem(
        admin.send(
            "POST",
            "/api/v1/communities",
            "{\"name\":\"" + name + "\",\"district\":{\"a\":1}}",
            "application/json"),
        400,
        "MALFORMED_REQUEST");
    assertThat(communityExists(name)).isFalse();
  }

  @Test
  void numberWhereTheContractSaysString_is400_notCoerced() {
    assertProblem(
        API.send("POST", "/api/v1/auth/wechat-login", "{\"code\":123}", "application/json"),
        400,
        "MALFORMED_REQUEST");
  }

  @Test
  void stringWhereTheContractSaysInteger_is400_andNothingIsWritten() {
    long community = SESSIONS.newCommunity("类型二");
    String staff = Sessions.unique("typed");
    SESSIONS.grant(staff, community, "STAFF");
    ApiClient client = SESSIONS.as(staff);
    assertProblem(
        client.send(
            "POST",
            "/api/v1/api-tokens",
            "{\"name\":\"t\",\"scopes\":[\"read\"],\"expiresInDays\":\"30\"}",
            "application/json"),
        400,
        "MALFORMED_REQUEST");
    assertThat(client.get("/api/v1/api-tokens").json().get("items")).isEmpty();
  }

  @Test
  void missingRequiredField_is400WithFieldError() {
    ApiClient.Response r = API.post("/api/v1/auth/wechat-login", Map.of("codes", "x"));
    assertProblem(r, 400, "VALIDATION_FAILED");
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
  }

  @Test
  void loginCodeWithUrlCharacters_isRefusedBeforeReachingWeChat() {
    ApiClient.Response r = API.post("/api/v1/auth/wechat-login", Map.of("code", "x&appid=evil"));
    assertProblem(r, 400, "VALIDATION_FAILED");
    assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("Pattern");
  }

  @Test
  void overlongString_is400WithFieldError_andNothingIsWritten() {
    String name = "长".repeat(65);
    ApiClient.Response r = admin.post("/api/v1/communities", Map.of("name", name));
    assertProblem(r, 400, "VALIDATION_FAILED");
    JsonNode error = r.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("name");
    assertThat(error.get("code").asString()).isEqualTo("Size");
    assertThat(error.get("message").asString()).isNotBlank();
    assertThat(communityExists(name)).isFalse();
  }

  @Test
  void unknownEnumValue_inPath_is400() {
    long community = SESSIONS.newCommunity("枚举");
    long user = SESSIONS.join(Sessions.unique("enum"), community);
    assertProblem(
        admin.put("/api/v1/communities/" + community + "/members/" + user + "/roles/KING"),
        400,
        "VALIDATION_FAILED");
  }

  @Test
  void unknownEnumValue_inBody_is400() {
    assertProblem(
        admin.post(
            "/api/v1/moderation/reports",
            Map.of("contentType", "POEM", "contentId", "1", "reason", "x")),
        400,
        "MALFORMED_REQUEST");
  }

  @Test
  void nonNumericPathId_is400() {
    assertProblem(admin.post("/api/v1/communities/abc/join", null), 400, "VALIDATION_FAILED");
  }

  @Test
  void pathIdBelowMinimum_is400() {
    assertProblem(admin.post("/api/v1/communities/0/join", null), 400, "VALIDATION_FAILED");
  }

  @Test
  void pageSizeOverLimit_is400() {
    long community = SESSIONS.newCommunity("分页");
    assertProblem(
        admin.get("/api/v1/communities/" + community + "/members?size=1000"),
        400,
        "VALIDATION_FAILED");
  }

  @Test
  void oversizedBody_is413() {
    String big = "{\"code\":\"" + "x".repeat(70_000) + "\"}";
    assertProblem(
        API.send("POST", "/api/v1/auth/wechat-login", big, "application/json"),
        413,
        "PAYLOAD_TOO_LARGE");
  }

  @Test
  void brokenMultipartUpload_is400() {
    assertProblem(
        admin.send(
            "POST",
            "/api/v1/registry/imports",
            "this is not multipart",
            "multipart/form-data; boundary=nothing-here"),
        400,
        "MALFORMED_REQUEST");
  }

  @Test
  void wrongContentType_is415() {
    assertProblem(
        API.send(
            "POST", "/api/v1/auth/wechat-login", "code=x", "application/x-www-form-urlencoded"),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void unknownPath_is404Problem() {
    assertProblem(admin.unchecked().get("/api/v1/no-such-thing"), 404, "NOT_FOUND");
    assertProblem(API.unchecked().get("/nothing-here"), 404, "NOT_FOUND");
  }

  @Test
  void wrongMethod_is405Problem() {
    ApiClient.Response r = API.unchecked().send("DELETE", "/api/v1/auth/wechat-login", null, null);
    assertProblem(r, 405, "METHOD_NOT_ALLOWED");
    assertThat(r.header("Allow")).contains("POST");
  }

  @Test
  void missingOrUnknownToken_is401() {
    assertProblem(API.get("/api/v1/me"), 401, "UNAUTHENTICATED");
    assertProblem(API.as("lat_" + "x".repeat(43)).get("/api/v1/me"), 401, "TOKEN_INVALID");
  }

  @Test
  void invalidCommunityHeader_is400() {
    assertProblem(admin.inCommunity(-5L).get("/api/v1/me"), 400, "VALIDATION_FAILED");
  }

  @Test
  void invalidRequestBodyForEveryScopeItem_is400() {
    long community = SESSIONS.newCommunity("令牌");
    String staff = Sessions.unique("tok");
    SESSIONS.grant(staff, community, "STAFF");
    ApiClient.Response r =
        SESSIONS
            .as(staff)
            .post(
                "/api/v1/api-tokens",
                Map.of("name", "x", "scopes", List.of(), "expiresInDays", 400));
    assertProblem(r, 400, "VALIDATION_FAILED");
    assertThat(r.json().get("errors").size()).isEqualTo(2);
  }
}
