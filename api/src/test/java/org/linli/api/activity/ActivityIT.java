package org.linli.api.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.api.activity.ActivityFixture.body;
import static org.linli.api.activity.ActivityFixture.key;
import static org.linli.api.activity.ActivityFixture.signUp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import tools.jackson.databind.JsonNode;

/** The activity lifecycle, sign-up rules, waitlist promotion, idempotency and isolation. */
class ActivityIT {

  private final ApiClient api = LinliInstance.shared().client();
  private final Sessions sessions = new Sessions(api);

  @Test
  void volunteerPostsNeedApproval_residentsBrowseAndSeeSeatsLeft() {
    ActivityFixture f = new ActivityFixture(sessions, "活动审批");
    String volunteerName = Sessions.unique("volunteer");
    sessions.grant(volunteerName, f.community, "VOLUNTEER");
    ApiClient volunteer = sessions.as(volunteerName).inCommunity(f.community);
    ApiClient resident = f.resident(Sessions.unique("resident"));

    // A resident cannot post an activity.
    assertThat(resident.post("/api/v1/activities", body(10, false, 0)).code())
        .isEqualTo("FORBIDDEN");

    JsonNode draft = volunteer.post("/api/v1/activities", body(10, false, 0)).json();
    long id = draft.get("id").asLong();
    assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
    // Residents do not see drafts.
    assertThat(resident.get("/api/v1/activities/" + id).code()).isEqualTo("ACTIVITY_NOT_FOUND");

    JsonNode submitted = volunteer.post("/api/v1/activities/" + id + "/publish", null).json();
    assertThat(submitted.get("status").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(resident.post("/api/v1/activities/" + id + "/approve", null).code())
        .isEqualTo("FORBIDDEN");
    assertThat(volunteer.post("/api/v1/activities/" + id + "/approve", null).code())
        .isEqualTo("FORBIDDEN");

    JsonNode rejected =
        f.staff.post("/api/v1/activities/" + id + "/reject", Map.of("reason", "请补充地点")).json();
    assertThat(rejected.get("status").asString()).isEqualTo("DRAFT");
    assertThat(rejected.get("statusReason").asString()).isEqualTo("请补充地点");
    volunteer.post("/api/v1/activities/" + id + "/publish", null);
    JsonNode approved = f.staff.post("/api/v1/activities/" + id + "/approve", null).json();
    assertThat(approved.get("status").asString()).isEqualTo("SIGNUP_OPEN");
    // Published activities are not edited any more.
    assertThat(volunteer.put("/api/v1/activities/" + id, body(10, false, 0)).code())
        .isEqualTo("ACTIVITY_NOT_EDITABLE");

    assertThat(signUp(resident, id).status()).isEqualTo(201);
    JsonNode page = resident.get("/api/v1/activities?kind=HEALTH").json();
    JsonNode listed = find(page.get("items"), id);
    assertThat(listed.get("seatsTaken").asInt()).isEqualTo(1);
    assertThat(listed.get("seatsLeft").asInt()).isEqualTo(9);
    JsonNode mine = resident.get("/api/v1/activities/" + id).json().get("mySignup");
    assertThat(mine.get("status").asString()).isEqualTo("CONFIRMED");
    JsonNode mySignups = resident.get("/api/v1/me/activity-signups").json();
    assertThat(mySignups.get("total").asLong()).isEqualTo(1);
    assertThat(mySignups.get("items").get(0).get("activityTitle").asString()).isEqualTo("免费体检");
    assertThat(resident.get("/api/v1/activities?kind=TRIP").json().get("total").asLong()).isZero();

    // The community may let volunteers publish directly.
    assertThat(
            f.staff
                .put(
                    "/api/v1/activity-settings",
                    Map.of(
                        "volunteerActivitiesNeedApproval", false,
                        "noShowLimit", 0,
                        "noShowWindowDays", 90))
                .status())
        .isEqualTo(200);
    long direct = volunteer.post("/api/v1/activities", body(5, false, 0)).json().get("id").asLong();
    assertThat(
            volunteer
                .post("/api/v1/activities/" + direct + "/publish", null)
                .json()
                .get("status")
                .asString())
        .isEqualTo("SIGNUP_OPEN");
    // Volunteers manage their own activities only; staff see all.
    assertThat(volunteer.get("/api/v1/activities?view=manage").json().get("total").asLong())
        .isEqualTo(2);
    assertThat(resident.get("/api/v1/activities?view=manage").code()).isEqualTo("FORBIDDEN");
  }

  @Test
  void invalidActivities_areRefusedWithFieldErrors() {
    ActivityFixture f = new ActivityFixture(sessions, "活动校验");
    Map<String, Object> bad = new java.util.HashMap<>(body(10, false, 0));
    bad.put("endsAt", Instant.now().toString());
    bad.put("audience", "BUILDINGS");
    ApiClient.Response r = f.staff.post("/api/v1/activities", bad);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains("endsAt", "buildingIds");
  }

  @Test
  void signUp_confirmsThenWaitlistsInOrder_thenRefusesWhenFull() {
    ActivityFixture f = new ActivityFixture(sessions, "活动候补");
    long id = f.published(body(2, true, 2));
    List<ApiClient> residents = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      residents.add(f.resident(Sessions.unique("r")));
    }
    List<JsonNode> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ApiClient.Response r = signUp(residents.get(i), id);
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      answers.add(r.json());
    }
    assertThat(answers.get(0).get("status").asString()).isEqualTo("CONFIRMED");
    assertThat(answers.get(1).get("status").asString()).isEqualTo("CONFIRMED");
    assertThat(answers.get(2).get("status").asString()).isEqualTo("WAITLISTED");
    assertThat(answers.get(2).get("position").asInt()).isEqualTo(1);
    assertThat(answers.get(3).get("position").asInt()).isEqualTo(2);
    ApiClient.Response full = signUp(residents.get(4), id);
    assertThat(full.status()).isEqualTo(409);
    assertThat(full.code()).isEqualTo("ACTIVITY_FULL");
    // Without a waitlist, full is full.
    long small = f.published(body(1, false, 0));
    assertThat(signUp(residents.get(0), small).status()).isEqualTo(201);
    assertThat(signUp(residents.get(1), small).code()).isEqualTo("ACTIVITY_FULL");

    // Nobody holds two sign-ups, whatever the key.
    assertThat(signUp(residents.get(0), id).code()).isEqualTo("ALREADY_SIGNED_UP");

    // A confirmed resident cancels: the first waitlisted gets the seat, the second moves up.
    assertThat(residents.get(1).delete("/api/v1/activities/" + id + "/signups/me").status())
        .isEqualTo(204);
    JsonNode promoted = residents.get(2).get("/api/v1/activities/" + id + "/signups/me").json();
    assertThat(promoted.get("status").asString()).isEqualTo("CONFIRMED");
    assertThat(promoted.get("promotedAt").isNull()).isFalse();
    JsonNode second = residents.get(3).get("/api/v1/activities/" + id + "/signups/me").json();
    assertThat(second.get("status").asString()).isEqualTo("WAITLISTED");
    assertThat(second.get("position").asInt()).isEqualTo(1);
    JsonNode activity = f.staff.get("/api/v1/activities/" + id).json();
    assertThat(activity.get("seatsTaken").asInt()).isEqualTo(2);
    assertThat(activity.get("waitlistTaken").asInt()).isEqualTo(1);
    // Cancelled: the resident may sign up again (to the waitlist now).
    assertThat(residents.get(1).get("/api/v1/activities/" + id + "/signups/me").code())
        .isEqualTo("SIGNUP_NOT_FOUND");
    JsonNode again = signUp(residents.get(1), id).json();
    assertThat(again.get("status").asString()).isEqualTo("WAITLISTED");
    assertThat(again.get("position").asInt()).isEqualTo(2);

    // The organiser's list: confirmed first, then the waitlist in order; names masked.
    JsonNode list = f.staff.get("/api/v1/activities/" + id + "/signups").json();
    assertThat(list.get("total").asLong()).isEqualTo(5);
    List<String> statuses = new ArrayList<>();
    list.get("items").forEach(s -> statuses.add(s.get("status").asString()));
    assertThat(statuses)
        .containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED", "CANCELLED");
    // Without a registry name or nickname the list shows a neutral label, never an identifier.
    list.get("items").forEach(s -> assertThat(s.get("name").asString()).startsWith("居民"));
    // Residents cannot read the list.
    assertThat(residents.get(0).get("/api/v1/activities/" + id + "/signups").code())
        .isEqualTo("FORBIDDEN");
    ApiClient.Response csv =
        f.staff
            .accept("text/csv, application/problem+json")
            .get("/api/v1/activities/" + id + "/signups/export");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("姓名", "候补", "已确认");
  }

  @Test
  void seatsPerSignup_andExtraFields_areValidated() {
    ActivityFixture f = new ActivityFixture(sessions, "活动人数");
    Map<String, Object> b = new java.util.HashMap<>(body(5, false, 0));
    b.put("maxSeatsPerSignup", 3);
    b.put(
        "extraFields",
        List.of(Map.of("key", "phone", "label", "联系电话", "required", true, "maxLength", 20)));
    long id = f.published(b);
    ApiClient r = f.resident(Sessions.unique("family"));
    ApiClient.Response tooMany =
        signUp(r, id, key(), Map.of("seats", 4, "extra", Map.of("phone", "1")));
    assertThat(tooMany.code()).isEqualTo("VALIDATION_FAILED");
    ApiClient.Response missing = signUp(r, id, key(), Map.of("seats", 2));
    assertThat(missing.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(missing.json().get("errors").get(0).get("field").asString())
        .isEqualTo("extra.phone");
    ApiClient.Response ok =
        signUp(r, id, key(), Map.of("seats", 3, "extra", Map.of("phone", "13800000000")));
    assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
    assertThat(ok.json().get("seats").asInt()).isEqualTo(3);
    assertThat(f.staff.get("/api/v1/activities/" + id).json().get("seatsLeft").asInt())
        .isEqualTo(2);
    // Three seats do not fit in the two left.
    ApiClient other = f.resident(Sessions.unique("family"));
    assertThat(signUp(other, id, key(), Map.of("seats", 3, "extra", Map.of("phone", "1"))).code())
        .isEqualTo("ACTIVITY_FULL");
    // The organiser sees the answers.
    JsonNode list = f.staff.get("/api/v1/activities/" + id + "/signups").json();
    assertThat(list.get("items").get(0).get("extra").get("phone").asString())
        .isEqualTo("13800000000");
  }

  @Test
  void idempotency_replaysTheFirstAnswer_refusesADifferentBody_andAnswers409WhileInFlight() {
    ActivityFixture f = new ActivityFixture(sessions, "活动幂等");
    long id = f.published(body(1, true, 0));
    ApiClient first = f.resident(Sessions.unique("first"));
    ApiClient second = f.resident(Sessions.unique("second"));
    assertThat(signUp(first, id).status()).isEqualTo(201);

    String k = key();
    ApiClient.Response answer = signUp(second, id, k, Map.of("seats", 1));
    assertThat(answer.json().get("status").asString()).isEqualTo("WAITLISTED");
    // The first resident cancels: the second is promoted; a replay still answers the first answer.
    first.delete("/api/v1/activities/" + id + "/signups/me");
    ApiClient.Response replay = signUp(second, id, k, Map.of("seats", 1));
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.json().get("id").asLong()).isEqualTo(answer.json().get("id").asLong());
    assertThat(replay.json().get("status").asString()).isEqualTo("WAITLISTED");
    assertThat(replay.json().get("position").asInt()).isEqualTo(1);
    ApiClient.Response mismatch = signUp(second, id, k, Map.of("seats", 1, "extra", Map.of()));
    assertThat(mismatch.status()).isEqualTo(201); // an empty map is the same request
    ApiClient.Response different =
        signUp(second, id, k, Map.of("acceptedTemplateIds", List.of("x")));
    assertThat(different.status()).isEqualTo(422);
    assertThat(different.code()).isEqualTo("IDEMPOTENCY_KEY_MISMATCH");

    // A request with the same key still being processed (marked in flight) answers 409.
    ApiClient third = f.resident(Sessions.unique("third"));
    long thirdId = third.get("/api/v1/me").json().get("id").asLong();
    String busy = key();
    org.redisson.api.RBucket<String> marker = inFlightMarker(id, thirdId, busy);
    // The marker holds the request's fingerprint (SHA-256 of its canonical form: one seat).
    marker.set(sha256Hex("1\n"), Duration.ofSeconds(30));
    ApiClient.Response inFlight = signUp(third, id, busy, Map.of());
    assertThat(inFlight.status()).isEqualTo(409);
    assertThat(inFlight.code()).isEqualTo("IDEMPOTENCY_IN_PROGRESS");
    // The same key with another body while in flight is a mismatch.
    assertThat(signUp(third, id, busy, Map.of("seats", 2)).code())
        .isEqualTo("IDEMPOTENCY_KEY_MISMATCH");
    marker.delete();
    assertThat(signUp(third, id, busy, Map.of()).status()).isEqualTo(201);

    // A missing or malformed key is a clear 400.
    assertThat(third.post("/api/v1/activities/" + id + "/signups", Map.of()).code())
        .isEqualTo("VALIDATION_FAILED");
  }

  @Test
  void fullActivity_isRefusedWithoutAMarker_butReplaysAndInFlightRetriesStillAnswerAsTheyShould() {
    ActivityFixture f = new ActivityFixture(sessions, "活动已满");
    long id = f.published(body(1, false, 0));
    ApiClient winner = f.resident(Sessions.unique("winner"));
    String winnerKey = key();
    ApiClient.Response won = signUp(winner, id, winnerKey, Map.of());
    assertThat(won.status()).isEqualTo(201);

    // The winner's retry on the now full activity replays the first answer, not ACTIVITY_FULL.
    ApiClient.Response replay = signUp(winner, id, winnerKey, Map.of());
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.json().get("id").asLong()).isEqualTo(won.json().get("id").asLong());
    // A new request of the winner is refused as a second sign-up, not as full.
    assertThat(signUp(winner, id).code()).isEqualTo("ALREADY_SIGNED_UP");

    ApiClient late = f.resident(Sessions.unique("late"));
    long lateId = late.get("/api/v1/me").json().get("id").asLong();
    String k = key();
    org.redisson.api.RBucket<String> marker = inFlightMarker(id, lateId, k);
    ApiClient.Response full = signUp(late, id, k, Map.of());
    assertThat(full.status()).isEqualTo(409);
    assertThat(full.code()).isEqualTo("ACTIVITY_FULL");
    // Refused from the snapshot: nothing was marked in flight (nor left behind).
    assertThat(marker.isExists()).isFalse();

    // While a request under the same key is in flight, a retry learns so even though it is full.
    marker.set(sha256Hex("1\n"), Duration.ofSeconds(30));
    assertThat(signUp(late, id, k, Map.of()).code()).isEqualTo("IDEMPOTENCY_IN_PROGRESS");
    assertThat(signUp(late, id, k, Map.of("seats", 2)).code())
        .isEqualTo("IDEMPOTENCY_KEY_MISMATCH");
    marker.delete();
    assertThat(signUp(late, id, k, Map.of()).code()).isEqualTo("ACTIVITY_FULL");
    assertThat(f.staff.get("/api/v1/activities/" + id).json().get("seatsLeft").asInt())
        .isEqualTo(0);
  }

  @Test
  void signUpWindow_cancellationDeadline_andEligibility() {
    ActivityFixture f = new ActivityFixture(sessions, "活动窗口");
    ApiClient r = f.resident(Sessions.unique("window"));
    Map<String, Object> later = new java.util.HashMap<>(body(5, false, 0));
    later.put("signupOpensAt", Instant.now().plus(Duration.ofHours(1)).toString());
    long notYet = f.published(later);
    JsonNode shown = r.get("/api/v1/activities/" + notYet).json();
    assertThat(shown.get("status").asString()).isEqualTo("PUBLISHED");
    ApiClient.Response early = signUp(r, notYet);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.code()).isEqualTo("SIGNUP_NOT_OPEN");

    Map<String, Object> deadline = new java.util.HashMap<>(body(5, false, 0));
    deadline.put("cancelDeadline", Instant.now().plus(Duration.ofSeconds(2)).toString());
    long strict = f.published(deadline);
    assertThat(signUp(r, strict).status()).isEqualTo(201);
    sleep(2500);
    ApiClient.Response late = r.delete("/api/v1/activities/" + strict + "/signups/me");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("CANCEL_DEADLINE_PASSED");

    Map<String, Object> verifiedOnly = new java.util.HashMap<>(body(5, false, 0));
    verifiedOnly.put("audience", "VERIFIED");
    long verified = f.published(verifiedOnly);
    ApiClient.Response refused = signUp(r, verified);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("ACTIVITY_NOT_ELIGIBLE");
    Map<String, Object> seniors = new java.util.HashMap<>(body(5, false, 0));
    seniors.put("minAge", 60);
    assertThat(signUp(r, f.published(seniors)).code()).isEqualTo("ACTIVITY_NOT_ELIGIBLE");
  }

  @Test
  void communities_areIsolated_andResidentsCannotManage() {
    ActivityFixture a = new ActivityFixture(sessions, "活动甲");
    ActivityFixture b = new ActivityFixture(sessions, "活动乙");
    long id = a.published(body(5, false, 0));
    ApiClient outsider = b.resident(Sessions.unique("outsider"));
    assertThat(outsider.get("/api/v1/activities/" + id).code()).isEqualTo("ACTIVITY_NOT_FOUND");
    assertThat(signUp(outsider, id).code()).isEqualTo("ACTIVITY_NOT_FOUND");
    assertThat(outsider.get("/api/v1/activities").json().get("items").toString())
        .doesNotContain("\"id\":" + id + ",");
    assertThat(b.staff.get("/api/v1/activities/" + id + "/signups").code())
        .isEqualTo("ACTIVITY_NOT_FOUND");
    assertThat(b.staff.post("/api/v1/activities/" + id + "/cancel", Map.of("reason", "x")).code())
        .isEqualTo("ACTIVITY_NOT_FOUND");
    // Acting in a community one does not belong to is refused outright.
    assertThat(outsider.inCommunity(a.community).get("/api/v1/activities/" + id).status())
        .isEqualTo(404);

    ApiClient resident = a.resident(Sessions.unique("plain"));
    assertThat(resident.post("/api/v1/activities/" + id + "/cancel", Map.of("reason", "x")).code())
        .isEqualTo("FORBIDDEN");
    assertThat(resident.post("/api/v1/activities/" + id + "/finish", null).code())
        .isEqualTo("FORBIDDEN");
    assertThat(resident.get("/api/v1/activities/" + id + "/checkin-code").code())
        .isEqualTo("FORBIDDEN");
    assertThat(
            resident
                .put(
                    "/api/v1/activity-settings",
                    Map.of(
                        "volunteerActivitiesNeedApproval", false,
                        "noShowLimit", 0,
                        "noShowWindowDays", 90))
                .code())
        .isEqualTo("FORBIDDEN");
    assertThat(
            resident
                .accept("text/csv, application/problem+json")
                .get("/api/v1/volunteer-hours/export")
                .code())
        .isEqualTo("FORBIDDEN");
  }

  static JsonNode find(JsonNode items, long id) {
    for (JsonNode item : items) {
      if (item.get("id").asLong() == id) {
        return item;
      }
    }
    throw new AssertionError("activity " + id + " not listed in " + items);
  }

  /** The service's in-flight marker of a sign-up request (Redis), as the test sees it. */
  private static org.redisson.api.RBucket<String> inFlightMarker(
      long activity, long user, String key) {
    return LinliInstance.shared()
        .context()
        .getBean(org.redisson.api.RedissonClient.class)
        .getBucket(
            org.linli.testsupport.infra.TestInfrastructure.get().redisKeyPrefix()
                + ":signup:inflight:"
                + activity
                + ":"
                + user
                + ":"
                + key,
            org.redisson.client.codec.StringCodec.INSTANCE);
  }

  static String sha256Hex(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
