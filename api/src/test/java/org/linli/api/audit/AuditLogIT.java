package org.linli.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
}
