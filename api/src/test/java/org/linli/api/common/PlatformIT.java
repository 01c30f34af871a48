package org.linli.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import tools.jackson.databind.JsonNode;

/** Health, metrics and API documentation endpoints. */
class PlatformIT {

  private final ApiClient api = LinliInstance.shared().client();

  @Test
  void health_isUp_withDatabaseAndRedis() {
    ApiClient.Response r = api.get("/actuator/health");
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("status").asString()).isEqualTo("UP");
    assertThat(body.get("components").get("db").get("status").asString()).isEqualTo("UP");
    assertThat(body.get("components").get("redis").get("status").asString()).isEqualTo("UP");
  }

  @Test
  void prometheusMetrics_areServed() {
    ApiClient.Response r = api.accept("text/plain").get("/actuator/prometheus");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void openApiDocs_andSwaggerUi_areServed() {
    ApiClient.Response docs = api.get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/v1/auth/wechat-login", "/api/v1/me");
    assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
  }

  @Test
  void everyAnswer_carriesARequestId_andEchoesAWellFormedOne() {
    assertThat(api.get("/actuator/health").header("X-Request-Id")).hasSizeGreaterThanOrEqualTo(8);
  }
}
