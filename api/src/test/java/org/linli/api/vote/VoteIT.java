package org.linli.api.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import tools.jackson.databind.JsonNode;

/**
 * An elevator vote in one stairwell unit (special matter: 2/3 + 2/3 take part, 3/4 + 3/4 of them
 * approve) with a linked estate vote (ordinary matter), counted by area and headcount from a frozen
 * electorate; ballots online, by proxy and on paper, never twice.
 */
class VoteIT {

  private final Sessions sessions = new Sessions(LinliInstance.shared().client());

  // Unit 1 of building 1: realistic areas in hundredths of m².
  private static final long A101 = 8_950; // owner 甲
  private static final long A102 = 9_020; // co-owners 乙 + 丙
  private static final long A201 = 10_550; // 丁 (also owns 202: one buyer, one voter)
  private static final long A202 = 8_950;
  private static final long A301 = 12_030; // developer, unsold
  private static final long A302 = 9_020; // developer, unsold
  private static final long A401 = 8_950; // 戊 (paper ballot)
  private static final long A402 = 9_020; // 己 (proxy ballot)

  @Test
  void elevatorVote_inOneUnit_countsAreaAndHeadsApart_neverTwice_andALinkedEstateVote()
      throws Exception {
    VoteFixture f = new VoteFixture(sessions, "电梯表决");
    long b1 = f.building("1号楼");
    long u1 = f.unit(b1, "1单元");
    long u2 = f.unit(b1, "2单元");
    long r101 = f.room(u1, "101", A101, "REGISTER", false);
    long r102 = f.room(u1, "102", A102, "SURVEYED", false);
    long r201 = f.room(u1, "201", A201, "REGISTER", false);
    long r202 = f.room(u1, "202", A202, "CONTRACT", false);
    f.room(u1, "301", A301, "REGISTER", true);
    f.room(u1, "302", A302, "REGISTER", true);
    long r401 = f.room(u1, "401", A401, "REGISTER", false);
    long r402 = f.room(u1, "402", A402, "REGISTER", false);
    long r2101 = f.room(u2, "101", 10_000, "REGISTER", false);
    f.owner(r101, "甲一");
    long yi = f.owner(r102, "乙二");
    long bing = f.owner(r102, "丙三");
    long ding = f.owner(r201, "丁四");
    f.addOwner(r202, ding);
    f.owner(r401, "戊五");
    f.owner(r402, "己六");
    f.owner(r2101, "庚七");
    ApiClient jia = f.verified("1号楼", "1单元", "101", "甲一");
    ApiClient yiUser = f.verified("1号楼", "1单元", "102", "乙二");
    ApiClient bingUser = f.verified("1号楼", "1单元", "102", "丙三");
    ApiClient dingUser = f.verified("1号楼", "1单元", "201", "丁四");
    ApiClient tenant = f.member(Sessions.unique("tenant"));

    // A draft must respect its notice period; a unit of another community is no scope.
    Instant opens = Instant.now().plusSeconds(3);
    Instant closes = opens.plusSeconds(30);
    Map<String, Object> notice = VoteFixture.vote("SPECIAL", "UNITS", List.of(u1), opens, closes);
    notice.put("noticeDays", 7);
    long tooSoon = VoteFixture.id(f.staff.post("/api/v1/votes", notice));
    ApiClient.Response refused = f.staff.post("/api/v1/votes/" + tooSoon + "/publish", null);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").toString()).contains("NOTICE_TOO_SHORT", "opensAt");
    VoteFixture other = new VoteFixture(sessions, "别的社区");
    long foreignUnit = other.unit(other.building("9号楼"), "1单元");
    ApiClient.Response foreign =
        f.staff.post(
            "/api/v1/votes",
            VoteFixture.vote("SPECIAL", "UNITS", List.of(foreignUnit), opens, closes));
    assertThat(foreign.json().get("errors").toString()).contains("UNKNOWN_PLACE");
    // A resident cannot create or publish.
    assertThat(
            jia.post(
                    "/api/v1/votes",
                    VoteFixture.vote("SPECIAL", "UNITS", List.of(u1), opens, closes))
                .status())
        .isEqualTo(403);

    // The vote decides a proposal residents raised and staff accepted onto the agenda.
    assertThat(f.staff.put("/api/v1/proposal-settings", Map.of("supportThreshold", 1)).status())
        .isEqualTo(200);
    long proposal =
        VoteFixture.id(
            jia.post("/api/v1/proposals", Map.of("title", "加装电梯", "body", "一单元老人多，上下楼困难，提议加装电梯。")));
    Map<String, Object> fromProposal =
        VoteFixture.vote("SPECIAL", "UNITS", List.of(u1), opens, closes);
    fromProposal.put("proposalId", proposal);
    assertThat(f.staff.post("/api/v1/votes", fromProposal).status()).isEqualTo(409); // not accepted
    assertThat(bingUser.put("/api/v1/proposals/" + proposal + "/support", null).status())
        .isEqualTo(200);
    assertThat(
            f.staff
                .post("/api/v1/proposals/" + proposal + "/accept", Map.of("reason", "列入议程"))
                .status())
        .isEqualTo(200);
    // A vote set up on it and cancelled before opening puts it back on the agenda.
    long cancelled = VoteFixture.id(f.staff.post("/api/v1/votes", fromProposal));
    assertThat(jia.get("/api/v1/proposals/" + proposal).json().get("status").asString())
        .isEqualTo("VOTING");
    assertThat(
            f.staff
                .post("/api/v1/votes/" + cancelled + "/cancel", Map.of("reason", "方案调整"))
                .status())
        .isEqualTo(200);
    assertThat(jia.get("/api/v1/proposals/" + proposal).json().get("status").asString())
        .isEqualTo("ACCEPTED");
    opens = Instant.now().plusSeconds(6);
    closes = opens.plusSeconds(30);
    fromProposal = VoteFixture.vote("SPECIAL", "UNITS", List.of(u1), opens, closes);
    fromProposal.put("proposalId", proposal);
    long elevator = f.createAndPublish(fromProposal);
    assertThat(myBallot(jia, elevator, "APPROVE").code()).isEqualTo("VOTE_NOT_OPEN");
    assertThat(jia.get("/api/v1/proposals/" + proposal).json().get("status").asString())
        .isEqualTo("VOTING");
    Map<String, Object> estateBody =
        VoteFixture.vote("ORDINARY", "ESTATE", List.of(), opens, closes);
    estateBody.put("title", "电梯占用公共绿地");
    estateBody.put("linkedVoteId", elevator);
    estateBody.put("tallyPublic", true);
    long estate = f.createAndPublish(estateBody);
    assertThat(jia.post("/api/v1/votes/" + tooSoon + "/publish", null).status()).isEqualTo(403);
    assertThat(jia.get("/api/v1/votes/" + tooSoon).status()).isEqualTo(404); // a draft

    JsonNode open = f.awaitStatus(elevator, "OPEN", Duration.ofSeconds(20));
    f.awaitStatus(estate, "OPEN", Duration.ofSeconds(5));
    assertThat(open.get("linkedVoteIds").toString()).contains(Long.toString(estate));

    // The electorate is frozen: a room and an owner added now change nothing.
    long late = f.room(u1, "501", 50_000, "REGISTER", false);
    f.owner(late, "辛八");
    f.addOwner(r401, yi);
    JsonNode electorate = f.staff.get("/api/v1/votes/" + elevator + "/electorate?size=50").json();
    assertThat(electorate.get("total").asLong()).isEqualTo(6);
    Map<String, JsonNode> byLabel = new HashMap<>();
    electorate.get("items").forEach(v -> byLabel.put(v.get("label").asString(), v));
    JsonNode developer =
        electorate
            .get("items")
            .valueStream()
            .filter(v -> v.get("developer").asBoolean())
            .findFirst()
            .orElseThrow();
    assertThat(developer.get("areaCentiM2").asLong()).isEqualTo(A301 + A302);
    assertThat(developer.get("rooms")).hasSize(2);
    JsonNode dingVoter = byLabel.get("1号楼 1单元 201、1号楼 1单元 202");
    assertThat(dingVoter.get("areaCentiM2").asLong()).isEqualTo(A201 + A202);
    assertThat(dingVoter.get("maskedNames").toString()).contains("丁*").doesNotContain("丁四");
    JsonNode coOwned = byLabel.get("1号楼 1单元 102");
    assertThat(coOwned.get("maskedNames")).hasSize(2);
    assertThat(coOwned.get("rooms").get(0).get("areaSource").asString()).isEqualTo("SURVEYED");
    long voter401 = byLabel.get("1号楼 1单元 401").get("voterId").asLong();
    long voter402 = byLabel.get("1号楼 1单元 402").get("voterId").asLong();
    long voter101 = byLabel.get("1号楼 1单元 101").get("voterId").asLong();

    // Online: one ballot per counted voter; a co-owner's ballot is the room's.
    ApiClient.Response first = myBallot(jia, elevator, "APPROVE");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().get("channel").asString()).isEqualTo("ONLINE");
    assertThat(myBallot(jia, elevator, "APPROVE").json().get("id").asLong())
        .isEqualTo(first.json().get("id").asLong());
    assertThat(myBallot(jia, elevator, "REJECT").code()).isEqualTo("VOTE_ALREADY_CAST");
    assertThat(myBallot(bingUser, elevator, "APPROVE").status()).isEqualTo(201);
    assertThat(myBallot(yiUser, elevator, "REJECT").code()).isEqualTo("VOTE_ALREADY_CAST");
    assertThat(myBallot(dingUser, elevator, "APPROVE").status()).isEqualTo(201);
    assertThat(myBallot(tenant, elevator, "APPROVE").code()).isEqualTo("VOTE_NOT_ELIGIBLE");
    assertThat(myBallot(jia, elevator, "MAYBE").json().get("errors").toString())
        .contains("UNKNOWN_OPTION");
    JsonNode mine = jia.get("/api/v1/votes/" + elevator).json().get("myVoters");
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).get("optionKey").asString()).isEqualTo("APPROVE");

    // Paper and proxy ballots by staff, with their reason or authorisation; never twice.
    assertThat(staffBallot(f, elevator, voter101, "REJECT", "PAPER", "纸质表决票").code())
        .isEqualTo("VOTE_ALREADY_CAST");
    assertThat(staffBallot(f, elevator, voter401, "APPROVE", "PAPER", null).status())
        .isEqualTo(400); // a paper ballot needs a reason
    assertThat(jiaStaffAttempt(jia, elevator, voter401).status()).isEqualTo(403);
    ApiClient.Response paper = staffBallot(f, elevator, voter401, "APPROVE", "PAPER", "上门收回纸质表决票");
    assertThat(paper.status()).as(paper.toString()).isEqualTo(201);
    // Eight concurrent attempts for 402 through proxy and paper: exactly one lands.
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ApiClient.Response>> attempts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      Callable<ApiClient.Response> call =
          () ->
              n % 2 == 0
                  ? proxyBallot(f, elevator, voter402, "REJECT", "WT-2026-0" + n)
                  : staffBallot(f, elevator, voter402, "REJECT", "PAPER", "纸质票 " + n);
      attempts.add(pool.submit(call));
    }
    int landed = 0;
    for (Future<ApiClient.Response> a : attempts) {
      ApiClient.Response r = a.get();
      if (r.status() == 201) {
        landed++;
      } else {
        assertThat(r.code()).as(r.toString()).isEqualTo("VOTE_ALREADY_CAST");
      }
    }
    pool.shutdown();
    assertThat(landed).isEqualTo(1);
    JsonNode ballots = f.staff.get("/api/v1/votes/" + elevator + "/ballots").json();
    assertThat(ballots.get("total").asLong()).isEqualTo(5);
    assertThat(ballots.toString()).contains("上门收回纸质表决票");

    // Live tally: residents do not see it while open; staff see every figure.
    assertThat(jia.get("/api/v1/votes/" + elevator + "/tally").code())
        .isEqualTo("VOTE_TALLY_HIDDEN");
    JsonNode live = f.staff.get("/api/v1/votes/" + elevator + "/tally").json().get("result");
    long total = A101 + A102 + A201 + A202 + A301 + A302 + A401 + A402;
    long participating = total - A301 - A302;
    long approving = A101 + A102 + A201 + A202 + A401;
    assertThat(live.get("totalArea").asLong()).isEqualTo(total);
    assertThat(live.get("totalHeads").asLong()).isEqualTo(6);
    assertThat(live.get("participatingArea").asLong()).isEqualTo(participating);
    assertThat(live.get("participatingHeads").asLong()).isEqualTo(5);
    // 5 of 6 heads and 55,440 of 76,490 area take part (both ≥ 2/3).
    assertThat(live.get("quorumHeadsMet").asBoolean()).isTrue();
    assertThat(live.get("quorumAreaMet").asBoolean()).isTrue();
    JsonNode approve = live.get("options").get(0);
    assertThat(approve.get("key").asString()).isEqualTo("APPROVE");
    assertThat(approve.get("area").asLong()).isEqualTo(approving);
    assertThat(approve.get("heads").asLong()).isEqualTo(4);
    // 4 of 5 heads (≥ 3/4) and 46,420 of 55,440 area approve (4 × 46,420 ≥ 3 × 55,440).
    assertThat(total).isEqualTo(76_490);
    assertThat(participating).isEqualTo(55_440);
    assertThat(approving).isEqualTo(46_420);
    assertThat(approve.get("approvalAreaMet").asBoolean()).isTrue();
    assertThat(approve.get("approvalHeadsMet").asBoolean()).isTrue();
    assertThat(live.get("passed").asBoolean()).isTrue();
    JsonNode notVoted = f.staff.get("/api/v1/votes/" + elevator + "/not-voted-rooms").json();
    assertThat(notVoted.get("total").asLong()).isEqualTo(2);
    assertThat(notVoted.toString()).contains("1号楼 1单元 301", "1号楼 1单元 302");

    // The estate vote shows its live tally to residents; few took part there.
    assertThat(myBallot(jia, estate, "APPROVE").status()).isEqualTo(201);
    JsonNode estateLive = jia.get("/api/v1/votes/" + estate + "/tally").json().get("result");
    assertThat(estateLive.get("totalHeads").asLong()).isEqualTo(7);
    assertThat(estateLive.get("quorumHeadsMet").asBoolean()).isFalse();
    assertThat(estateLive.get("missingQuorumHeads").asLong()).isEqualTo(4); // 5 of 7 needed

    // Another community sees nothing of it.
    ApiClient outsider = other.member(Sessions.unique("outsider"));
    assertThat(outsider.get("/api/v1/votes/" + elevator).status()).isEqualTo(404);
    assertThat(myBallot(outsider, elevator, "APPROVE").status()).isEqualTo(404);
    assertThat(other.staff.get("/api/v1/votes/" + elevator + "/tally").status()).isEqualTo(404);
    assertThat(
            other
                .staff
                .post(
                    "/api/v1/votes/" + elevator + "/ballots",
                    Map.of(
                        "voterId",
                        voter401,
                        "optionKey",
                        "REJECT",
                        "channel",
                        "PAPER",
                        "reason",
                        "x"))
                .status())
        .isEqualTo(404);

    // Closing: the result is stored, immutable and reproducible.
    JsonNode closed = f.awaitStatus(elevator, "CLOSED", Duration.ofSeconds(60));
    assertThat(closed.get("passed").asBoolean()).isTrue();
    JsonNode estateClosed = f.awaitStatus(estate, "CLOSED", Duration.ofSeconds(10));
    assertThat(estateClosed.get("passed").asBoolean()).isFalse();
    // Both closed: the elevator passed, the estate vote did not, so together they did not.
    JsonNode both = f.staff.get("/api/v1/votes/" + elevator).json();
    assertThat(both.get("combinedPassed").asBoolean()).isFalse();
    assertThat(myBallot(dingUser, elevator, "REJECT").code()).isEqualTo("VOTE_NOT_OPEN");
    assertThat(staffBallot(f, elevator, voter401, "REJECT", "PAPER", "补录").code())
        .isEqualTo("VOTE_NOT_OPEN");
    JsonNode result = jia.get("/api/v1/votes/" + elevator + "/tally").json();
    assertThat(result.get("closed").asBoolean()).isTrue();
    assertThat(result.get("result").get("participatingArea").asLong()).isEqualTo(participating);
    assertThat(result.get("result").get("countingPolicy").asString()).isEqualTo("SPC_2020_ART8_9");
    assertThat(result.get("result").get("rules").get("name").asString()).isEqualTo("SPECIAL");
    assertThat(jia.get("/api/v1/proposals/" + proposal).json().get("status").asString())
        .isEqualTo("DECIDED");
    JsonNode recount = f.staff.post("/api/v1/votes/" + elevator + "/recount", null).json();
    assertThat(recount.get("agrees").asBoolean()).isTrue();
    assertThat(recount.get("recounted")).isEqualTo(recount.get("stored"));
    assertThat(jia.post("/api/v1/votes/" + elevator + "/recount", null).status()).isEqualTo(403);
    ApiClient.Response export =
        f.staff.get("/api/v1/votes/" + elevator + "/result/export?format=csv");
    assertThat(export.status()).isEqualTo(200);
    String csv = new String(export.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertThat(csv).contains("通过", "SPECIAL", "1号楼 1单元 401", "未表决").doesNotContain("甲一");
    assertThat(f.staff.post("/api/v1/votes/" + elevator + "/cancel", Map.of("reason", "x")).code())
        .isEqualTo("VOTE_NOT_EDITABLE");
  }

  @Test
  void residentsMeeting_onePerHousehold_adultsOnly_changeableBallots_underConcurrentTaps()
      throws Exception {
    VoteFixture f = new VoteFixture(sessions, "居民会议");
    long b3 = f.building("3号楼");
    long u = f.unit(b3, "1单元");
    long h101 = f.household(f.room(u, "101", 8_000, "REGISTER", false));
    long h102 = f.household(f.room(u, "102", 8_000, "REGISTER", false));
    long h103 = f.household(f.room(u, "103", 8_000, "REGISTER", false));
    java.time.LocalDate today = java.time.LocalDate.now();
    f.resident(h101, "甲一", today.minusYears(50), "HEAD", "OWNER");
    f.resident(h101, "乙二", today.minusYears(48), "SPOUSE", "FAMILY_MEMBER");
    f.resident(h101, "小戊", today.minusYears(16), "CHILD", "FAMILY_MEMBER");
    f.resident(h102, "丙三", today.minusYears(30), "HEAD", "TENANT");
    f.resident(h103, "丁四", today.minusYears(70), "HEAD", "OWNER");
    ApiClient jia = f.verified("3号楼", "1单元", "101", "甲一");
    ApiClient yi = f.verified("3号楼", "1单元", "101", "乙二");
    ApiClient bing = f.verified("3号楼", "1单元", "102", "丙三");

    Instant opens = Instant.now().plusSeconds(2);
    Map<String, Object> body =
        VoteFixture.vote(
            "RESIDENTS_MEETING", "BUILDINGS", List.of(b3), opens, opens.plusSeconds(600));
    body.put("title", "楼道堆物清理公约");
    body.put("electorateKind", "HOUSEHOLDS");
    body.put("ballotsChangeable", true);
    body.put("tallyPublic", true);
    // An owners' profile does not fit a residents' electorate.
    Map<String, Object> wrong = new HashMap<>(body);
    wrong.put("profile", "SPECIAL");
    assertThat(f.staff.post("/api/v1/votes", wrong).json().get("errors").toString())
        .contains("profile");
    long vote = f.createAndPublish(body);
    f.awaitStatus(vote, "OPEN", Duration.ofSeconds(20));

    JsonNode electorate = f.staff.get("/api/v1/votes/" + vote + "/electorate").json();
    assertThat(electorate.get("total").asLong()).isEqualTo(3);
    JsonNode first = electorate.get("items").get(0);
    assertThat(first.get("areaCentiM2").asLong()).isZero();
    assertThat(first.get("maskedNames")).hasSize(2); // the 16-year-old is not a voter's person

    // Both adults of household 101 tap at once, each several times: one ballot in force.
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ApiClient.Response>> taps = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ApiClient who = i % 2 == 0 ? jia : yi;
      String option = i % 3 == 0 ? "REJECT" : "APPROVE";
      taps.add(pool.submit(() -> myBallot(who, vote, option)));
    }
    for (Future<ApiClient.Response> t : taps) {
      assertThat(t.get().status()).as(t.get().toString()).isEqualTo(201);
    }
    pool.shutdown();
    JsonNode ballots = f.staff.get("/api/v1/votes/" + vote + "/ballots").json();
    assertThat(ballots.get("total").asLong()).isEqualTo(1);
    String inForce = ballots.get("items").get(0).get("optionKey").asString();
    assertThat(inForce).isIn("APPROVE", "REJECT");
    assertThat(
            jia.get("/api/v1/votes/" + vote)
                .json()
                .get("myVoters")
                .get(0)
                .get("optionKey")
                .asString())
        .isEqualTo(inForce);

    // A changed ballot replaces the earlier one; a paper ballot cannot be added on top.
    assertThat(myBallot(bing, vote, "REJECT").status()).isEqualTo(201);
    assertThat(myBallot(bing, vote, "APPROVE").status()).isEqualTo(201);
    long bingVoter =
        bing.get("/api/v1/votes/" + vote).json().get("myVoters").get(0).get("voterId").asLong();
    assertThat(staffBallot(f, vote, bingVoter, "REJECT", "PAPER", "纸质票").code())
        .isEqualTo("VOTE_ALREADY_CAST");
    JsonNode tally = bing.get("/api/v1/votes/" + vote + "/tally").json().get("result");
    assertThat(tally.get("totalHeads").asLong()).isEqualTo(3);
    assertThat(tally.get("participatingHeads").asLong()).isEqualTo(2);
    assertThat(tally.get("quorumHeadsMet").asBoolean()).isTrue(); // 2 of 3 is more than half
    assertThat(tally.get("countingPolicy").asString()).isEqualTo("ONE_PER_HOUSEHOLD");
    // Household 101 settles on REJECT: 1 of 2 present approve, which is not more than half.
    assertThat(myBallot(yi, vote, "REJECT").status()).isEqualTo(201);
    tally = bing.get("/api/v1/votes/" + vote + "/tally").json().get("result");
    assertThat(tally.get("options").get(0).get("heads").asLong()).isEqualTo(1);
    assertThat(tally.get("options").get(0).get("approvalHeadsMet").asBoolean()).isFalse();
    assertThat(tally.get("passed").asBoolean()).isFalse();
    // Household 101 changes to APPROVE: 2 of 2 present approve.
    assertThat(myBallot(jia, vote, "APPROVE").status()).isEqualTo(201);
    tally = bing.get("/api/v1/votes/" + vote + "/tally").json().get("result");
    assertThat(tally.get("options").get(0).get("heads").asLong()).isEqualTo(2);
    assertThat(tally.get("passed").asBoolean()).isTrue();
    assertThat(f.staff.get("/api/v1/votes/" + vote + "/ballots").json().get("total").asLong())
        .isEqualTo(2);
  }

  private static ApiClient.Response myBallot(ApiClient who, long vote, String option) {
    return who.post("/api/v1/votes/" + vote + "/ballots/me", Map.of("optionKey", option));
  }

  private static ApiClient.Response staffBallot(
      VoteFixture f, long vote, long voter, String option, String channel, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("voterId", voter);
    body.put("optionKey", option);
    body.put("channel", channel);
    if (reason != null) {
      body.put("reason", reason);
    }
    return f.staff.post("/api/v1/votes/" + vote + "/ballots", body);
  }

  private static ApiClient.Response proxyBallot(
      VoteFixture f, long vote, long voter, String option, String reference) {
    return f.staff.post(
        "/api/v1/votes/" + vote + "/ballots",
        Map.of(
            "voterId", voter,
            "optionKey", option,
            "channel", "PROXY",
            "proxyReference", reference,
            "proxyHolder", "己六之子"));
  }

  private static ApiClient.Response jiaStaffAttempt(ApiClient resident, long vote, long voter) {
    return resident.post(
        "/api/v1/votes/" + vote + "/ballots",
        Map.of("voterId", voter, "optionKey", "APPROVE", "channel", "PAPER", "reason", "x"));
  }
}
