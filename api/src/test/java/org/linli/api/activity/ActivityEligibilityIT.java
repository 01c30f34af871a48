package org.linli.api.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.api.activity.ActivityFixture.body;
import static org.linli.api.activity.ActivityFixture.signUp;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.SyntheticIds;
import org.linli.testsupport.wechat.FakeWeChatServer;

/** Eligibility from the registry: verified residents, chosen buildings, age ranges. */
class ActivityEligibilityIT {

  private final Sessions sessions = new Sessions(LinliInstance.shared().client());

  @Test
  void aVerifiedResidentOfTheChosenBuildingAndAge_maySignUp_othersMayNot() {
    ActivityFixture f = new ActivityFixture(sessions, "活动资格");
    ApiClient staff = f.staff;
    long building =
        staff.post("/api/v1/registry/buildings", Map.of("name", "5号楼")).json().get("id").asLong();
    long otherBuilding =
        staff.post("/api/v1/registry/buildings", Map.of("name", "6号楼")).json().get("id").asLong();
    long unit =
        staff
            .post("/api/v1/registry/buildings/" + building + "/units", Map.of("name", "1单元"))
            .json()
            .get("id")
            .asLong();
    long room =
        staff
            .post(
                "/api/v1/registry/units/" + unit + "/rooms",
                Map.of("number", "101", "floor", 1, "areaCentiM2", 8950, "areaSource", "REGISTER"))
            .json()
            .get("id")
            .asLong();
    long household =
        staff
            .post("/api/v1/registry/rooms/" + room + "/households", null)
            .json()
            .get("id")
            .asLong();
    // A resident born in 1950 with the phone the fake WeChat returns, bound through a claim.
    Map<String, Object> resident = new HashMap<>();
    resident.put("householdId", household);
    resident.put("name", "王秀英");
    resident.put("relation", "HEAD");
    resident.put("residenceKind", "OWNER");
    resident.put("idNumber", SyntheticIds.idNumber(LocalDate.of(1950, 5, 5), 77, 4));
    resident.put("phone", FakeWeChatServer.PHONE_NUMBER);
    ApiClient.Response added = staff.post("/api/v1/registry/residents", resident);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    ApiClient senior = f.resident(Sessions.unique("senior"));
    ApiClient.Response bound =
        senior.post(
            "/api/v1/me/household-claims",
            Map.of(
                "building", "5号楼",
                "unit", "1单元",
                "room", "101",
                "name", "王秀英",
                "phoneCode", "phone-ok-elig"));
    assertThat(bound.json().get("status").asString()).as(bound.toString()).isEqualTo("BOUND");
    ApiClient unverified = f.resident(Sessions.unique("unverified"));

    Map<String, Object> seniorsOfFive = new HashMap<>(body(5, false, 0));
    seniorsOfFive.put("audience", "BUILDINGS");
    seniorsOfFive.put("buildingIds", List.of(building));
    seniorsOfFive.put("minAge", 60);
    long id = f.published(seniorsOfFive);
    assertThat(signUp(unverified, id).code()).isEqualTo("ACTIVITY_NOT_ELIGIBLE");
    ApiClient.Response ok = signUp(senior, id);
    assertThat(ok.status()).as(ok.toString()).isEqualTo(201);

    Map<String, Object> sixOnly = new HashMap<>(body(5, false, 0));
    sixOnly.put("audience", "BUILDINGS");
    sixOnly.put("buildingIds", List.of(otherBuilding));
    assertThat(signUp(senior, f.published(sixOnly)).code()).isEqualTo("ACTIVITY_NOT_ELIGIBLE");

    Map<String, Object> children = new HashMap<>(body(5, false, 0));
    children.put("audience", "VERIFIED");
    children.put("maxAge", 12);
    assertThat(signUp(senior, f.published(children)).code()).isEqualTo("ACTIVITY_NOT_ELIGIBLE");

    Map<String, Object> verified = new HashMap<>(body(5, false, 0));
    verified.put("audience", "VERIFIED");
    assertThat(signUp(senior, f.published(verified)).status()).isEqualTo(201);
    // A building of another community is not a choice.
    Map<String, Object> foreign = new HashMap<>(body(5, false, 0));
    foreign.put("audience", "BUILDINGS");
    foreign.put("buildingIds", List.of(building + 100_000));
    assertThat(staff.post("/api/v1/activities", foreign).json().get("errors").toString())
        .contains("UNKNOWN_BUILDING");
  }
}
