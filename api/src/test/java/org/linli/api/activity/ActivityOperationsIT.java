package org.linli.api.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.api.activity.ActivityFixture.body;
import static org.linli.api.activity.ActivityFixture.key;
import static org.linli.api.activity.ActivityFixture.signUp;
import static org.linli.api.activity.ActivityIT.sleep;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.wechat.FakeWeChatServer;
import tools.jackson.databind.JsonNode;

/** Concurrency, check-in, subscribe messages, no-shows and volunteer hours. */
class ActivityOperationsIT {

  private final ApiClient api = LinliInstance.shared().client();
  private final FakeWeChatServer weChat = LinliInstance.sharedWeChat();
  private final Sessions sessions = new Sessions(api);

  @Test
  void hundredsOfParallelSignUps_neverOversell_norDuplicate_andWaitlistPositionsAreExact()
      throws Exception {
    ActivityFixture f = new ActivityFixture(sessions, "活动抢报");
    long id = f.published(body(30, true, 40));
    int residents = 120;
    List<ApiClient> clients = new ArrayList<>();
    for (int i = 0; i < residents; i++) {
      clients.add(f.resident(Sessions.unique("rush")));
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < residents; i++) {
      keys.add(key());
    }
    ExecutorService pool = Executors.newFixedThreadPool(48);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiClient.Response>> futures = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    // Every resident once, and 30 of them retry at the same moment with the same key.
    for (int i = 0; i < residents + 30; i++) {
      int who = i < residents ? i : (i - residents) * 4;
      owners.add(who);
      ApiClient c = clients.get(who);
      String k = keys.get(who);
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return signUp(c, id, k, Map.of());
              }));
    }
    start.countDown();
    Map<Integer, List<ApiClient.Response>> byResident = new ConcurrentHashMap<>();
    for (int i = 0; i < futures.size(); i++) {
      byResident
          .computeIfAbsent(owners.get(i), k -> new ArrayList<>())
          .add(futures.get(i).get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    int confirmed = 0;
    int waitlisted = 0;
    int full = 0;
    Set<Integer> positions = new HashSet<>();
    for (Map.Entry<Integer, List<ApiClient.Response>> e : byResident.entrySet()) {
      Set<Long> ids = new HashSet<>();
      String status = null;
      for (ApiClient.Response r : e.getValue()) {
        assertThat(r.status()).as(r.toString()).isIn(201, 409);
        if (r.status() == 201) {
          ids.add(r.json().get("id").asLong());
          status = r.json().get("status").asString();
          if (status.equals("WAITLISTED")) {
            positions.add(r.json().get("position").asInt());
          }
        } else {
          assertThat(r.code()).isIn("ACTIVITY_FULL", "IDEMPOTENCY_IN_PROGRESS");
        }
      }
      // A retry answers the same sign-up, never a second one.
      assertThat(ids).hasSizeLessThanOrEqualTo(1);
      if ("CONFIRMED".equals(status)) {
        confirmed++;
      } else if ("WAITLISTED".equals(status)) {
        waitlisted++;
      } else {
        full++;
      }
    }
    assertThat(confirmed).isEqualTo(30);
    assertThat(waitlisted).isEqualTo(40);
    assertThat(full).isEqualTo(residents - 70);
    assertThat(positions).hasSize(40);
    assertThat(positions).allMatch(p -> p >= 1 && p <= 40);

    JsonNode activity = f.staff.get("/api/v1/activities/" + id).json();
    assertThat(activity.get("seatsTaken").asInt()).isEqualTo(30);
    assertThat(activity.get("waitlistTaken").asInt()).isEqualTo(40);
    JsonNode list = f.staff.get("/api/v1/activities/" + id + "/signups?size=200").json();
    assertThat(list.get("total").asLong()).isEqualTo(70);
    Set<Long> users = new HashSet<>();
    list.get("items").forEach(s -> users.add(s.get("userId").asLong()));
    assertThat(users).hasSize(70);
    // Reconcile recounts from the sign-ups and agrees.
    JsonNode recounted = f.staff.post("/api/v1/activities/" + id + "/reconcile", null).json();
    assertThat(recounted.get("seatsTaken").asInt()).isEqualTo(30);
    assertThat(recounted.get("waitlistTaken").asInt()).isEqualTo(40);
  }

  @Test
  void aDoubleTappedCancellation_givesTheSeatBackOnce_andPromotesOnce() throws Exception {
    ActivityFixture f = new ActivityFixture(sessions, "活动双击");
    long id = f.published(body(2, true, 0));
    List<ApiClient> residents = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      residents.add(f.resident(Sessions.unique("tap")));
      assertThat(signUp(residents.get(i), id).status()).isEqualTo(201);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiClient.Response>> taps = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      taps.add(
          pool.submit(
              () -> {
                start.await();
                return residents.get(0).delete("/api/v1/activities/" + id + "/signups/me");
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<ApiClient.Response> t : taps) {
      statuses.add(t.get(30, TimeUnit.SECONDS).status());
    }
    pool.shutdown();
    assertThat(statuses).containsOnlyOnce(204);
    assertThat(statuses).containsOnly(204, 404);
    JsonNode activity = f.staff.get("/api/v1/activities/" + id).json();
    assertThat(activity.get("seatsTaken").asInt()).isEqualTo(2);
    assertThat(activity.get("waitlistTaken").asInt()).isEqualTo(1);
    assertThat(
            residents
                .get(2)
                .get("/api/v1/activities/" + id + "/signups/me")
                .json()
                .get("status")
                .asString())
        .isEqualTo("CONFIRMED");
    assertThat(
            residents
                .get(3)
                .get("/api/v1/activities/" + id + "/signups/me")
                .json()
                .get("position")
                .asInt())
        .isEqualTo(1);
    // A new resident cannot jump the waitlist.
    ApiClient late = f.resident(Sessions.unique("tap"));
    assertThat(signUp(late, id).json().get("position").asInt()).isEqualTo(2);
  }

  @Test
  void checkIn_withTheRotatingCode_onceOnly_andExpiredOrWrongCodesAreRefused() {
    ActivityFixture f = new ActivityFixture(sessions, "活动签到");
    long id = f.published(soon(Duration.ofMinutes(10), 5));
    ApiClient alice = f.resident(Sessions.unique("checkin"));
    ApiClient bob = f.resident(Sessions.unique("checkin"));
    assertThat(signUp(alice, id).status()).isEqualTo(201);
    JsonNode bobSignup = signUp(bob, id).json();

    JsonNode code = f.staff.get("/api/v1/activities/" + id + "/checkin-code").json();
    assertThat(code.get("code").asString()).matches("[0-9]{6}");
    String wrong = code.get("code").asString().equals("000000") ? "000001" : "000000";
    ApiClient.Response bad =
        alice.post("/api/v1/activities/" + id + "/checkins", Map.of("code", wrong));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.code()).isEqualTo("CHECKIN_CODE_INVALID");
    ApiClient.Response ok =
        alice.post(
            "/api/v1/activities/" + id + "/checkins", Map.of("code", code.get("code").asString()));
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    assertThat(ok.json().get("checkedInAt").isNull()).isFalse();
    ApiClient.Response twice =
        alice.post(
            "/api/v1/activities/" + id + "/checkins", Map.of("code", code.get("code").asString()));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.code()).isEqualTo("ALREADY_CHECKED_IN");
    // Someone not signed up cannot check in with a valid code.
    ApiClient carol = f.resident(Sessions.unique("checkin"));
    assertThat(
            carol
                .post(
                    "/api/v1/activities/" + id + "/checkins",
                    Map.of("code", code.get("payload").asString()))
                .code())
        .isEqualTo("SIGNUP_NOT_FOUND");

    // The QR payload expires with its period (2 s in tests, accepted for two periods).
    String oldPayload = code.get("payload").asString();
    sleep(
        Duration.between(Instant.now(), Instant.parse(code.get("expiresAt").asString())).toMillis()
            + 300);
    ApiClient.Response expired =
        bob.post("/api/v1/activities/" + id + "/checkins", Map.of("code", oldPayload));
    assertThat(expired.status()).isEqualTo(422);
    assertThat(expired.code()).isEqualTo("CHECKIN_CODE_INVALID");
    // A forged payload (other activity id in a valid-looking payload) is refused too.
    assertThat(
            bob.post(
                    "/api/v1/activities/" + id + "/checkins",
                    Map.of("code", oldPayload.replace("LL1." + id, "LL1." + (id + 1))))
                .code())
        .isEqualTo("CHECKIN_CODE_INVALID");

    // The organiser checks Bob in from the list.
    JsonNode marked =
        f.staff
            .put(
                "/api/v1/activities/"
                    + id
                    + "/signups/"
                    + bobSignup.get("id").asLong()
                    + "/attendance",
                Map.of("attended", true))
            .json();
    assertThat(marked.get("checkedInAt").isNull()).isFalse();
  }

  @Test
  void noShows_areCountedWhenFinished_andACommunityMayPauseRepeatedNoShows() {
    ActivityFixture f = new ActivityFixture(sessions, "活动爽约");
    f.staff.put(
        "/api/v1/activity-settings",
        Map.of("volunteerActivitiesNeedApproval", true, "noShowLimit", 1, "noShowWindowDays", 30));
    long first = f.published(soon(Duration.ofSeconds(2), 5));
    ApiClient absent = f.resident(Sessions.unique("absent"));
    ApiClient present = f.resident(Sessions.unique("present"));
    assertThat(signUp(absent, first).status()).isEqualTo(201);
    JsonNode p = signUp(present, first).json();
    assertThat(f.staff.post("/api/v1/activities/" + first + "/finish", null).code())
        .isEqualTo("ACTIVITY_NOT_STARTED");
    sleep(2200);
    f.staff.put(
        "/api/v1/activities/" + first + "/signups/" + p.get("id").asLong() + "/attendance",
        Map.of("attended", true));
    JsonNode finished = f.staff.post("/api/v1/activities/" + first + "/finish", null).json();
    assertThat(finished.get("status").asString()).isEqualTo("FINISHED");
    JsonNode list = f.staff.get("/api/v1/activities/" + first + "/signups").json();
    for (JsonNode s : list.get("items")) {
      boolean checkedIn = s.has("checkedInAt") && !s.get("checkedInAt").isNull();
      assertThat(s.get("noShow").asBoolean()).isEqualTo(!checkedIn);
    }
    long next = f.published(body(5, false, 0));
    ApiClient.Response paused = signUp(absent, next);
    assertThat(paused.status()).isEqualTo(403);
    assertThat(paused.code()).isEqualTo("SIGNUP_BLOCKED_NO_SHOWS");
    assertThat(signUp(present, next).status()).isEqualTo(201);
  }

  @Test
  void volunteerHours_areCreditedOnce_listedForTheVolunteer_andExported() {
    ActivityFixture f = new ActivityFixture(sessions, "活动时长");
    String helperName = Sessions.unique("helper");
    long helperId = sessions.grant(helperName, f.community, "VOLUNTEER");
    ApiClient helper = sessions.as(helperName).inCommunity(f.community);
    long outsiderId = sessions.join(Sessions.unique("outsider"), sessions.newCommunity("别的社区"));
    long notStarted = f.published(body(5, false, 0));
    assertThat(
            f.staff
                .post(
                    "/api/v1/activities/" + notStarted + "/volunteer-hours",
                    Map.of("entries", List.of(Map.of("userId", helperId, "minutes", 60))))
                .code())
        .isEqualTo("ACTIVITY_NOT_STARTED");
    long id = f.published(soon(Duration.ofSeconds(1), 5));
    sleep(1200);
    ApiClient.Response notMember =
        f.staff.post(
            "/api/v1/activities/" + id + "/volunteer-hours",
            Map.of("entries", List.of(Map.of("userId", outsiderId, "minutes", 60))));
    assertThat(notMember.code()).isEqualTo("VALIDATION_FAILED");
    // Only volunteers (or staff) get hours.
    long plainId = sessions.join(Sessions.unique("plain"), f.community);
    ApiClient.Response plain =
        f.staff.post(
            "/api/v1/activities/" + id + "/volunteer-hours",
            Map.of("entries", List.of(Map.of("userId", plainId, "minutes", 60))));
    assertThat(plain.json().get("errors").get(0).get("code").asString())
        .isEqualTo("NOT_A_VOLUNTEER");
    ApiClient.Response recorded =
        f.staff.post(
            "/api/v1/activities/" + id + "/volunteer-hours",
            Map.of("entries", List.of(Map.of("userId", helperId, "minutes", 150)), "note", "布置场地"));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(recorded.json().get("totalMinutes").asLong()).isEqualTo(150);
    ApiClient.Response again =
        f.staff.post(
            "/api/v1/activities/" + id + "/volunteer-hours",
            Map.of("entries", List.of(Map.of("userId", helperId, "minutes", 30))));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("HOURS_ALREADY_RECORDED");

    JsonNode mine = helper.get("/api/v1/me/volunteer-hours").json();
    assertThat(mine.get("totalMinutes").asLong()).isEqualTo(150);
    assertThat(mine.get("items").get(0).get("activityTitle").asString()).isEqualTo("免费体检");
    ApiClient.Response csv =
        f.staff
            .accept("text/csv, application/problem+json")
            .get("/api/v1/volunteer-hours/export?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("免费体检", "150", "2.50", "居民" + helperId % 10000);
    // A volunteer (not staff) may not export the community's statement.
    assertThat(
            helper
                .accept("text/csv, application/problem+json")
                .get("/api/v1/volunteer-hours/export")
                .code())
        .isEqualTo("FORBIDDEN");
  }

  @Test
  void promotion_cancellation_andReminder_messagesGoOnceToThoseWhoConsented_and43101StopsRetries() {
    ActivityFixture f = new ActivityFixture(sessions, "活动通知");
    long id = f.published(soon(Duration.ofMinutes(30), 1));
    String annaName = Sessions.unique("anna");
    String benName = Sessions.unique("ben");
    String chenName = Sessions.unique("chen");
    ApiClient anna = f.resident(annaName);
    ApiClient ben = f.resident(benName);
    ApiClient chen = f.resident(chenName);
    weChat.refuseSubscribeMessagesTo(FakeWeChatServer.openidFor(chenName));
    List<String> all =
        List.of(
            LinliInstance.ACTIVITY_REMINDER_TEMPLATE,
            LinliInstance.ACTIVITY_PROMOTED_TEMPLATE,
            LinliInstance.ACTIVITY_CANCELLED_TEMPLATE);
    assertThat(signUp(anna, id, key(), Map.of("acceptedTemplateIds", all)).status()).isEqualTo(201);
    assertThat(
            signUp(ben, id, key(), Map.of("acceptedTemplateIds", all))
                .json()
                .get("status")
                .asString())
        .isEqualTo("WAITLISTED");

    // Anna is reminded once (the activity starts within the lead time), however many rounds run.
    String annaOpenid = FakeWeChatServer.openidFor(annaName);
    awaitMessages(annaOpenid, LinliInstance.ACTIVITY_REMINDER_TEMPLATE, 1);
    // Anna cancels: Ben is promoted and told so, and later reminded as a confirmed participant.
    assertThat(anna.delete("/api/v1/activities/" + id + "/signups/me").status()).isEqualTo(204);
    String benOpenid = FakeWeChatServer.openidFor(benName);
    awaitMessages(benOpenid, LinliInstance.ACTIVITY_PROMOTED_TEMPLATE, 1);
    awaitMessages(benOpenid, LinliInstance.ACTIVITY_REMINDER_TEMPLATE, 1);

    // Chen turned the messages off in WeChat: 43101 is answered once and never retried.
    assertThat(
            signUp(chen, id, key(), Map.of("acceptedTemplateIds", all))
                .json()
                .get("status")
                .asString())
        .isEqualTo("WAITLISTED");
    // The activity is cancelled: Ben and Chen are told; Chen's message meets 43101.
    f.staff.post("/api/v1/activities/" + id + "/cancel", Map.of("reason", "天气原因"));
    awaitMessages(benOpenid, LinliInstance.ACTIVITY_CANCELLED_TEMPLATE, 1);
    await(
        () ->
            weChat.refusedSubscribeMessages().stream()
                    .filter(m -> m.contains(FakeWeChatServer.openidFor(chenName)))
                    .count()
                == 1);
    sleep(1500); // several more dispatch and reminder rounds
    assertThat(count(annaOpenid, LinliInstance.ACTIVITY_REMINDER_TEMPLATE)).isEqualTo(1);
    assertThat(count(benOpenid, LinliInstance.ACTIVITY_REMINDER_TEMPLATE)).isEqualTo(1);
    assertThat(count(benOpenid, LinliInstance.ACTIVITY_CANCELLED_TEMPLATE)).isEqualTo(1);
    assertThat(
            weChat.refusedSubscribeMessages().stream()
                .filter(m -> m.contains(FakeWeChatServer.openidFor(chenName)))
                .count())
        .isEqualTo(1);
    // Chen's remaining consent for that template is dropped after 43101.
    JsonNode subs = chen.get("/api/v1/me/subscriptions").json().get("items");
    boolean seen = false;
    for (JsonNode sub : subs) {
      if (sub.get("templateId").asString().equals(LinliInstance.ACTIVITY_CANCELLED_TEMPLATE)) {
        assertThat(sub.get("credits").asInt()).isZero();
        seen = true;
      }
    }
    assertThat(seen).isTrue();
    // Residents see the cancellation and its reason.
    JsonNode cancelled = anna.get("/api/v1/activities/" + id).json();
    assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.get("statusReason").asString()).isEqualTo("天气原因");
  }

  @Test
  void withTwoInstancesRunningTheJobs_eachReminderIsSentOnce() {
    // A second instance on the same database, Redis prefix and WeChat: both queue and dispatch.
    LinliInstance second =
        LinliInstance.start(
            weChat,
            org.linli.testsupport.infra.TestInfrastructure.get().redisKeyPrefix(),
            Map.of());
    try {
      ActivityFixture f = new ActivityFixture(sessions, "活动双实例");
      long id = f.published(soon(Duration.ofMinutes(30), 20));
      List<String> openids = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String name = Sessions.unique("twice");
        ApiClient r = f.resident(name);
        assertThat(
                signUp(
                        r,
                        id,
                        key(),
                        Map.of(
                            "acceptedTemplateIds",
                            List.of(LinliInstance.ACTIVITY_REMINDER_TEMPLATE)))
                    .status())
            .isEqualTo(201);
        openids.add(FakeWeChatServer.openidFor(name));
      }
      for (String openid : openids) {
        awaitMessages(openid, LinliInstance.ACTIVITY_REMINDER_TEMPLATE, 1);
      }
      sleep(1500); // many more rounds on both instances
      for (String openid : openids) {
        assertThat(count(openid, LinliInstance.ACTIVITY_REMINDER_TEMPLATE)).isEqualTo(1);
      }
    } finally {
      second.close();
    }
  }

  /** An activity starting after {@code in}, sign-up open now. */
  static Map<String, Object> soon(Duration in, int capacity) {
    Instant now = Instant.now();
    Map<String, Object> b = new HashMap<>(body(capacity, true, 0));
    b.put("startsAt", now.plus(in).toString());
    b.put("endsAt", now.plus(in).plus(Duration.ofHours(2)).toString());
    b.put("signupClosesAt", now.plus(in).plus(Duration.ofHours(1)).toString());
    b.put("cancelDeadline", now.plus(in).toString());
    return b;
  }

  private long count(String openid, String template) {
    return weChat.sentSubscribeMessages().stream()
        .filter(m -> m.contains(openid) && m.contains(template))
        .count();
  }

  private void awaitMessages(String openid, String template, long n) {
    await(() -> count(openid, template) >= n);
    assertThat(count(openid, template)).isEqualTo(n);
  }

  private static void await(Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 15 s");
      }
      sleep(100);
    }
  }
}
