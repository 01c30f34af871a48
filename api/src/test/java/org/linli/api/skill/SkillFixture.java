package org.linli.api.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.SyntheticIds;
import org.linli.testsupport.wechat.FakeWeChatServer;

/** A community with staff and a category, and helpers to post and exchange. */
final class SkillFixture {

  final Sessions sessions;
  final long community;
  final ApiClient staff;
  final long category;

  SkillFixture(Sessions sessions, String prefix) {
    this.sessions = sessions;
    this.community = sessions.newCommunity(prefix);
    String staffName = Sessions.unique("skill-staff");
    sessions.grant(staffName, community, "STAFF");
    this.staff = sessions.as(staffName).inCommunity(community);
    ApiClient.Response c = staff.post("/api/v1/skill-categories", Map.of("name", "维修"));
    assertThat(c.status()).as(c.toString()).isEqualTo(201);
    this.category = c.json().get("id").asLong();
  }

  /** A member with a client acting in the community. */
  record Member(long id, ApiClient api) {}

  Member member(String name) {
    String identity = Sessions.unique(name);
    long id = sessions.join(identity, community);
    return new Member(id, sessions.as(identity).inCommunity(community));
  }

  /**
   * A member bound to a registry resident whose phone is the fake WeChat's number (verified with a
   * household claim).
   */
  Member verifiedMember(String name, String residentName) {
    long building =
        staff.post("/api/v1/registry/buildings", Map.of("name", "7号楼")).json().get("id").asLong();
    long unit =
        staff
            .post("/api/v1/registry/buildings/" + building + "/units", Map.of("name", "2单元"))
            .json()
            .get("id")
            .asLong();
    long room =
        staff
            .post(
                "/api/v1/registry/units/" + unit + "/rooms",
                Map.of("number", "302", "floor", 3, "areaCentiM2", 9000, "areaSource", "REGISTER"))
            .json()
            .get("id")
            .asLong();
    long household =
        staff
            .post("/api/v1/registry/rooms/" + room + "/households", null)
            .json()
            .get("id")
            .asLong();
    Map<String, Object> resident = new HashMap<>();
    resident.put("householdId", household);
    resident.put("name", residentName);
    resident.put("relation", "HEAD");
    resident.put("residenceKind", "OWNER");
    resident.put("idNumber", SyntheticIds.idNumber(LocalDate.of(1980, 3, 3), 41, 2));
    resident.put("phone", FakeWeChatServer.PHONE_NUMBER);
    ApiClient.Response added = staff.post("/api/v1/registry/residents", resident);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    Member m = member(name);
    ApiClient.Response bound =
        m.api()
            .post(
                "/api/v1/me/household-claims",
                Map.of(
                    "building", "7号楼",
                    "unit", "2单元",
                    "room", "302",
                    "name", residentName,
                    "phoneCode", "phone-ok-skill"));
    assertThat(bound.json().get("status").asString()).as(bound.toString()).isEqualTo("BOUND");
    return m;
  }

  static Map<String, Object> post(String kind, long category, String title, Integer price) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("kind", kind);
    b.put("categoryId", category);
    b.put("title", title);
    b.put("description", "周末有空，可以上门帮忙");
    b.put("availability", "周六下午");
    b.put("place", "3号楼");
    if (price != null) {
      b.put("priceMinutes", price);
    }
    return b;
  }

  /** A published post; returns its id. */
  long published(Member author, String kind, String title, Integer price) {
    ApiClient.Response r =
        author.api().post("/api/v1/skill-posts", post(kind, category, title, price));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("status").asString()).isEqualTo("PUBLISHED");
    return r.json().get("id").asLong();
  }

  /** Proposes on a post; returns the exchange id. */
  static long propose(Member who, long post, Integer minutes) {
    Map<String, Object> b = new HashMap<>();
    if (minutes != null) {
      b.put("minutes", minutes);
    }
    ApiClient.Response r = who.api().post("/api/v1/skill-posts/" + post + "/exchanges", b);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  static ApiClient.Response act(Member who, long exchange, String action) {
    return who.api().post("/api/v1/skill-exchanges/" + exchange + "/" + action, null);
  }

  /** The member's balance in minutes. */
  static long balance(Member who) {
    return who.api().get("/api/v1/me/time-bank").json().get("balanceMinutes").asLong();
  }
}
