package org.linli.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.wechat.FakeWeChatServer;

/**
 * A community with staff and a registry: buildings, units, rooms, households, and residents bound
 * to users through a household claim (the way residents get verified).
 */
final class SurveyRegistryFixture {

  final Sessions sessions;
  final long community;
  final ApiClient staff;

  SurveyRegistryFixture(Sessions sessions, String prefix) {
    this.sessions = sessions;
    this.community = sessions.newCommunity(prefix);
    String staffName = Sessions.unique("survey-reg-staff");
    sessions.grant(staffName, community, "STAFF");
    this.staff = sessions.as(staffName).inCommunity(community);
  }

  /** A room in a new or existing building and unit. */
  record Place(
      String building, long buildingId, String unit, long unitId, String room, long roomId) {}

  private final Map<String, Long> buildings = new HashMap<>();
  private final Map<String, Long> units = new HashMap<>();

  Place room(String building, String unit, String number) {
    long b =
        buildings.computeIfAbsent(
            building,
            n -> {
              ApiClient.Response r = staff.post("/api/v1/registry/buildings", Map.of("name", n));
              assertThat(r.status()).as(r.toString()).isEqualTo(201);
              return r.json().get("id").asLong();
            });
    long u =
        units.computeIfAbsent(
            building + "/" + unit,
            k -> {
              ApiClient.Response r =
                  staff.post("/api/v1/registry/buildings/" + b + "/units", Map.of("name", unit));
              assertThat(r.status()).as(r.toString()).isEqualTo(201);
              return r.json().get("id").asLong();
            });
    ApiClient.Response r =
        staff.post(
            "/api/v1/registry/units/" + u + "/rooms",
            Map.of("number", number, "floor", 1, "areaCentiM2", 9000, "areaSource", "REGISTER"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return new Place(building, b, unit, u, number, r.json().get("id").asLong());
  }

  long household(Place place) {
    ApiClient.Response r =
        staff.post("/api/v1/registry/rooms/" + place.roomId() + "/households", null);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** A registered resident of the household with the fake WeChat phone; returns the resident id. */
  long registered(long household, String name, LocalDate birthDate, String residenceKind) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("householdId", household);
    body.put("name", name);
    body.put("relation", "OTHER");
    body.put("residenceKind", residenceKind);
    body.put("birthDate", birthDate.toString());
    body.put("phone", FakeWeChatServer.PHONE_NUMBER);
    ApiClient.Response r = staff.post("/api/v1/registry/residents", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** A member of the community who claims the registered resident {@code name} of the place. */
  ApiClient bound(Place place, String name) {
    ApiClient user = member();
    ApiClient.Response claim =
        user.post(
            "/api/v1/me/household-claims",
            Map.of(
                "building", place.building(),
                "unit", place.unit(),
                "room", place.room(),
                "name", name,
                "phoneCode", "phone-ok-" + Sessions.unique("survey")));
    assertThat(claim.json().get("status").asString()).as(claim.toString()).isEqualTo("BOUND");
    return user;
  }

  /** A new household in a new room of the place's unit with one bound resident. */
  ApiClient boundResident(
      String building, String unit, String room, LocalDate birthDate, String residenceKind) {
    Place place = room(building, unit, room);
    String name = "居民" + room;
    registered(household(place), name, birthDate, residenceKind);
    return bound(place, name);
  }

  /** A member of the community the registry does not know. */
  ApiClient member() {
    String name = Sessions.unique("survey-member");
    sessions.join(name, community);
    return sessions.as(name).inCommunity(community);
  }

  void owns(Place place, long residentId) {
    ApiClient.Response r =
        staff.post(
            "/api/v1/registry/rooms/" + place.roomId() + "/owners",
            Map.of("residentId", residentId));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  long buildingId(String name) {
    return buildings.get(name);
  }

  long unitId(String building, String unit) {
    return units.get(building + "/" + unit);
  }

  /** A survey of one required choice question q1 (good / bad), created and opened by staff. */
  long openSurvey(String anonymity, String audience, Map<String, Object> extra) {
    Map<String, Object> body = surveyBody(anonymity, audience);
    body.putAll(extra);
    ApiClient.Response created = staff.post("/api/v1/surveys", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    ApiClient.Response opened = staff.post("/api/v1/surveys/" + id + "/open", null);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    return id;
  }

  static Map<String, Object> surveyBody(String anonymity, String audience) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "加装电梯意见征询");
    body.put("anonymity", anonymity);
    body.put("audience", audience);
    body.put(
        "questions",
        List.of(
            Map.of(
                "id",
                "q1",
                "type",
                "SINGLE_CHOICE",
                "title",
                "您是否同意",
                "required",
                true,
                "options",
                List.of(Map.of("id", "yes", "label", "同意"), Map.of("id", "no", "label", "不同意")))));
    return body;
  }

  static ApiClient.Response answer(ApiClient who, long survey, String option) {
    return who.post(
        "/api/v1/surveys/" + survey + "/responses",
        Map.of("answers", Map.of("q1", Map.of("optionId", option))));
  }
}
