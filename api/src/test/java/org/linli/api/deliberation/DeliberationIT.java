package org.linli.api.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.linli.service.common.LinliException;
import org.linli.service.deliberation.DeliberationService;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.wechat.FakeWeChatServer;
import tools.jackson.databind.JsonNode;

/**
 * Deliberation: proposals through support to staff decisions, the public timeline, concurrent
 * support, content safety, one-level comments and reports, isolation and roles.
 */
class DeliberationIT {

  private static final FakeWeChatServer WECHAT = LinliInstance.sharedWeChat();

  private final ApiClient api = LinliInstance.shared().client();
  private final Sessions sessions = new Sessions(api);

  @AfterEach
  void resetWeChat() {
    WECHAT.clearFailures();
    WECHAT.setDown(false);
  }

  /** A community with staff and a support threshold. */
  private final class Community {
    final long id;
    final ApiClient staff;

    Community(String prefix, int threshold) {
      id = sessions.newCommunity(prefix);
      String staffName = Sessions.unique("delib-staff");
      sessions.grant(staffName, id, "STAFF");
      staff = sessions.as(staffName).inCommunity(id);
      ApiClient.Response r =
          staff.put("/api/v1/proposal-settings", Map.of("supportThreshold", threshold));
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    ApiClient resident(String name) {
      String identity = Sessions.unique(name);
      sessions.join(identity, id);
      return sessions.as(identity).inCommunity(id);
    }

    long raise(ApiClient author, String title) {
      ApiClient.Response r = author.post("/api/v1/proposals", body(title, "请大家讨论：" + title));
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      assertThat(r.json().get("status").asString()).isEqualTo("OPEN");
      return r.json().get("id").asLong();
    }
  }

  private static Map<String, Object> body(String title, String text) {
    Map<String, Object> b = new HashMap<>();
    b.put("title", title);
    b.put("body", text);
    return b;
  }

  private static String path(long proposal) {
    return "/api/v1/proposals/" + proposal;
  }

  private static List<String> timeline(JsonNode proposal) {
    List<String> steps = new ArrayList<>();
    for (JsonNode e : proposal.get("timeline")) {
      steps.add(e.get("to").asString() + "/" + e.get("actorRole").asString());
    }
    return steps;
  }

  private static void expect(ApiClient.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.code()).as(r.toString()).isEqualTo(code);
  }

  @Test
  void proposal_reachesThreshold_staffAccept_andEveryStepIsOnThePublicTimeline() {
    Community c = new Community("议事流程", 2);
    ApiClient author = c.resident("author");
    ApiClient b = c.resident("b");
    ApiClient d = c.resident("d");
    ApiClient late = c.resident("late");

    assertThat(author.patch("/api/v1/me", Map.of("nickname", "张三丰")).status()).isEqualTo(200);
    Map<String, Object> request = body("加装电梯", "三号楼老人多，希望加装电梯。");
    request.put("attachments", List.of("https://files.linli.test/plan.pdf"));
    JsonNode raised = author.post("/api/v1/proposals", request).json();
    long id = raised.get("id").asLong();
    assertThat(raised.get("status").asString()).isEqualTo("OPEN");
    assertThat(raised.get("supportThreshold").asInt()).isEqualTo(2);
    assertThat(raised.get("attachments").get(0).asString())
        .isEqualTo("https://files.linli.test/plan.pdf");
    assertThat(raised.get("mine").asBoolean()).isTrue();
    assertThat(timeline(raised)).containsExactly("OPEN/AUTHOR");

    // The author cannot support their own proposal.
    expect(author.put(path(id) + "/support", null), 409, "PROPOSAL_OWN_SUPPORT");

    // Support is idempotent and can be taken back while open.
    JsonNode supported = b.put(path(id) + "/support", null).json();
    assertThat(supported.get("supportCount").asInt()).isEqualTo(1);
    assertThat(supported.get("supportedByMe").asBoolean()).isTrue();
    assertThat(b.put(path(id) + "/support", null).json().get("supportCount").asInt()).isEqualTo(1);
    JsonNode withdrawn = b.delete(path(id) + "/support").json();
    assertThat(withdrawn.get("supportCount").asInt()).isZero();
    assertThat(withdrawn.get("supportedByMe").asBoolean()).isFalse();
    b.put(path(id) + "/support", null);

    // The support reaching the threshold submits it to staff.
    JsonNode submitted = d.put(path(id) + "/support", null).json();
    assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(submitted.get("supportCount").asInt()).isEqualTo(2);
    assertThat(submitted.has("submittedAt")).isTrue();
    expect(late.put(path(id) + "/support", null), 409, "PROPOSAL_NOT_OPEN");
    expect(b.delete(path(id) + "/support"), 409, "PROPOSAL_NOT_OPEN");

    // Residents cannot decide.
    expect(b.post(path(id) + "/accept", null), 403, "FORBIDDEN");
    expect(author.post(path(id) + "/decline", Map.of("reason", "no")), 403, "FORBIDDEN");

    JsonNode accepted = c.staff.post(path(id) + "/accept", Map.of("reason", "列入下月议程")).json();
    assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");

    // Every resident sees each change, who made it and why, in order.
    JsonNode seen = late.get(path(id)).json();
    assertThat(timeline(seen)).containsExactly("OPEN/AUTHOR", "SUBMITTED/SYSTEM", "ACCEPTED/STAFF");
    assertThat(seen.get("timeline").get(2).get("reason").asString()).isEqualTo("列入下月议程");
    assertThat(seen.get("timeline").get(1).get("from").asString()).isEqualTo("OPEN");
    assertThat(seen.get("statusReason").asString()).isEqualTo("列入下月议程");
    // Names are masked in public views.
    assertThat(seen.get("authorName").asString())
        .startsWith("张")
        .contains("*")
        .doesNotContain("三丰");
    assertThat(seen.toString()).doesNotContain("张三丰");
    assertThat(seen.get("mine").asBoolean()).isFalse();

    // The formal-vote feature links a vote to the accepted proposal; residents see it.
    DeliberationService service =
        LinliInstance.shared().context().getBean(DeliberationService.class);
    assertThat(service.markPutToVote(c.id, id, 4242L).voteId()).isEqualTo(4242L);
    assertThat(service.markPutToVote(c.id, id, 4242L).status().name()).isEqualTo("VOTING");
    JsonNode voting = late.get(path(id)).json();
    assertThat(voting.get("status").asString()).isEqualTo("VOTING");
    assertThat(voting.get("voteId").asLong()).isEqualTo(4242L);
    assertThat(timeline(voting)).endsWith("VOTING/SYSTEM");
    assertThat(service.markDecided(c.id, id, 4242L, "表决通过").status().name()).isEqualTo("DECIDED");
    assertThat(service.proposal(c.id, id).statusReason()).isEqualTo("表决通过");
    // Another community does not find it.
    long other = sessions.newCommunity("他社区");
    assertThatThrownBy(() -> service.proposal(other, id))
        .isInstanceOfSatisfying(
            LinliException.class, e -> assertThat(e.code().name()).isEqualTo("PROPOSAL_NOT_FOUND"));
  }

  @Test
  void staffDeclineWithPublicReason_andMergeIntoAnother_areShownToResidents() {
    Community c = new Community("议事决定", 1);
    ApiClient author = c.resident("author");
    ApiClient reader = c.resident("reader");
    long keep = c.raise(author, "增设快递柜");
    long duplicate = c.raise(author, "小区需要快递柜");
    long declined = c.raise(author, "拆除围墙");

    // A decline needs a reason, which every resident then reads.
    expect(c.staff.post(path(declined) + "/decline", Map.of()), 400, "VALIDATION_FAILED");
    c.staff.post(path(declined) + "/decline", Map.of("reason", "围墙属于消防通道，不能拆除"));
    JsonNode seen = reader.get(path(declined)).json();
    assertThat(seen.get("status").asString()).isEqualTo("DECLINED");
    assertThat(seen.get("statusReason").asString()).isEqualTo("围墙属于消防通道，不能拆除");
    assertThat(timeline(seen)).containsExactly("OPEN/AUTHOR", "DECLINED/STAFF");

    // Merging needs another live proposal.
    expect(
        c.staff.post(path(duplicate) + "/merge", Map.of("targetProposalId", duplicate)),
        422,
        "PROPOSAL_MERGE_TARGET_INVALID");
    expect(
        c.staff.post(path(duplicate) + "/merge", Map.of("targetProposalId", declined)),
        422,
        "PROPOSAL_MERGE_TARGET_INVALID");
    JsonNode merged =
        c.staff
            .post(path(duplicate) + "/merge", Map.of("targetProposalId", keep, "reason", "重复"))
            .json();
    assertThat(merged.get("status").asString()).isEqualTo("MERGED");
    assertThat(merged.get("mergedIntoId").asLong()).isEqualTo(keep);
    JsonNode shown = reader.get(path(duplicate)).json();
    assertThat(shown.get("timeline").get(1).get("relatedId").asLong()).isEqualTo(keep);

    // Listing: by status, by keyword, the caller's own.
    JsonNode declinedOnes = reader.get("/api/v1/proposals?status=DECLINED").json();
    assertThat(declinedOnes.get("total").asLong()).isEqualTo(1);
    assertThat(reader.get("/api/v1/proposals?q=快递柜").json().get("total").asLong()).isEqualTo(2);
    assertThat(reader.get("/api/v1/proposals?mine=true").json().get("total").asLong()).isZero();
    assertThat(author.get("/api/v1/proposals?mine=true").json().get("total").asLong()).isEqualTo(3);
  }

  @Test
  void listing_mostSupportedFirst() {
    Community c = new Community("议事排序", 5);
    ApiClient author = c.resident("author");
    long quiet = c.raise(author, "路灯维修");
    long popular = c.raise(author, "增加停车位");
    long older = c.raise(author, "垃圾分类");
    for (int i = 0; i < 2; i++) {
      c.resident("fan").put(path(popular) + "/support", null);
    }
    c.resident("fan").put(path(older) + "/support", null);
    JsonNode items = author.get("/api/v1/proposals?sort=support").json().get("items");
    assertThat(items.get(0).get("id").asLong()).isEqualTo(popular);
    assertThat(items.get(1).get("id").asLong()).isEqualTo(older);
    assertThat(items.get(2).get("id").asLong()).isEqualTo(quiet);
    JsonNode newest = author.get("/api/v1/proposals").json().get("items");
    assertThat(newest.get(0).get("id").asLong()).isEqualTo(older);
  }

  @Test
  void everyInvalidTransition_answers409() {
    Community c = new Community("议事状态", 1);
    ApiClient author = c.resident("author");
    ApiClient other = c.resident("other");

    long open = c.raise(author, "开放议题");
    expect(c.staff.post(path(open) + "/accept", null), 409, "PROPOSAL_TRANSITION_INVALID");

    long accepted = c.raise(author, "已受理议题");
    other.put(path(accepted) + "/support", null);
    c.staff.post(path(accepted) + "/accept", null);
    expect(c.staff.post(path(accepted) + "/accept", null), 409, "PROPOSAL_TRANSITION_INVALID");
    expect(
        c.staff.post(path(accepted) + "/decline", Map.of("reason", "x")),
        409,
        "PROPOSAL_TRANSITION_INVALID");
    expect(
        c.staff.post(path(accepted) + "/merge", Map.of("targetProposalId", open)),
        409,
        "PROPOSAL_TRANSITION_INVALID");
    expect(author.post(path(accepted) + "/withdraw", null), 409, "PROPOSAL_TRANSITION_INVALID");

    long declined = c.raise(author, "不予受理议题");
    c.staff.post(path(declined) + "/decline", Map.of("reason", "不属于社区事务"));
    expect(c.staff.post(path(declined) + "/accept", null), 409, "PROPOSAL_TRANSITION_INVALID");
    expect(author.post(path(declined) + "/withdraw", null), 409, "PROPOSAL_TRANSITION_INVALID");
    expect(other.put(path(declined) + "/support", null), 409, "PROPOSAL_NOT_OPEN");
    expect(
        other.post(path(declined) + "/comments", Map.of("text", "还能评论吗")), 409, "PROPOSAL_CLOSED");

    long withdrawn = c.raise(author, "撤回议题");
    // Only the author withdraws.
    expect(other.post(path(withdrawn) + "/withdraw", null), 403, "FORBIDDEN");
    JsonNode w = author.post(path(withdrawn) + "/withdraw", Map.of("reason", "已私下解决")).json();
    assertThat(w.get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(timeline(w)).containsExactly("OPEN/AUTHOR", "WITHDRAWN/AUTHOR");
    expect(author.post(path(withdrawn) + "/withdraw", null), 409, "PROPOSAL_TRANSITION_INVALID");
    expect(
        c.staff.post(path(withdrawn) + "/merge", Map.of("targetProposalId", open)),
        409,
        "PROPOSAL_TRANSITION_INVALID");

    // A vote can only be linked to an accepted proposal.
    DeliberationService service =
        LinliInstance.shared().context().getBean(DeliberationService.class);
    assertThatThrownBy(() -> service.markPutToVote(c.id, open, 1L))
        .isInstanceOfSatisfying(
            LinliException.class,
            e -> assertThat(e.code().name()).isEqualTo("PROPOSAL_TRANSITION_INVALID"));
  }

  @Test
  void concurrentSupports_reachTheThresholdExactlyOnce() throws Exception {
    int threshold = 7;
    int residents = 20;
    Community c = new Community("议事并发", threshold);
    long id = c.raise(c.resident("author"), "并发附议");
    List<ApiClient> supporters = new ArrayList<>();
    for (int i = 0; i < residents; i++) {
      supporters.add(c.resident("s"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(residents);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiClient.Response>> answers = new ArrayList<>();
    try {
      for (ApiClient s : supporters) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return s.put(path(id) + "/support", null);
                }));
      }
      start.countDown();
      int ok = 0;
      int closed = 0;
      for (Future<ApiClient.Response> f : answers) {
        ApiClient.Response r = f.get();
        if (r.status() == 200) {
          ok++;
        } else {
          expect(r, 409, "PROPOSAL_NOT_OPEN");
          closed++;
        }
      }
      assertThat(ok).isEqualTo(threshold);
      assertThat(closed).isEqualTo(residents - threshold);
    } finally {
      pool.shutdownNow();
    }
    JsonNode p = c.staff.get(path(id)).json();
    assertThat(p.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(p.get("supportCount").asInt()).isEqualTo(threshold);
    assertThat(timeline(p)).containsExactly("OPEN/AUTHOR", "SUBMITTED/SYSTEM");
  }

  @Test
  void contentSafety_passReviewRiskyAndWeChatDown() {
    Community c = new Community("议事审核", 3);
    ApiClient author = c.resident("author");
    ApiClient neighbour = c.resident("neighbour");

    // Risky text is refused and nothing is kept.
    ApiClient.Response risky = author.post("/api/v1/proposals", body("违禁 标题", "正文"));
    expect(risky, 422, "CONTENT_REJECTED");
    assertThat(author.get("/api/v1/proposals?mine=true").json().get("total").asLong()).isZero();

    // Text for review waits for a moderator, seen by its author and staff only.
    JsonNode held = author.post("/api/v1/proposals", body("待审 议题", "正文")).json();
    long heldId = held.get("id").asLong();
    assertThat(held.get("status").asString()).isEqualTo("PENDING_REVIEW");
    expect(neighbour.get(path(heldId)), 404, "PROPOSAL_NOT_FOUND");
    expect(neighbour.put(path(heldId) + "/support", null), 404, "PROPOSAL_NOT_FOUND");
    assertThat(neighbour.get("/api/v1/proposals").json().get("total").asLong()).isZero();
    expect(neighbour.get("/api/v1/proposals?status=PENDING_REVIEW"), 403, "FORBIDDEN");
    JsonNode item = heldItem(c, "PROPOSAL", Long.toString(heldId));
    assertThat(item.get("reason").asString()).isEqualTo("CONTENT_CHECK_REVIEW");
    // The older moderation paths do not list content their contract does not name.
    assertThat(c.staff.get("/api/v1/moderation/items?size=200").json().get("total").asLong())
        .isZero();
    expect(
        c.staff.post("/api/v1/moderation/items/" + item.get("id").asLong() + "/approve", null),
        404,
        "MODERATION_ITEM_NOT_FOUND");
    // Residents do not moderate.
    expect(neighbour.get("/api/v1/proposal-moderation/items"), 403, "FORBIDDEN");

    ApiClient.Response approved =
        c.staff.post(
            "/api/v1/proposal-moderation/items/" + item.get("id").asLong() + "/approve", null);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    JsonNode open = neighbour.get(path(heldId)).json();
    assertThat(open.get("status").asString()).isEqualTo("OPEN");
    assertThat(timeline(open)).containsExactly("PENDING_REVIEW/AUTHOR", "OPEN/MODERATOR");

    // WeChat down: held, never published unchecked; a moderator may take it down.
    WECHAT.setDown(true);
    JsonNode down = author.post("/api/v1/proposals", body("断网议题", "正文")).json();
    WECHAT.setDown(false);
    long downId = down.get("id").asLong();
    assertThat(down.get("status").asString()).isEqualTo("PENDING_REVIEW");
    JsonNode downItem = heldItem(c, "PROPOSAL", Long.toString(downId));
    assertThat(downItem.get("reason").asString()).isEqualTo("CONTENT_CHECK_UNAVAILABLE");
    c.staff.post(
        "/api/v1/proposal-moderation/items/" + downItem.get("id").asLong() + "/reject",
        Map.of("note", "无关内容"));
    assertThat(author.get(path(downId)).json().get("status").asString()).isEqualTo("REMOVED");
    expect(neighbour.get(path(downId)), 404, "PROPOSAL_NOT_FOUND");

    // Comments go through the same check.
    expect(
        neighbour.post(path(heldId) + "/comments", Map.of("text", "违禁 评论")),
        422,
        "CONTENT_REJECTED");
    JsonNode heldComment =
        neighbour.post(path(heldId) + "/comments", Map.of("text", "待审 评论")).json();
    assertThat(heldComment.get("status").asString()).isEqualTo("HELD");
    assertThat(
            neighbour
                .get(path(heldId) + "/comments")
                .json()
                .get("items")
                .get(0)
                .get("status")
                .asString())
        .isEqualTo("HELD");
    assertThat(author.get(path(heldId) + "/comments").json().get("total").asLong()).isZero();
    WECHAT.setDown(true);
    JsonNode downComment =
        neighbour.post(path(heldId) + "/comments", Map.of("text", "断网评论")).json();
    WECHAT.setDown(false);
    assertThat(downComment.get("status").asString()).isEqualTo("HELD");
    c.staff.post(
        "/api/v1/proposal-moderation/items/"
            + heldItem(c, "PROPOSAL_COMMENT", Long.toString(heldComment.get("id").asLong()))
                .get("id")
                .asLong()
            + "/approve",
        null);
    JsonNode shown = author.get(path(heldId) + "/comments").json();
    assertThat(shown.get("total").asLong()).isEqualTo(1);
    assertThat(shown.get("items").get(0).get("text").asString()).isEqualTo("待审 评论");
    assertThat(author.get(path(heldId)).json().get("commentCount").asInt()).isEqualTo(1);
  }

  private static JsonNode heldItem(Community c, String type, String contentId) {
    JsonNode items =
        c.staff.get("/api/v1/proposal-moderation/items?status=HELD&size=200").json().get("items");
    for (JsonNode item : items) {
      if (item.get("contentType").asString().equals(type)
          && item.get("contentId").asString().equals(contentId)) {
        return item;
      }
    }
    throw new AssertionError("no held " + type + " " + contentId + " in " + items);
  }

  @Test
  void comments_areThreadedOneLevel_pagedBothWays_andReportable() {
    Community c = new Community("议事评论", 3);
    ApiClient author = c.resident("author");
    ApiClient alice = c.resident("alice");
    assertThat(alice.patch("/api/v1/me", Map.of("nickname", "李小龙")).status()).isEqualTo(200);
    ApiClient bob = c.resident("bob");
    long id = c.raise(author, "健身器材");

    JsonNode first = alice.post(path(id) + "/comments", Map.of("text", "支持，早该装了")).json();
    assertThat(first.get("status").asString()).isEqualTo("VISIBLE");
    long firstId = first.get("id").asLong();
    long secondId =
        bob.post(path(id) + "/comments", Map.of("text", "放在哪里？")).json().get("id").asLong();
    JsonNode reply =
        author.post(path(id) + "/comments", Map.of("text", "中心花园旁边", "parentId", firstId)).json();
    assertThat(reply.get("parentId").asLong()).isEqualTo(firstId);
    expect(
        bob.post(
            path(id) + "/comments", Map.of("text", "回复的回复", "parentId", reply.get("id").asLong())),
        422,
        "COMMENT_REPLY_TOO_DEEP");
    expect(
        bob.post(path(id) + "/comments", Map.of("text", "不存在", "parentId", 987654321L)),
        404,
        "PROPOSAL_COMMENT_NOT_FOUND");

    JsonNode newest = bob.get(path(id) + "/comments").json();
    assertThat(newest.get("total").asLong()).isEqualTo(2);
    assertThat(newest.get("items").get(0).get("id").asLong()).isEqualTo(secondId);
    JsonNode oldest = bob.get(path(id) + "/comments?sort=oldest").json();
    assertThat(oldest.get("items").get(0).get("id").asLong()).isEqualTo(firstId);
    assertThat(oldest.get("items").get(0).get("replyCount").asInt()).isEqualTo(1);
    assertThat(oldest.get("items").get(0).get("authorName").asString())
        .startsWith("李")
        .contains("*")
        .doesNotContain("小龙");
    // Without a name or nickname, a neutral label.
    assertThat(oldest.get("items").get(1).get("authorName").asString()).startsWith("居民");
    JsonNode replies = bob.get(path(id) + "/comments?parentId=" + firstId).json();
    assertThat(replies.get("total").asLong()).isEqualTo(1);
    assertThat(replies.get("items").get(0).get("text").asString()).isEqualTo("中心花园旁边");
    assertThat(bob.get(path(id)).json().get("commentCount").asInt()).isEqualTo(3);

    // A report queues the comment for a moderator; taken down, it is shown as hidden.
    ApiClient.Response report =
        bob.post(path(id) + "/comments/" + firstId + "/reports", Map.of("reason", "广告"));
    assertThat(report.status()).as(report.toString()).isEqualTo(201);
    assertThat(report.json().get("commentId").asLong()).isEqualTo(firstId);
    assertThat(
            author
                .post(path(id) + "/comments/" + firstId + "/reports", Map.of("reason", "不实"))
                .status())
        .isEqualTo(201);
    JsonNode item = heldItem(c, "PROPOSAL_COMMENT", Long.toString(firstId));
    assertThat(item.get("reason").asString()).isEqualTo("REPORTED");
    assertThat(item.get("reportCount").asInt()).isEqualTo(2);
    c.staff.post(
        "/api/v1/proposal-moderation/items/" + item.get("id").asLong() + "/reject",
        Map.of("note", "广告"));
    JsonNode hidden = bob.get(path(id) + "/comments?sort=oldest").json().get("items").get(0);
    assertThat(hidden.get("id").asLong()).isEqualTo(firstId);
    assertThat(hidden.get("status").asString()).isEqualTo("HIDDEN");
    assertThat(hidden.has("text")).isFalse();
    // Hidden comments are not reported again, and unknown ones are not found.
    expect(
        bob.post(path(id) + "/comments/" + firstId + "/reports", Map.of("reason", "再次")),
        404,
        "PROPOSAL_COMMENT_NOT_FOUND");
    expect(
        bob.post(path(id) + "/comments/987654321/reports", Map.of("reason", "x")),
        404,
        "PROPOSAL_COMMENT_NOT_FOUND");
  }

  @Test
  void attachments_mustBeHttpsOnAnAllowedHost() {
    Community c = new Community("议事附件", 3);
    ApiClient author = c.resident("author");
    Map<String, Object> bad = body("附件", "正文");
    bad.put(
        "attachments",
        List.of(
            "http://files.linli.test/a.pdf",
            "https://evil.example.com/a.pdf",
            "https://files.linli.test/ok.pdf"));
    ApiClient.Response r = author.post("/api/v1/proposals", bad);
    expect(r, 400, "VALIDATION_FAILED");
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactlyInAnyOrder("attachments[0]", "attachments[1]");
    Map<String, Object> tooMany = body("附件", "正文");
    tooMany.put("attachments", java.util.Collections.nCopies(6, "https://files.linli.test/a"));
    expect(author.post("/api/v1/proposals", tooMany), 400, "VALIDATION_FAILED");
  }

  @Test
  void otherCommunities_neitherSeeNorTouchProposals_andResidentsCannotActAsStaff() {
    Community a = new Community("议事甲", 3);
    Community b = new Community("议事乙", 3);
    ApiClient author = a.resident("author");
    long id = a.raise(author, "甲社区议题");
    long commentId =
        author.post(path(id) + "/comments", Map.of("text", "补充说明")).json().get("id").asLong();
    ApiClient outsider = b.resident("outsider");

    expect(outsider.get(path(id)), 404, "PROPOSAL_NOT_FOUND");
    expect(outsider.put(path(id) + "/support", null), 404, "PROPOSAL_NOT_FOUND");
    expect(outsider.post(path(id) + "/comments", Map.of("text", "路过")), 404, "PROPOSAL_NOT_FOUND");
    expect(outsider.get(path(id) + "/comments"), 404, "PROPOSAL_NOT_FOUND");
    expect(
        outsider.post(path(id) + "/comments/" + commentId + "/reports", Map.of("reason", "x")),
        404,
        "PROPOSAL_NOT_FOUND");
    assertThat(outsider.get("/api/v1/proposals").json().get("total").asLong()).isZero();
    // Staff of another community cannot decide it either.
    expect(b.staff.post(path(id) + "/decline", Map.of("reason", "x")), 404, "PROPOSAL_NOT_FOUND");
    // Choosing a community one does not belong to is refused.
    assertThat(outsider.inCommunity(a.id).get(path(id)).status()).isIn(403, 404);

    ApiClient resident = a.resident("resident");
    expect(
        resident.put("/api/v1/proposal-settings", Map.of("supportThreshold", 1)), 403, "FORBIDDEN");
    assertThat(resident.get("/api/v1/proposal-settings").json().get("supportThreshold").asInt())
        .isEqualTo(3);
    expect(resident.post(path(id) + "/merge", Map.of("targetProposalId", id)), 403, "FORBIDDEN");
  }
}
