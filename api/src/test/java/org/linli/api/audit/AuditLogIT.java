package org.linli.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** The audit log records grants and revocations in a hash chain that detects tampering. */
class AuditLogIT {

  private final ApiClient api = LinliInstance.shared().client();
  private final Sessions sessions = new Sessions(api);

  @Test
  void roleChanges_areAuditLogged_andTheChainVerifies_untilARowIsEdited() throws Exception {
    long community = sessions.newCommunity("审计社区");
    String auditorName = Sessions.unique("auditor");
    long auditorId = sessions.grant(auditorName, community, "AUDITOR");
    long volunteer = sessions.grant(Sessions.unique("volunteer"), community, "VOLUNTEER");
    sessions
        .admin()
        .delete("/api/v1/communities/" + community + "/members/" + volunteer + "/roles/VOLUNTEER");
    ApiClient auditor = sessions.as(auditorName).inCommunity(community);

    JsonNode page = auditor.get("/api/v1/audit/entries?size=50").json();
    String actions = page.get("items").toString();
    assertThat(actions)
        .contains("COMMUNITY_CREATED", "MEMBER_JOINED", "ROLE_GRANTED", "ROLE_REVOKED");
    JsonNode newest = page.get("items").get(0);
    assertThat(newest.get("action").asString()).isEqualTo("ROLE_REVOKED");
    assertThat(newest.get("subjectId").asString()).isEqualTo(Long.toString(volunteer));
    assertThat(newest.get("actorRole").asString()).isEqualTo("ADMIN");
    assertThat(newest.get("requestId").asString()).isNotBlank();
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(6);

    JsonNode ok = auditor.get("/api/v1/audit/verification").json();
    assertThat(ok.get("valid").asBoolean()).isTrue();
    assertThat(ok.get("checked").asLong()).isEqualTo(page.get("total").asLong());
    assertThat(auditorId).isPositive();

    // Someone with database access edits one entry: the chain no longer verifies from there on.
    try (Connection c =
            DriverManager.getConnection(
                TestInfrastructure.get().jdbcUrl(),
                TestInfrastructure.get().dbUser(),
                TestInfrastructure.get().dbPassword());
        PreparedStatement edit =
            c.prepareStatement(
                "UPDATE audit_log SET detail = 'STAFF' WHERE community_id = ? AND seq = 3")) {
      edit.setLong(1, community);
      assertThat(edit.executeUpdate()).isEqualTo(1);
    }
    JsonNode broken = auditor.get("/api/v1/audit/verification").json();
    assertThat(broken.get("valid").asBoolean()).isFalse();
    assertThat(broken.get("firstBrokenSeq").asLong()).isEqualTo(3);
  }

  @Test
  void concurrentJoins_allSucceed_andTheChainStaysIntact() throws Exception {
    long community = sessions.newCommunity("并发社区");
    String auditorName = Sessions.unique("auditor");
    sessions.grant(auditorName, community, "AUDITOR");
    List<ApiClient> residents =
        java.util.stream.IntStream.range(0, 16)
            .mapToObj(i -> sessions.as(Sessions.unique("crowd")))
            .toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> joins =
          residents.stream()
              .map(
                  r ->
                      pool.submit(
                          () ->
                              r.post("/api/v1/communities/" + community + "/join", null).status()))
              .toList();
      for (Future<Integer> join : joins) {
        assertThat(join.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    JsonNode verification =
        sessions.as(auditorName).inCommunity(community).get("/api/v1/audit/verification").json();
    assertThat(verification.get("valid").asBoolean()).isTrue();
    // created + auditor joined + auditor granted + 16 joins
    assertThat(verification.get("checked").asLong()).isEqualTo(19);
  }
}
