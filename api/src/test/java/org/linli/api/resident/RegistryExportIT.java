package org.linli.api.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;

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
}
