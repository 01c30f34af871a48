package org.linli.api.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import tools.jackson.databind.JsonNode;

/** Care tags are data of each community: seeded, kept by staff, and the only tags residents get. */
class CareTagIT {

  private final Sessions sessions = new Sessions(LinliInstance.shared().client());

  private ApiClient staffOf(long community) {
    String name = Sessions.unique("tag-staff");
    sessions.grant(name, community, "STAFF");
    return sessions.as(name);
  }

  private static ApiClient.Response addResident(ApiClient who, String name, List<String> tags) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("relation", "HEAD");
    body.put("residenceKind", "OWNER");
    body.put("tags", tags);
    return who.post("/api/v1/registry/residents", body);
  }

  private static JsonNode tag(ApiClient who, String name, boolean includeRetired) {
    for (JsonNode t :
        who.get("/api/v1/registry/care-tags?includeRetired=" + includeRetired)
            .json()
            .get("items")) {
      if (t.get("name").asString().equals(name)) {
        return t;
      }
    }
    return null;
  }

  private static long byTagCount(ApiClient who, String tag) {
    for (JsonNode c : who.get("/api/v1/registry/statistics").json().get("byTag")) {
      if (c.get("key").asString().equals(tag)) {
        return c.get("count").asLong();
      }
    }
    return 0;
  }

  @Test
  void newCommunity_startsWithDefaultTags_andResidentsGetOnlyTagsFromTheList() {
    long community = sessions.newCommunity("标签社区");
    ApiClient staff = staffOf(community);

    ApiClient.Response list = staff.get("/api/v1/registry/care-tags");

    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat(list.body()).contains("独居老人", "残疾人", "低保", "重点关注", "志愿者");
    ApiClient.Response unknown = addResident(staff, "张三", List.of("低保", "失独家庭"));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
    assertThat(unknown.code()).isEqualTo("CARE_TAG_UNKNOWN");
    JsonNode errors = unknown.json().get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field").asString()).isEqualTo("tags");
    assertThat(errors.get(0).get("code").asString()).isEqualTo("CARE_TAG_UNKNOWN");

    ApiClient.Response created = staff.post("/api/v1/registry/care-tags", Map.of("name", "失独家庭"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("retired").asBoolean()).isFalse();
    assertThat(staff.post("/api/v1/registry/care-tags", Map.of("name", "失独家庭")).code())
        .isEqualTo("REGISTRY_DUPLICATE");
    ApiClient.Response added = addResident(staff, "张三", List.of("低保", "失独家庭"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().get("tags").toString()).isEqualTo("[\"低保\",\"失独家庭\"]");
    long residentId = added.json().get("id").asLong();
    JsonNode other = addResident(staff, "李四", List.of("低保")).json();
    ApiClient.Response wrongUpdate =
        staff.patch(
            "/api/v1/registry/residents/" + other.get("id").asLong(),
            Map.of("version", other.get("version").asInt(), "tags", List.of("不存在")));
    assertThat(wrongUpdate.status()).isEqualTo(422);
    assertThat(wrongUpdate.code()).isEqualTo("CARE_TAG_UNKNOWN");
    assertThat(byTagCount(staff, "低保")).isEqualTo(2);
  }

  @Test
  void renameChangesTheTagOnResidents_retiredTagsStayButAreNoLongerGiven_andAllIsAudited() {
    long community = sessions.newCommunity("改名社区");
    ApiClient staff = staffOf(community);
    long tagId =
        staff.post("/api/v1/registry/care-tags", Map.of("name", "慢病")).json().get("id").asLong();
    long residentId = addResident(staff, "王五", List.of("慢病", "低保")).json().get("id").asLong();
    addResident(staff, "赵六", List.of("低保"));

    JsonNode renamed =
        staff
            .patch("/api/v1/registry/care-tags/" + tagId, Map.of("version", 0, "name", "慢性病"))
            .json();

    assertThat(renamed.get("name").asString()).isEqualTo("慢性病");
    assertThat(staff.get("/api/v1/registry/residents/" + residentId).json().get("tags").toString())
        .isEqualTo("[\"慢性病\",\"低保\"]");
    JsonNode found = staff.post("/api/v1/registry/residents/search", Map.of("tag", "慢性病")).json();
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(
            staff
                .post("/api/v1/registry/residents/search", Map.of("tag", "慢病"))
                .json()
                .get("total")
                .asLong())
        .isZero();
    assertThat(byTagCount(staff, "慢性病")).isEqualTo(1);
    assertThat(byTagCount(staff, "低保")).isEqualTo(2);
    // A stale version is refused.
    assertThat(
            staff
                .patch("/api/v1/registry/care-tags/" + tagId, Map.of("version", 0, "retired", true))
                .code())
        .isEqualTo("CONCURRENT_UPDATE");

    JsonNode retired =
        staff
            .patch(
                "/api/v1/registry/care-tags/" + tagId,
                Map.of("version", renamed.get("version").asInt(), "retired", true))
            .json();

    assertThat(retired.get("retired").asBoolean()).isTrue();
    assertThat(tag(staff, "慢性病", false)).isNull();
    assertThat(tag(staff, "慢性病", true).get("retired").asBoolean()).isTrue();
    assertThat(addResident(staff, "孙七", List.of("慢性病")).code()).isEqualTo("CARE_TAG_UNKNOWN");
    // The resident who carries it keeps it, also through an unrelated correction of their tags.
    JsonNode resident = staff.get("/api/v1/registry/residents/" + residentId).json();
    assertThat(resident.get("tags").toString()).contains("慢性病");
    ApiClient.Response kept =
        staff.patch(
            "/api/v1/registry/residents/" + residentId,
            Map.of("version", resident.get("version").asInt(), "tags", List.of("慢性病", "重点关注")));
    assertThat(kept.status()).as(kept.toString()).isEqualTo(200);

    String auditorName = Sessions.unique("tag-auditor");
    sessions.grant(auditorName, community, "AUDITOR");
    String log = sessions.as(auditorName).get("/api/v1/audit/entries?size=50").body();
    assertThat(log)
        .contains("CARE_TAG_CREATED", "CARE_TAG_CHANGED", "renamed 慢病 -> 慢性病", "retired");
  }

  @Test
  void import_reportsUnknownTagsRowByRow() {
    long community = sessions.newCommunity("导入标签社区");
    ApiClient staff = staffOf(community);
    String csv =
        "姓名,身份证号,手机号,楼栋,单元,房号,与户主关系,居住类型,标签\r\n"
            + "甲,"
            + RegistryIT.idNumber(LocalDate.of(1951, 1, 1), 801)
            + ",,,,,户主,业主,独居老人、低保\r\n"
            + "乙,"
            + RegistryIT.idNumber(LocalDate.of(1952, 2, 2), 802)
            + ",,,,,户主,业主,低保、外星人\r\n";

    JsonNode report =
        staff
            .upload(
                "/api/v1/registry/imports?dryRun=false",
                "tags.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                Map.of())
            .json();

    assertThat(report.get("valid").asInt()).isEqualTo(1);
    assertThat(report.get("invalid").asInt()).isEqualTo(1);
    assertThat(report.get("imported").asInt()).isEqualTo(1);
    JsonNode problem = report.get("problems").get(0);
    assertThat(problem.get("row").asInt()).isEqualTo(3);
    assertThat(problem.get("field").asString()).isEqualTo("tags");
    assertThat(problem.get("code").asString()).isEqualTo("CARE_TAG_UNKNOWN");
  }

  @Test
  void otherCommunities_andResidents_cannotSeeOrChangeTheTagList() {
    long community = sessions.newCommunity("标签甲");
    ApiClient staff = staffOf(community);
    long tagId =
        staff.post("/api/v1/registry/care-tags", Map.of("name", "甲社区专用")).json().get("id").asLong();
    long other = sessions.newCommunity("标签乙");
    ApiClient outsider = staffOf(other);

    assertThat(outsider.get("/api/v1/registry/care-tags").body()).doesNotContain("甲社区专用");
    assertThat(
            outsider
                .patch("/api/v1/registry/care-tags/" + tagId, Map.of("version", 0, "name", "乙改"))
                .status())
        .isEqualTo(404);
    assertThat(outsider.inCommunity(community).get("/api/v1/registry/care-tags").status())
        .isEqualTo(404);
    assertThat(addResident(outsider, "外人", List.of("甲社区专用")).code()).isEqualTo("CARE_TAG_UNKNOWN");
    assertThat(tag(staff, "甲社区专用", false).get("version").asInt()).isZero();

    ApiClient resident = sessions.as(Sessions.unique("tag-resident"));
    resident.post("/api/v1/communities/" + community + "/join", null);
    assertThat(resident.get("/api/v1/registry/care-tags").status()).isEqualTo(403);
    assertThat(resident.post("/api/v1/registry/care-tags", Map.of("name", "居民加的")).status())
        .isEqualTo(403);
    assertThat(
            resident
                .patch("/api/v1/registry/care-tags/" + tagId, Map.of("version", 0, "retired", true))
                .status())
        .isEqualTo(403);
  }
}
