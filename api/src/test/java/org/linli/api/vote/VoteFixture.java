package org.linli.api.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.SyntheticIds;
import org.linli.testsupport.wechat.FakeWeChatServer;
import tools.jackson.databind.JsonNode;

/** A community with a registry of buildings, units, rooms and owners, for votes. */
final class VoteFixture {

  final Sessions sessions;
  final long community;
  final ApiClient staff;
  private int serial;

  VoteFixture(Sessions sessions, String prefix) {
    this.sessions = sessions;
    this.community = sessions.newCommunity(prefix);
    String staffName = Sessions.unique("vote-staff");
    sessions.grant(staffName, community, "STAFF");
    this.staff = sessions.as(staffName).inCommunity(community);
  }

  long building(String name) {
    return id(staff.post("/api/v1/registry/buildings", Map.of("name", name)));
  }

  long unit(long building, String name) {
    return id(
        staff.post("/api/v1/registry/buildings/" + building + "/units", Map.of("name", name)));
  }

  long room(long unit, String number, long areaCentiM2, String source, boolean developerUnsold) {
    Map<String, Object> body = new HashMap<>();
    body.put("number", number);
    body.put("areaCentiM2", areaCentiM2);
    body.put("areaSource", source);
    body.put("developerUnsold", developerUnsold);
    return id(staff.post("/api/v1/registry/units/" + unit + "/rooms", body));
  }

  long household(long room) {
    return id(staff.post("/api/v1/registry/rooms/" + room + "/households", null));
  }

  /** A resident of a household, not owning anything. */
  long resident(long household, String name, LocalDate birth, String relation, String kind) {
    Map<String, Object> r = new HashMap<>();
    r.put("householdId", household);
    r.put("name", name);
    r.put("relation", relation);
    r.put("residenceKind", kind);
    r.put("idNumber", SyntheticIds.idNumber(birth, 100 + ++serial, 3));
    r.put("phone", FakeWeChatServer.PHONE_NUMBER);
    return id(staff.post("/api/v1/registry/residents", r));
  }

  /** A resident living in {@code room} (a household is created for them), owning it. */
  long owner(long room, String name) {
    long household = id(staff.post("/api/v1/registry/rooms/" + room + "/households", null));
    Map<String, Object> r = new HashMap<>();
    r.put("householdId", household);
    r.put("name", name);
    r.put("relation", "HEAD");
    r.put("residenceKind", "OWNER");
    r.put("idNumber", SyntheticIds.idNumber(LocalDate.of(1970, 1, 1), 100 + ++serial, 3));
    r.put("phone", FakeWeChatServer.PHONE_NUMBER);
    long resident = id(staff.post("/api/v1/registry/residents", r));
    addOwner(room, resident);
    return resident;
  }

  void addOwner(long room, long resident) {
    ApiClient.Response r =
        staff.post("/api/v1/registry/rooms/" + room + "/owners", Map.of("residentId", resident));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  /** A member who binds themself to the registry record of {@code name} in the room. */
  ApiClient verified(String building, String unit, String room, String name) {
    String identity = Sessions.unique("owner");
    sessions.join(identity, community);
    ApiClient user = sessions.as(identity).inCommunity(community);
    ApiClient.Response bound =
        user.post(
            "/api/v1/me/household-claims",
            Map.of(
                "building", building,
                "unit", unit,
                "room", room,
                "name", name,
                "phoneCode", "phone-ok-" + identity));
    assertThat(bound.json().get("status").asString()).as(bound.toString()).isEqualTo("BOUND");
    return user;
  }

  /** A plain member of the community. */
  ApiClient member(String name) {
    sessions.join(name, community);
    return sessions.as(name).inCommunity(community);
  }

  static Map<String, Object> vote(
      String profile, String scopeKind, List<Long> scopeIds, Instant opens, Instant closes) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("title", "加装电梯");
    b.put("question", "是否同意在本单元加装电梯并按方案分摊费用？");
    b.put("scopeKind", scopeKind);
    b.put("scopeIds", scopeIds);
    b.put("electorateKind", "OWNERS");
    b.put("profile", profile);
    b.put("noticeDays", 0);
    b.put("opensAt", opens.toString());
    b.put("closesAt", closes.toString());
    return b;
  }

  long createAndPublish(Map<String, Object> body) {
    long id = id(staff.post("/api/v1/votes", body));
    ApiClient.Response published = staff.post("/api/v1/votes/" + id + "/publish", null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return id;
  }

  /** Reads the vote until it has {@code status} (reading advances a due vote). */
  JsonNode awaitStatus(long vote, String status, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      JsonNode v = staff.get("/api/v1/votes/" + vote).json();
      if (v.get("status").asString().equals(status)) {
        return v;
      }
      assertThat(Instant.now()).as("vote " + vote + " still " + v.get("status")).isBefore(deadline);
      Thread.sleep(200);
    }
  }

  static long id(ApiClient.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asLong();
  }
}
