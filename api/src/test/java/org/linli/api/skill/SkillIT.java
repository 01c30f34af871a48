package org.linli.api.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.api.skill.SkillFixture.act;
import static org.linli.api.skill.SkillFixture.balance;
import static org.linli.api.skill.SkillFixture.post;
import static org.linli.api.skill.SkillFixture.propose;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.api.skill.SkillFixture.Member;
import org.linli.service.skill.ExchangeCompletion;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.wechat.FakeWeChatServer;
import tools.jackson.databind.JsonNode;

/** Skill posts, the exchange state machine, hours through the time bank, contact and isolation. */
class SkillIT {

  private static final FakeWeChatServer WECHAT = LinliInstance.sharedWeChat();
  private final Sessions sessions = new Sessions(LinliInstance.shared().client());

  @AfterEach
  void resetWeChat() {
    WECHAT.setDown(false);
  }

  @Test
  void posts_passContentSafety_reviewAndOutageHold_riskyAndContactDetailsAreRefused() {
    SkillFixture f = new SkillFixture(sessions, "技能审核");
    Member author = f.member("author");
    Member neighbour = f.member("neighbour");

    long passed = f.published(author, "OFFER", "修自行车", 30);
    assertThat(
            neighbour
                .api()
                .get("/api/v1/skill-posts/" + passed)
                .json()
                .get("authorName")
                .asString())
        .startsWith("居民");

    ApiClient.Response review =
        author.api().post("/api/v1/skill-posts", post("REQUEST", f.category, "待审 遛狗", null));
    assertThat(review.status()).isEqualTo(201);
    assertThat(review.json().get("status").asString()).isEqualTo("HELD");
    long held = review.json().get("id").asLong();
    assertThat(neighbour.api().get("/api/v1/skill-posts/" + held).code())
        .isEqualTo("SKILL_POST_NOT_FOUND");
    assertThat(author.api().get("/api/v1/skill-posts/" + held).json().get("mine").asBoolean())
        .isTrue();

    WECHAT.setDown(true);
    ApiClient.Response down =
        author.api().post("/api/v1/skill-posts", post("OFFER", f.category, "教做饭", null));
    WECHAT.setDown(false);
    assertThat(down.status()).isEqualTo(201);
    assertThat(down.json().get("status").asString()).isEqualTo("HELD");

    ApiClient.Response risky =
        author.api().post("/api/v1/skill-posts", post("OFFER", f.category, "违禁 物品", null));
    assertThat(risky.status()).isEqualTo(422);
    assertThat(risky.code()).isEqualTo("CONTENT_REJECTED");

    Map<String, Object> withPhone = post("OFFER", f.category, "修电脑", null);
    withPhone.put("description", "有事打我电话 138 1234 5678");
    ApiClient.Response phone = author.api().post("/api/v1/skill-posts", withPhone);
    assertThat(phone.status()).isEqualTo(422);
    assertThat(phone.code()).isEqualTo("CONTACT_DETAILS_IN_TEXT");
    Map<String, Object> withWeChat = post("OFFER", f.category, "加微信：abc_12345", null);
    assertThat(author.api().post("/api/v1/skill-posts", withWeChat).code())
        .isEqualTo("CONTACT_DETAILS_IN_TEXT");

    // The author sees all their posts; others only the published one.
    assertThat(author.api().get("/api/v1/skill-posts?mine=true").json().get("total").asLong())
        .isEqualTo(3);
    assertThat(neighbour.api().get("/api/v1/skill-posts").json().get("total").asLong())
        .isEqualTo(1);
    assertThat(neighbour.api().get("/api/v1/skill-posts?status=HELD").code())
        .isEqualTo("FORBIDDEN");
    assertThat(f.staff.get("/api/v1/skill-posts?status=HELD").json().get("total").asLong())
        .isEqualTo(2);

    // Staff publish the held post; search finds it by keyword, kind and category.
    assertThat(neighbour.api().post("/api/v1/skill-posts/" + held + "/approve", null).code())
        .isEqualTo("FORBIDDEN");
    assertThat(
            f.staff
                .post("/api/v1/skill-posts/" + held + "/approve", null)
                .json()
                .get("status")
                .asString())
        .isEqualTo("PUBLISHED");
    JsonNode found = neighbour.api().get("/api/v1/skill-posts?q=遛狗&kind=REQUEST").json();
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(held);
    assertThat(
            neighbour
                .api()
                .get("/api/v1/skill-posts?categoryId=" + f.category + "&kind=OFFER")
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
    assertThat(f.staff.post("/api/v1/skill-posts/" + held + "/approve", null).code())
        .isEqualTo("SKILL_POST_NOT_OPEN");

    // Staff take a post down and restore it.
    assertThat(
            f.staff
                .post("/api/v1/skill-posts/" + passed + "/hide", Map.of("reason", "被举报广告"))
                .status())
        .isEqualTo(200);
    assertThat(neighbour.api().get("/api/v1/skill-posts/" + passed).code())
        .isEqualTo("SKILL_POST_NOT_FOUND");
    assertThat(
            neighbour.api().post("/api/v1/skill-posts/" + passed + "/exchanges", Map.of()).code())
        .isEqualTo("SKILL_POST_NOT_FOUND");
    assertThat(f.staff.post("/api/v1/skill-posts/" + passed + "/restore", null).status())
        .isEqualTo(200);
    assertThat(neighbour.api().get("/api/v1/skill-posts/" + passed).status()).isEqualTo(200);

    // A suspended resident can neither post nor propose.
    assertThat(
            neighbour
                .api()
                .post(
                    "/api/v1/sharing-suspensions",
                    Map.of("userId", author.id(), "days", 7, "reason", "x"))
                .code())
        .isEqualTo("FORBIDDEN");
    ApiClient.Response suspended =
        f.staff.post(
            "/api/v1/sharing-suspensions",
            Map.of("userId", neighbour.id(), "days", 7, "reason", "多次发布广告"));
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(201);
    ApiClient.Response refused =
        neighbour.api().post("/api/v1/skill-posts", post("OFFER", f.category, "理发", null));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("POSTING_SUSPENDED");
    assertThat(
            neighbour.api().post("/api/v1/skill-posts/" + passed + "/exchanges", Map.of()).code())
        .isEqualTo("POSTING_SUSPENDED");
  }

  @Test
  void exchange_movesTheAgreedHours_andRefusesEveryInvalidTransition() {
    SkillFixture f = new SkillFixture(sessions, "技能互助");
    Member helper = f.member("helper");
    Member receiver = f.member("receiver");
    Member stranger = f.member("stranger");
    long offer = f.published(helper, "OFFER", "修自行车", 60);

    assertThat(helper.api().post("/api/v1/skill-posts/" + offer + "/exchanges", Map.of()).code())
        .isEqualTo("SKILL_OWN_POST");
    long x = propose(receiver, offer, null);
    JsonNode proposed = receiver.api().get("/api/v1/skill-exchanges/" + x).json();
    assertThat(proposed.get("minutes").asInt()).isEqualTo(60);
    assertThat(proposed.get("myRole").asString()).isEqualTo("RECEIVER");
    assertThat(proposed.has("counterpartName")).isFalse();

    // PROPOSED: the proposer cannot answer; nobody confirms; strangers do not see it.
    assertConflict(act(receiver, x, "accept"));
    assertConflict(act(helper, x, "confirm"));
    assertConflict(act(helper, x, "share-phone"));
    assertThat(act(stranger, x, "accept").code()).isEqualTo("SKILL_EXCHANGE_NOT_FOUND");
    assertThat(stranger.api().get("/api/v1/skill-exchanges/" + x).code())
        .isEqualTo("SKILL_EXCHANGE_NOT_FOUND");
    // Staff look on but cannot act for a side.
    assertThat(f.staff.get("/api/v1/skill-exchanges/" + x).status()).isEqualTo(200);
    assertConflict(act(new Member(0, f.staff), x, "accept"));

    JsonNode accepted = act(helper, x, "accept").json();
    assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(accepted.get("counterpartName").asString()).startsWith("居民");
    // ACCEPTED: no second answer.
    assertConflict(act(helper, x, "accept"));
    assertConflict(act(helper, x, "decline"));

    JsonNode half = act(helper, x, "confirm").json();
    assertThat(half.get("helperConfirmed").asBoolean()).isTrue();
    assertThat(half.has("autoCompletesAt")).isTrue();
    assertConflict(act(helper, x, "confirm"));
    assertThat(balance(helper)).isZero();

    JsonNode done = act(receiver, x, "confirm").json();
    assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(done.has("transferId")).isTrue();
    assertThat(balance(helper)).isEqualTo(60);
    assertThat(balance(receiver)).isEqualTo(-60);
    JsonNode statement = receiver.api().get("/api/v1/me/time-bank").json();
    assertThat(statement.get("items").get(0).get("kind").asString()).isEqualTo("EXCHANGE");
    // COMPLETED is final.
    for (String action : List.of("accept", "decline", "cancel", "confirm")) {
      assertConflict(act(receiver, x, action));
      assertConflict(act(helper, x, action));
    }

    // A request: the proposer helps. Declined is final; cancelled is final.
    long request = f.published(receiver, "REQUEST", "周二遛狗", null);
    long declined = propose(stranger, request, 30);
    assertThat(act(receiver, declined, "decline").json().get("status").asString())
        .isEqualTo("DECLINED");
    for (String action : List.of("accept", "decline", "cancel", "confirm")) {
      assertConflict(act(receiver, declined, action));
    }
    long cancelled = propose(stranger, request, 30);
    assertThat(
            receiver
                .api()
                .get("/api/v1/skill-exchanges/" + cancelled)
                .json()
                .get("myRole")
                .asString())
        .isEqualTo("RECEIVER");
    act(receiver, cancelled, "accept");
    assertThat(act(stranger, cancelled, "cancel").json().get("status").asString())
        .isEqualTo("CANCELLED");
    for (String action : List.of("accept", "decline", "cancel", "confirm", "share-phone")) {
      assertConflict(act(receiver, cancelled, action));
    }
    // Free help completes without a transfer.
    long free = propose(stranger, request, 0);
    act(receiver, free, "accept");
    act(stranger, free, "confirm");
    JsonNode freeDone = act(receiver, free, "confirm").json();
    assertThat(freeDone.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(freeDone.has("transferId")).isFalse();

    JsonNode mine = receiver.api().get("/api/v1/me/skill-exchanges").json();
    assertThat(mine.get("total").asLong()).isEqualTo(4);
    assertThat(
            receiver
                .api()
                .get("/api/v1/me/skill-exchanges?status=COMPLETED")
                .json()
                .get("total")
                .asLong())
        .isEqualTo(2);
  }

  @Test
  void oneSidedConfirmation_completesAfterTheWaitingPeriod_unlessTheOtherCancels() {
    SkillFixture f = new SkillFixture(sessions, "技能自动完成");
    Member helper = f.member("helper");
    Member receiver = f.member("receiver");
    long offer = f.published(helper, "OFFER", "换灯泡", 20);
    long x = propose(receiver, offer, null);
    act(helper, x, "accept");
    act(helper, x, "confirm");
    long objected = propose(receiver, offer, null);
    act(helper, objected, "accept");
    act(helper, objected, "confirm");
    act(receiver, objected, "cancel");

    ExchangeCompletion job = LinliInstance.shared().context().getBean(ExchangeCompletion.class);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    job.completeDue(now);
    assertThat(receiver.api().get("/api/v1/skill-exchanges/" + x).json().get("status").asString())
        .isEqualTo("ACCEPTED");
    job.completeDue(now.plusDays(4));
    assertThat(receiver.api().get("/api/v1/skill-exchanges/" + x).json().get("status").asString())
        .isEqualTo("COMPLETED");
    assertThat(
            receiver
                .api()
                .get("/api/v1/skill-exchanges/" + objected)
                .json()
                .get("status")
                .asString())
        .isEqualTo("CANCELLED");
    // Running again moves nothing twice.
    job.completeDue(now.plusDays(5));
    assertThat(balance(helper)).isEqualTo(20);
    assertThat(balance(receiver)).isEqualTo(-20);
  }

  @Test
  void concurrentConfirmations_neverTakeTheReceiverBelowTheMinimum() throws Exception {
    SkillFixture f = new SkillFixture(sessions, "技能并发");
    f.staff.put(
        "/api/v1/time-bank/settings", Map.of("minBalanceMinutes", -60, "maxBalanceMinutes", 600));
    Member receiver = f.member("receiver");
    List<Long> exchanges = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Member helper = f.member("helper");
      long offer = f.published(helper, "OFFER", "搬家帮手" + i, 40);
      long x = propose(receiver, offer, null);
      act(helper, x, "accept");
      act(helper, x, "confirm");
      exchanges.add(x);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiClient.Response>> answers = new ArrayList<>();
    try {
      for (long x : exchanges) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return act(receiver, x, "confirm");
                }));
      }
      start.countDown();
      int completed = 0;
      for (Future<ApiClient.Response> a : answers) {
        ApiClient.Response r = a.get();
        if (r.status() == 200) {
          assertThat(r.json().get("status").asString()).isEqualTo("COMPLETED");
          completed++;
        } else {
          assertThat(r.code()).as(r.toString()).isEqualTo("TIME_BALANCE_BELOW_MINIMUM");
        }
      }
      assertThat(completed).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(balance(receiver)).isEqualTo(-40);
    // The refused ones stay accepted, unconfirmed by the receiver.
    long stillOpen =
        exchanges.stream()
            .filter(
                x ->
                    receiver
                        .api()
                        .get("/api/v1/skill-exchanges/" + x)
                        .json()
                        .get("status")
                        .asString()
                        .equals("ACCEPTED"))
            .count();
    assertThat(stillOpen).isEqualTo(3);
    assertThat(f.staff.get("/api/v1/time-bank/accounts").json().get("movementSumMinutes").asLong())
        .isZero();
  }

  @Test
  void phone_isShownOnlyToTheAcceptedCounterpart() {
    SkillFixture f = new SkillFixture(sessions, "技能联系");
    Member helper = f.verifiedMember("helper", "李建国");
    Member receiver = f.member("receiver");
    Member other = f.member("other");
    long offer = f.published(helper, "OFFER", "修水管", null);
    long x = propose(receiver, offer, null);
    // Not before acceptance.
    assertConflict(act(helper, x, "share-phone"));
    JsonNode accepted = act(helper, x, "accept").json();
    assertThat(accepted.get("counterpartName").asString()).startsWith("居民");
    assertThat(
            receiver
                .api()
                .get("/api/v1/skill-exchanges/" + x)
                .json()
                .get("counterpartName")
                .asString())
        .isEqualTo("李**");
    assertThat(receiver.api().get("/api/v1/skill-exchanges/" + x).json().has("counterpartPhone"))
        .isFalse();
    // A receiver without a registered phone has nothing to share.
    assertThat(act(receiver, x, "share-phone").code()).isEqualTo("CONTACT_PHONE_UNKNOWN");

    JsonNode shared = act(helper, x, "share-phone").json();
    assertThat(shared.get("mySharesPhone").asBoolean()).isTrue();
    assertThat(shared.has("counterpartPhone")).isFalse();
    JsonNode seen = receiver.api().get("/api/v1/skill-exchanges/" + x).json();
    assertThat(seen.get("counterpartPhone").asString()).isEqualTo(FakeWeChatServer.PHONE_NUMBER);
    // Nobody else: staff see the exchange without it; others do not see the exchange.
    JsonNode staffView = f.staff.get("/api/v1/skill-exchanges/" + x).json();
    assertThat(staffView.has("counterpartPhone")).isFalse();
    assertThat(staffView.toString()).doesNotContain(FakeWeChatServer.PHONE_NUMBER);
    assertThat(other.api().get("/api/v1/skill-exchanges/" + x).code())
        .isEqualTo("SKILL_EXCHANGE_NOT_FOUND");
    assertThat(helper.api().get("/api/v1/skill-posts/" + offer).body())
        .doesNotContain(FakeWeChatServer.PHONE_NUMBER);
  }

  @Test
  void postsAndExchanges_ofAnotherCommunity_lookAbsent() {
    SkillFixture a = new SkillFixture(sessions, "技能甲");
    SkillFixture b = new SkillFixture(sessions, "技能乙");
    Member helper = a.member("helper");
    Member receiver = a.member("receiver");
    Member outsider = b.member("outsider");
    long offer = a.published(helper, "OFFER", "修门锁", 10);
    long x = propose(receiver, offer, null);

    assertThat(outsider.api().get("/api/v1/skill-posts/" + offer).code())
        .isEqualTo("SKILL_POST_NOT_FOUND");
    assertThat(outsider.api().post("/api/v1/skill-posts/" + offer + "/exchanges", Map.of()).code())
        .isEqualTo("SKILL_POST_NOT_FOUND");
    assertThat(outsider.api().get("/api/v1/skill-posts").json().get("total").asLong()).isZero();
    for (String action : List.of("accept", "decline", "cancel", "confirm", "share-phone")) {
      assertThat(act(outsider, x, action).code()).isEqualTo("SKILL_EXCHANGE_NOT_FOUND");
    }
    assertThat(b.staff.get("/api/v1/skill-exchanges/" + x).code())
        .isEqualTo("SKILL_EXCHANGE_NOT_FOUND");
    assertThat(b.staff.post("/api/v1/skill-posts/" + offer + "/hide", Map.of("reason", "x")).code())
        .isEqualTo("SKILL_POST_NOT_FOUND");
    // A's category cannot be used in B.
    ApiClient.Response foreignCategory =
        outsider.api().post("/api/v1/skill-posts", post("OFFER", a.category, "修门锁", null));
    assertThat(foreignCategory.status()).isEqualTo(400);
    Map<String, Object> suspendAcross = new HashMap<>();
    suspendAcross.put("userId", helper.id());
    suspendAcross.put("days", 3);
    suspendAcross.put("reason", "越权");
    assertThat(b.staff.post("/api/v1/sharing-suspensions", suspendAcross).status()).isEqualTo(400);
    // Nothing changed in A.
    assertThat(receiver.api().get("/api/v1/skill-exchanges/" + x).json().get("status").asString())
        .isEqualTo("PROPOSED");
  }

  @Test
  void thankYouNotes_areSeenByTheOtherSide_heldOnesOnlyByTheirWriterAndStaff() {
    SkillFixture f = new SkillFixture(sessions, "技能感谢");
    Member helper = f.member("helper");
    Member receiver = f.member("receiver");
    Member stranger = f.member("stranger");
    long offer = f.published(helper, "OFFER", "陪老人聊天", null);
    long x = propose(receiver, offer, 0);
    act(helper, x, "accept");
    assertConflict(helper.api().post("/api/v1/skill-exchanges/" + x + "/thanks", thanks("谢谢")));
    act(helper, x, "confirm");
    act(receiver, x, "confirm");

    JsonNode fromHelper =
        helper.api().post("/api/v1/skill-exchanges/" + x + "/thanks", thanks("谢谢你的耐心")).json();
    assertThat(fromHelper.get("helperThanks").asString()).isEqualTo("谢谢你的耐心");
    assertConflict(helper.api().post("/api/v1/skill-exchanges/" + x + "/thanks", thanks("再谢")));
    assertThat(
            receiver
                .api()
                .get("/api/v1/skill-exchanges/" + x)
                .json()
                .get("helperThanks")
                .asString())
        .isEqualTo("谢谢你的耐心");

    ApiClient.Response risky =
        receiver.api().post("/api/v1/skill-exchanges/" + x + "/thanks", thanks("违禁 话"));
    assertThat(risky.code()).isEqualTo("CONTENT_REJECTED");
    assertThat(
            receiver
                .api()
                .post("/api/v1/skill-exchanges/" + x + "/thanks", thanks("加我微信 abc_12345"))
                .code())
        .isEqualTo("CONTACT_DETAILS_IN_TEXT");
    JsonNode held =
        receiver.api().post("/api/v1/skill-exchanges/" + x + "/thanks", thanks("待审 多谢")).json();
    assertThat(held.get("receiverThanks").asString()).isEqualTo("待审 多谢");
    assertThat(helper.api().get("/api/v1/skill-exchanges/" + x).json().has("receiverThanks"))
        .isFalse();
    JsonNode staffView = f.staff.get("/api/v1/skill-exchanges/" + x).json();
    assertThat(staffView.get("receiverThanks").asString()).isEqualTo("待审 多谢");
    assertThat(staffView.get("helperThanks").asString()).isEqualTo("谢谢你的耐心");
    assertThat(stranger.api().post("/api/v1/skill-exchanges/" + x + "/thanks", thanks("路过")).code())
        .isEqualTo("SKILL_EXCHANGE_NOT_FOUND");
  }

  private static Map<String, Object> thanks(String text) {
    return Map.of("text", text);
  }

  private static void assertConflict(ApiClient.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(409);
    assertThat(r.code()).isIn("EXCHANGE_TRANSITION_INVALID");
  }
}
