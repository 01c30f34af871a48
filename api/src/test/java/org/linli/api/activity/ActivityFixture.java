package org.linli.api.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.Sessions;

/** Builds activities for the tests: a community with staff, and activities in given windows. */
final class ActivityFixture {

  final Sessions sessions;
  final long community;
  final ApiClient staff;
  final String staffName;

  ActivityFixture(Sessions sessions, String prefix) {
    this.sessions = sessions;
    this.community = sessions.newCommunity(prefix);
    this.staffName = Sessions.unique("act-staff");
    sessions.grant(staffName, community, "STAFF");
    this.staff = sessions.as(staffName).inCommunity(community);
  }

  /** A member of the community. */
  ApiClient resident(String name) {
    sessions.join(name, community);
    return sessions.as(name).inCommunity(community);
  }

  /** A request body: sign-up open now, the activity tomorrow. */
  static Map<String, Object> body(int capacity, boolean waitlist, int waitlistLimit) {
    Instant now = Instant.now();
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("title", "免费体检");
    b.put("description", "社区卫生服务中心医生上门");
    b.put("kind", "HEALTH");
    b.put("place", "社区服务中心二楼");
    b.put("startsAt", now.plus(Duration.ofDays(1)).toString());
    b.put("endsAt", now.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)).toString());
    b.put("signupOpensAt", now.minus(Duration.ofMinutes(1)).toString());
    b.put("signupClosesAt", now.plus(Duration.ofHours(20)).toString());
    b.put("capacity", capacity);
    b.put("waitlistEnabled", waitlist);
    b.put("waitlistLimit", waitlistLimit);
    return b;
  }

  /** Creates and publishes (as staff) an activity; returns its id. */
  long published(Map<String, Object> body) {
    ApiClient.Response created = staff.post("/api/v1/activities", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    ApiClient.Response published = staff.post("/api/v1/activities/" + id + "/publish", null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return id;
  }

  static ApiClient.Response signUp(
      ApiClient who, long activity, String key, Map<String, Object> body) {
    return who.idempotent(key).post("/api/v1/activities/" + activity + "/signups", body);
  }

  static ApiClient.Response signUp(ApiClient who, long activity) {
    return signUp(who, activity, key(), Map.of());
  }

  static String key() {
    return UUID.randomUUID().toString();
  }
}
