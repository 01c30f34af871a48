package org.linli.api.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.SyntheticIds;
import org.linli.testsupport.infra.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** The resident registry: encryption at rest, masking, reveal, minors and isolation. */
class RegistryIT {

  private static final ApiClient API = LinliInstance.shared().client();
  private static final Sessions SESSIONS = new Sessions(API);
  private static long community;
  private static ApiClient staff;
  private static ApiClient dataAdmin;
  private static long household;
  private static long room;
  private static long building;

  @BeforeAll
  static void registry() {
    community = SESSIONS.newCommunity("登记社区");
    String staffName = Sessions.unique("registry-staff");
    SESSIONS.grant(staffName, community, "STAFF");
    staff = SESSIONS.as(staffName);
    String adminName = Sessions.unique("data-admin");
    SESSIONS.grant(adminName, community, "DATA_ADMIN");
    dataAdmin = SESSIONS.as(adminName);
    building =
        staff.post("/api/v1/registry/buildings", Map.of("name", "3号楼")).json().get("id").asLong();
    long unit =
        staff
            .post("/api/v1/registry/buildings/" + building + "/units", Map.of("name", "1单元"))
            .json()
            .get("id")
            .asLong();
    room =
        staff
            .post(
                "/api/v1/registry/units/" + unit + "/rooms",
                Map.of("number", "301", "floor", 3, "areaCentiM2", 8950, "areaSource", "REGISTER"))
            .json()
            .get("id")
            .asLong();
    household =
        staff
            .post("/api/v1/registry/rooms/" + room + "/households", null)
            .json()
            .get("id")
            .asLong();
  }

  /** A synthetic, checksum-valid ID number for a birth date (region 110105, Beijing Chaoyang). */
  static String idNumber(LocalDate birth, int sequence) {
    return SyntheticIds.idNumber(birth, sequence, 4);
  }

  private static ApiClient.Response addResident(
      ApiClient who, String name, String id, String phone, Long guardian) {
    Map<String, Object> body = new HashMap<>();
    body.put("householdId", household);
    body.put("name", name);
    body.put("relation", "HEAD");
    body.put("residenceKind", "OWNER");
    if (id != null) {
      body.put("idNumber", id);
    }
    if (phone != null) {
      body.put("phone", phone);
    }
    if (guardian != null) {
      body.put("guardianId", guardian);
    }
    body.put("tags", List.of("独居老人"));
    body.put("notes", "糖尿病，行动不便");
    return who.post("/api/v1/registry/residents", body);
  }

  @Test
  void resident_isStoredEncrypted_answeredMasked_andFoundByExactIdOrPhone() throws Exception {
    String id = idNumber(LocalDate.of(1950, 3, 14), 123);
    ApiClient.Response created = addResident(staff, "欧阳娜娜", id, "139 8765 4321", null);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode r = created.json();
    assertThat(r.get("name").asString()).isEqualTo("欧阳**");
    assertThat(r.get("idNumber").asString())
        .isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
    assertThat(r.get("phone").asString()).isEqualTo("139****4321");
    assertThat(r.get("birthYear").asInt()).isEqualTo(1950);
    assertThat(r.get("gender").asString())
        .isEqualTo(((id.charAt(16) - '0') % 2 == 1) ? "MALE" : "FEMALE");
    assertThat(r.get("hasNotes").asBoolean()).isTrue();
    assertThat(created.body()).doesNotContain(id, "13987654321", "糖尿病");
    long residentId = r.get("id").asLong();

    try (Connection c =
            DriverManager.getConnection(
                TestInfrastructure.get().jdbcUrl(),
                TestInfrastructure.get().dbUser(),
                TestInfrastructure.get().dbPassword());
        ResultSet rs =
            c.createStatement().executeQuery("SELECT * FROM resident WHERE id = " + residentId)) {
      assertThat(rs.next()).isTrue();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        String value = String.valueOf(rs.getString(i));
        assertThat(value).doesNotContain(id, id.substring(6, 14), "13987654321", "87654321", "糖尿病");
      }
      assertThat(rs.getString("id_number")).startsWith("v1:");
      assertThat(rs.getString("phone")).startsWith("v1:");
    }

    JsonNode byId =
        staff
            .post("/api/v1/registry/residents/search", Map.of("idNumber", id.toLowerCase()))
            .json();
    assertThat(byId.get("total").asLong()).isEqualTo(1);
    assertThat(byId.get("items").get(0).get("id").asLong()).isEqualTo(residentId);
    JsonNode byPhone =
        staff.post("/api/v1/registry/residents/search", Map.of("phone", "+8613987654321")).json();
    assertThat(byPhone.get("total").asLong()).isEqualTo(1);
    JsonNode byBuilding =
        staff
            .post(
                "/api/v1/registry/residents/search", Map.of("buildingId", building, "tag", "独居老人"))
            .json();
    assertThat(byBuilding.get("total").asLong()).isGreaterThanOrEqualTo(1);

    ApiClient.Response duplicate = addResident(staff, "重复", id, null, null);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.code()).isEqualTo("REGISTRY_DUPLICATE");
  }

  @Test
  void invalidIdNumberAndPhone_areRefusedFieldByField() {
    String bad = idNumber(LocalDate.of(1980, 1, 1), 5);
    bad = bad.substring(0, 17) + (bad.charAt(17) == '0' ? '1' : '0');
    ApiClient.Response r = addResident(staff, "张三", bad, "12345", null);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(r.json().get("errors").toString()).contains("ID_NUMBER_CHECKSUM", "PHONE_INVALID");
    assertThat(r.body()).doesNotContain(bad);
  }

  @Test
  void onlyDataAdmins_mayRevealAField_withAReason_andEveryRevealIsAudited() {
    String id = idNumber(LocalDate.of(1962, 7, 1), 77);
    long residentId = addResident(staff, "王小明", id, "13900001111", null).json().get("id").asLong();

    ApiClient.Response byStaff =
        staff.post(
            "/api/v1/registry/residents/" + residentId + "/reveal",
            Map.of("field", "ID_NUMBER", "reason", "核对"));
    assertThat(byStaff.status()).isEqualTo(403);

    ApiClient.Response revealed =
        dataAdmin.post(
            "/api/v1/registry/residents/" + residentId + "/reveal",
            Map.of("field", "PHONE", "reason", "联系就医"));
    assertThat(revealed.status()).isEqualTo(200);
    assertThat(revealed.json().get("value").asString()).isEqualTo("13900001111");

    String auditorName = Sessions.unique("registry-auditor");
    SESSIONS.grant(auditorName, community, "AUDITOR");
    JsonNode entries =
        SESSIONS.as(auditorName).get("/api/v1/audit/entries?size=50").json().get("items");
    assertThat(entries.toString()).contains("RESIDENT_REVEALED", "PHONE: 联系就医", "RESIDENT_CREATED");
    assertThat(entries.toString()).doesNotContain("13900001111", id);
  }

  @Test
  void minors_needAGuardian_andAreVisibleToDataAdminsOnly() {
    long guardian =
        addResident(staff, "李大", idNumber(LocalDate.of(1985, 5, 5), 11), null, null)
            .json()
            .get("id")
            .asLong();
    String childId = idNumber(LocalDate.now().minusYears(8), 12);

    ApiClient.Response noGuardian = addResident(staff, "李小", childId, null, null);
    assertThat(noGuardian.status()).isEqualTo(400);
    assertThat(noGuardian.json().get("errors").toString()).contains("GUARDIAN_REQUIRED");

    ApiClient.Response child = addResident(staff, "李小", childId, null, guardian);
    assertThat(child.status()).isEqualTo(201);
    assertThat(child.json().get("minor").asBoolean()).isTrue();
    long childResident = child.json().get("id").asLong();

    assertThat(staff.get("/api/v1/registry/residents/" + childResident).status()).isEqualTo(404);
    assertThat(staff.post("/api/v1/registry/residents/search", Map.of("namePrefix", "李")).body())
        .doesNotContain("\"id\":" + childResident + ",");
    assertThat(dataAdmin.get("/api/v1/registry/residents/" + childResident).status())
        .isEqualTo(200);
  }

  @Test
  void otherCommunities_andResidents_cannotReachTheRegistry() {
    long residentId =
        addResident(staff, "赵六", idNumber(LocalDate.of(1970, 2, 2), 21), null, null)
            .json()
            .get("id")
            .asLong();
    long other = SESSIONS.newCommunity("外社区");
    String otherName = Sessions.unique("other-registry");
    SESSIONS.grant(otherName, other, "DATA_ADMIN");
    ApiClient outsider = SESSIONS.as(otherName);
    assertThat(outsider.get("/api/v1/registry/residents/" + residentId).status()).isEqualTo(404);
    assertThat(outsider.delete("/api/v1/registry/residents/" + residentId).status()).isEqualTo(404);
    assertThat(
            outsider
                .post(
                    "/api/v1/registry/residents/" + residentId + "/reveal",
                    Map.of("field", "NAME", "reason", "查看"))
                .status())
        .isEqualTo(404);
    assertThat(outsider.post("/api/v1/registry/rooms/" + room + "/households", null).status())
        .isEqualTo(404);
    assertThat(outsider.get("/api/v1/registry/buildings").body()).doesNotContain("3号楼");

    ApiClient resident = SESSIONS.as(Sessions.unique("plain"));
    resident.post("/api/v1/communities/" + community + "/join", null);
    assertThat(resident.get("/api/v1/registry/residents/" + residentId).status()).isEqualTo(403);
    assertThat(resident.post("/api/v1/registry/residents/search", Map.of()).status())
        .isEqualTo(403);

    assertThat(staff.delete("/api/v1/registry/residents/" + residentId).status()).isEqualTo(204);
    assertThat(staff.get("/api/v1/registry/residents/" + residentId).status()).isEqualTo(404);
  }

  @Test
  void resident_bindsWithWeChatPhone_getsVerified_andSeesTheirOwnDataUnmasked() {
    String id = idNumber(LocalDate.of(1966, 9, 9), 31);
    long residentId =
        addResident(staff, "孙悟空", id, FakePhone.NUMBER, null).json().get("id").asLong();
    staff.post("/api/v1/registry/rooms/" + room + "/owners", Map.of("residentId", residentId));
    ApiClient user = SESSIONS.as(Sessions.unique("sun"));
    user.post("/api/v1/communities/" + community + "/join", null);

    ApiClient.Response bound = claim(user, "3号楼", "孙悟空", "phone-ok-1");

    assertThat(bound.status()).as(bound.toString()).isEqualTo(201);
    assertThat(bound.json().get("status").asString()).isEqualTo("BOUND");
    assertThat(bound.json().get("residentId").asLong()).isEqualTo(residentId);
    assertThat(user.get("/api/v1/me").json().get("communities").get(0).get("verified").asBoolean())
        .isTrue();
    JsonNode mine = user.get("/api/v1/me/data").json();
    assertThat(mine.get("idNumber").asString()).isEqualTo(id);
    assertThat(mine.get("phone").asString()).isEqualTo(FakePhone.NUMBER);
    assertThat(mine.get("room").asString()).isEqualTo("301");
    assertThat(mine.get("ownerships").get(0).get("areaCentiM2").asLong()).isEqualTo(8950);

    // Someone whose name does not match waits for staff, who approve them against a resident.
    long other =
        addResident(staff, "猪八戒", idNumber(LocalDate.of(1970, 1, 1), 32), null, null)
            .json()
            .get("id")
            .asLong();
    ApiClient second = SESSIONS.as(Sessions.unique("zhu"));
    second.post("/api/v1/communities/" + community + "/join", null);
    ApiClient.Response pending = claim(second, "3号楼", "八戒", "phone-ok-2");
    assertThat(pending.json().get("status").asString()).isEqualTo("PENDING");
    assertThat(pending.json().get("phone").asString()).isEqualTo("138****5678");
    long claimId = pending.json().get("id").asLong();
    assertThat(staff.get("/api/v1/registry/claims?status=PENDING").body())
        .contains("\"id\":" + claimId);
    ApiClient.Response approved =
        staff.post("/api/v1/registry/claims/" + claimId + "/approve", Map.of("residentId", other));
    assertThat(approved.json().get("status").asString()).isEqualTo("BOUND");
    assertThat(second.get("/api/v1/me/data").json().get("residentId").asLong()).isEqualTo(other);

    ApiClient stranger = SESSIONS.as(Sessions.unique("stranger"));
    stranger.post("/api/v1/communities/" + community + "/join", null);
    assertThat(stranger.get("/api/v1/me/data").status()).isEqualTo(404);
    ApiClient.Response badCode = claim(stranger, "3号楼", "x", "invalid-code");
    assertThat(badCode.status()).isEqualTo(401);
    assertThat(badCode.code()).isEqualTo("WECHAT_CODE_INVALID");
    ApiClient.Response noRoom = claim(stranger, "9号楼", "x", "phone-ok-3");
    assertThat(noRoom.status()).isEqualTo(400);
    assertThat(noRoom.json().get("errors").toString()).contains("UNKNOWN_ROOM");
  }

  @Test
  void statistics_countResidentsAndOwnedAreasPerBuildingAndUnit() {
    long c = SESSIONS.newCommunity("统计社区");
    String name = Sessions.unique("stats-staff");
    SESSIONS.grant(name, c, "STAFF");
    ApiClient s = SESSIONS.as(name);
    long b = s.post("/api/v1/registry/buildings", Map.of("name", "1号楼")).json().get("id").asLong();
    long u1 =
        s.post("/api/v1/registry/buildings/" + b + "/units", Map.of("name", "1单元"))
            .json()
            .get("id")
            .asLong();
    long u2 =
        s.post("/api/v1/registry/buildings/" + b + "/units", Map.of("name", "2单元"))
            .json()
            .get("id")
            .asLong();
    long r1 =
        s.post(
                "/api/v1/registry/units/" + u1 + "/rooms",
                Map.of("number", "101", "areaCentiM2", 10000, "areaSource", "REGISTER"))
            .json()
            .get("id")
            .asLong();
    long r2 =
        s.post(
                "/api/v1/registry/units/" + u2 + "/rooms",
                Map.of("number", "201", "areaCentiM2", 8000, "areaSource", "SURVEYED"))
            .json()
            .get("id")
            .asLong();
    long h1 =
        s.post("/api/v1/registry/rooms/" + r1 + "/households", null).json().get("id").asLong();
    long[] people = new long[3];
    for (int i = 0; i < 3; i++) {
      Map<String, Object> body = new HashMap<>();
      body.put("householdId", h1);
      body.put("name", "居民" + i);
      body.put("relation", i == 0 ? "HEAD" : "SPOUSE");
      body.put("residenceKind", i == 2 ? "TENANT" : "OWNER");
      body.put("idNumber", idNumber(LocalDate.of(1950 + i * 20, 1, 1), 40 + i));
      body.put("tags", i == 0 ? List.of("独居老人", "低保") : List.of("低保"));
      people[i] = s.post("/api/v1/registry/residents", body).json().get("id").asLong();
    }
    // Two owners share room 101 (100.00 m²); one of them also owns 201 (80.00 m²).
    s.post("/api/v1/registry/rooms/" + r1 + "/owners", Map.of("residentId", people[0]));
    s.post("/api/v1/registry/rooms/" + r1 + "/owners", Map.of("residentId", people[1]));
    s.post("/api/v1/registry/rooms/" + r2 + "/owners", Map.of("residentId", people[1]));

    JsonNode stats = s.get("/api/v1/registry/statistics").json();

    assertThat(stats.get("residents").asLong()).isEqualTo(3);
    assertThat(stats.get("households").asLong()).isEqualTo(1);
    assertThat(stats.get("byBuilding").toString()).contains("{\"count\":3,\"key\":\"1号楼\"}");
    assertThat(stats.get("byResidenceKind").toString()).contains("\"OWNER\"", "\"TENANT\"");
    assertThat(stats.get("byTag").toString())
        .contains("{\"count\":3,\"key\":\"低保\"}", "{\"count\":1,\"key\":\"独居老人\"}");
    JsonNode building = stats.get("ownership").get(0);
    assertThat(building.has("unit")).isFalse();
    assertThat(building.get("ownedRooms").asLong()).isEqualTo(2);
    assertThat(building.get("owners").asLong()).isEqualTo(2);
    assertThat(building.get("areaCentiM2").asLong()).isEqualTo(18000);
    JsonNode unit1 = stats.get("ownership").get(1);
    assertThat(unit1.get("unit").asString()).isEqualTo("1单元");
    assertThat(unit1.get("owners").asLong()).isEqualTo(2);
    assertThat(unit1.get("areaCentiM2").asLong()).isEqualTo(10000);
  }

  /** Claims room 301 of unit 1 in {@code building} as {@code name} with a WeChat phone code. */
  private static ApiClient.Response claim(
      ApiClient who, String building, String name, String code) {
    return who.post(
        "/api/v1/me/household-claims",
        Map.of(
            "building", building, "unit", "1单元", "room", "301", "name", name, "phoneCode", code));
  }

  /** The phone number the fake WeChat server returns for every valid phone code. */
  private static final class FakePhone {
    static final String NUMBER = org.linli.testsupport.wechat.FakeWeChatServer.PHONE_NUMBER;
  }

  @Test
  void corrections_changeOnlyTheGivenFields_areAudited_andDetectConcurrentEdits() {
    JsonNode r =
        addResident(staff, "周八", idNumber(LocalDate.of(1958, 8, 8), 61), "13700000000", null)
            .json();
    long residentId = r.get("id").asLong();
    int version = r.get("version").asInt();

    ApiClient.Response corrected =
        staff.patch(
            "/api/v1/registry/residents/" + residentId,
            Map.of(
                "version",
                version,
                "phone",
                "13611112222",
                "moveOutDate",
                "2026-10-01",
                "tags",
                List.of("重点关注")));
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    assertThat(corrected.json().get("phone").asString()).isEqualTo("136****2222");
    assertThat(corrected.json().get("moveOutDate").asString()).isEqualTo("2026-10-01");
    assertThat(corrected.json().get("tags").toString()).isEqualTo("[\"重点关注\"]");
    assertThat(corrected.json().get("name").asString()).isEqualTo("周*");

    ApiClient.Response stale =
        staff.patch(
            "/api/v1/registry/residents/" + residentId, Map.of("version", version, "name", "周九"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(
            staff
                .post("/api/v1/registry/residents/search", Map.of("phone", "13611112222"))
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
    assertThat(
            staff
                .post("/api/v1/registry/residents/search", Map.of("phone", "13700000000"))
                .json()
                .get("total")
                .asLong())
        .isZero();
  }

  @Test
  void residentsPastRetention_areAnonymisedByTheJob_ownersAreKept_andTheCatalogueSaysWhy()
      throws Exception {
    JsonNode gone =
        addResident(staff, "冯过去", idNumber(LocalDate.of(1944, 4, 4), 71), "13300000000", null)
            .json();
    JsonNode owner =
        addResident(staff, "陈业主", idNumber(LocalDate.of(1945, 5, 5), 72), "13300000001", null)
            .json();
    staff.post(
        "/api/v1/registry/rooms/" + room + "/owners",
        Map.of("residentId", owner.get("id").asLong()));
    String fourYearsAgo = LocalDate.now().minusYears(4).toString();
    for (JsonNode r : List.of(gone, owner)) {
      JsonNode fresh = staff.get("/api/v1/registry/residents/" + r.get("id").asLong()).json();
      assertThat(
              staff
                  .patch(
                      "/api/v1/registry/residents/" + r.get("id").asLong(),
                      Map.of("version", fresh.get("version").asInt(), "moveOutDate", fourYearsAgo))
                  .status())
          .isEqualTo(200);
    }

    int anonymised =
        LinliInstance.shared()
            .context()
            .getBean(org.linli.service.resident.RetentionService.class)
            .anonymiseDue();

    assertThat(anonymised).isGreaterThanOrEqualTo(1);
    try (Connection c =
            DriverManager.getConnection(
                TestInfrastructure.get().jdbcUrl(),
                TestInfrastructure.get().dbUser(),
                TestInfrastructure.get().dbPassword());
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT id, name, id_number, phone, birth_date FROM resident WHERE id IN ("
                        + gone.get("id").asLong()
                        + ","
                        + owner.get("id").asLong()
                        + ") ORDER BY id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString("name")).isEqualTo("已匿名");
      assertThat(rs.getString("id_number")).isNull();
      assertThat(rs.getString("phone")).isNull();
      assertThat(rs.getDate("birth_date")).isNull();
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString("name")).isEqualTo("陈业主");
      assertThat(rs.getString("id_number")).isNotNull();
    }

    JsonNode catalogue = staff.get("/api/v1/registry/field-catalogue").json();
    assertThat(catalogue.get("retentionAfterMoveOut").asString()).isEqualTo("P3Y");
    assertThat(catalogue.get("items").toString())
        .contains("{\"encrypted\":true,\"field\":\"ID_NUMBER\"");
  }

  @Test
  void boundResident_asksForACorrection_dueIn30Days_andStaffRecordTheOutcome() {
    addResident(staff, "韩梅梅", idNumber(LocalDate.of(1980, 3, 3), 81), FakePhone.NUMBER, null);
    ApiClient user = SESSIONS.as(Sessions.unique("han"));
    user.post("/api/v1/communities/" + community + "/join", null);
    assertThat(claim(user, "3号楼", "韩梅梅", "phone-ok-9").json().get("status").asString())
        .isEqualTo("BOUND");

    ApiClient.Response asked =
        user.post(
            "/api/v1/me/correction-requests",
            Map.of("field", "PHONE", "proposedValue", "13922223333", "note", "换号了"));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    assertThat(asked.json().get("dueDate").asString())
        .isEqualTo(LocalDate.now().plusDays(30).toString());
    assertThat(asked.json().get("proposedValue").asString()).isEqualTo("139****3333");
    long requestId = asked.json().get("id").asLong();

    String open = staff.get("/api/v1/registry/correction-requests?status=OPEN").body();
    assertThat(open)
        .contains("\"id\":" + requestId, "\"overdue\":false")
        .doesNotContain("13922223333");
    ApiClient.Response resolved =
        staff.post(
            "/api/v1/registry/correction-requests/" + requestId + "/resolve",
            Map.of("outcome", "CORRECTED", "note", "已更新"));
    assertThat(resolved.json().get("status").asString()).isEqualTo("CORRECTED");
    assertThat(
            staff
                .post(
                    "/api/v1/registry/correction-requests/" + requestId + "/resolve",
                    Map.of("outcome", "REJECTED"))
                .status())
        .isEqualTo(409);

    ApiClient unbound = SESSIONS.as(Sessions.unique("nobody"));
    unbound.post("/api/v1/communities/" + community + "/join", null);
    assertThat(unbound.post("/api/v1/me/correction-requests", Map.of("field", "NAME")).status())
        .isEqualTo(404);
    assertThat(user.get("/api/v1/registry/correction-requests").status()).isEqualTo(403);
  }
}
