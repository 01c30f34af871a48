package org.linli.api.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.service.resident.KeyRotationService;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;

/** Registry exports: masked by default; unmasked only with a second data admin's approval. */
class RegistryExportIT {

  private final ApiClient api = LinliInstance.shared().client();
  private final Sessions sessions = new Sessions(api);

  @Test
  void maskedExport_forStaff_andUnmaskedExport_onlyAfterASecondDataAdminApproves_once() {
    long community = sessions.newCommunity("导出社区");
    String staffName = Sessions.unique("export-staff");
    String adminA = Sessions.unique("export-admin-a");
    String adminB = Sessions.unique("export-admin-b");
    sessions.grant(staffName, community, "STAFF");
    sessions.grant(adminA, community, "DATA_ADMIN");
    sessions.grant(adminB, community, "DATA_ADMIN");
    ApiClient staff = sessions.as(staffName);
    ApiClient a = sessions.as(adminA);
    ApiClient b = sessions.as(adminB);
    String id = RegistryIT.idNumber(LocalDate.of(1955, 5, 5), 901);
    Map<String, Object> body = new HashMap<>();
    body.put("name", "吴老师");
    body.put("relation", "HEAD");
    body.put("residenceKind", "OWNER");
    body.put("idNumber", id);
    body.put("phone", "13512345678");
    body.put("tags", List.of("独居老人"));
    assertThat(staff.post("/api/v1/registry/residents", body).status()).isEqualTo(201);

    ApiClient.Response masked =
        staff
            .accept("text/csv, application/problem+json")
            .get("/api/v1/registry/exports/residents");
    assertThat(masked.status()).as(masked.toString()).isEqualTo(200);
    assertThat(masked.body())
        .contains("姓名,性别", "吴**", id.substring(0, 4) + "**********", "135****5678");
    assertThat(masked.body()).doesNotContain(id, "13512345678", "吴老师");

    long request =
        a.post("/api/v1/registry/export-requests", Map.of("reason", "民政局核对低保名单"))
            .json()
            .get("id")
            .asLong();
    assertThat(staff.post("/api/v1/registry/export-requests", Map.of("reason", "想要")).status())
        .isEqualTo(403);
    assertThat(a.post("/api/v1/registry/export-requests/" + request + "/approve", null).status())
        .isEqualTo(403);
    String accept = "text/csv, application/problem+json";
    assertThat(
            a.accept(accept).get("/api/v1/registry/export-requests/" + request + "/file").status())
        .isEqualTo(409);

    ApiClient.Response approved =
        b.post("/api/v1/registry/export-requests/" + request + "/approve", null);
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
    assertThat(
            b.accept(accept).get("/api/v1/registry/export-requests/" + request + "/file").status())
        .isEqualTo(403);

    ApiClient.Response unmasked =
        a.accept(accept).get("/api/v1/registry/export-requests/" + request + "/file");
    assertThat(unmasked.status()).isEqualTo(200);
    assertThat(unmasked.body()).contains(id, "13512345678", "吴老师", "导出人", "民政局核对低保名单");
    assertThat(
            a.accept(accept).get("/api/v1/registry/export-requests/" + request + "/file").status())
        .isEqualTo(409);

    String auditorName = Sessions.unique("export-auditor");
    sessions.grant(auditorName, community, "AUDITOR");
    String log = sessions.as(auditorName).get("/api/v1/audit/entries?size=50").body();
    assertThat(log)
        .contains("EXPORT_REQUESTED", "EXPORT_APPROVED", "unmasked, 1 rows", "masked, 1 rows");
    assertThat(log).doesNotContain(id, "13512345678");
  }

  @Test
  void rowsWrittenBeforeMaskedFormsExisted_exportMasked_andKeyRotationFillsTheirMaskedForms()
      throws Exception {
    long community = sessions.newCommunity("旧行导出社区");
    String staffName = Sessions.unique("old-rows-staff");
    sessions.grant(staffName, community, "STAFF");
    ApiClient staff = sessions.as(staffName);
    String id = RegistryIT.idNumber(LocalDate.of(1949, 10, 1), 931);
    Map<String, Object> body = new HashMap<>();
    body.put("name", "郑大爷");
    body.put("relation", "HEAD");
    body.put("residenceKind", "OWNER");
    body.put("idNumber", id);
    body.put("phone", "13698765432");
    long residentId = staff.post("/api/v1/registry/residents", body).json().get("id").asLong();
    String maskedId = id.substring(0, 4) + "**********" + id.substring(14);
    assertThat(maskedForms(residentId)).containsExactly(maskedId, "136****5432");
    sql(
        "UPDATE resident SET id_number_masked = NULL, phone_masked = NULL WHERE id = "
            + residentId);

    String export =
        staff
            .accept("text/csv, application/problem+json")
            .get("/api/v1/registry/exports/residents")
            .body();

    assertThat(export).contains("郑**", maskedId, "136****5432").doesNotContain(id, "13698765432");
    LinliInstance.shared().context().getBean(KeyRotationService.class).rotate(100);
    assertThat(maskedForms(residentId)).containsExactly(maskedId, "136****5432");
  }

  private static List<String> maskedForms(long residentId) throws Exception {
    try (Connection c = connection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT id_number_masked, phone_masked FROM resident WHERE id = "
                        + residentId)) {
      assertThat(rs.next()).isTrue();
      return java.util.Arrays.asList(rs.getString(1), rs.getString(2));
    }
  }

  private static void sql(String statement) throws Exception {
    try (Connection c = connection()) {
      c.createStatement().executeUpdate(statement);
    }
  }

  private static Connection connection() throws Exception {
    return DriverManager.getConnection(
        TestInfrastructure.get().jdbcUrl(),
        TestInfrastructure.get().dbUser(),
        TestInfrastructure.get().dbPassword());
  }
}
