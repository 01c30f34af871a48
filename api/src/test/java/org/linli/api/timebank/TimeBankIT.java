package org.linli.api.timebank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import tools.jackson.databind.JsonNode;

/** The time bank: limits, concurrent transfers, statements, staff corrections and isolation. */
class TimeBankIT {

  private final ApiClient api = LinliInstance.shared().client();
  private final Sessions sessions = new Sessions(api);

  private record Community(long id, ApiClient staff) {}

  private Community community(String prefix) {
    long id = sessions.newCommunity(prefix);
    String staffName = Sessions.unique("tb-staff");
    sessions.grant(staffName, id, "STAFF");
    return new Community(id, sessions.as(staffName).inCommunity(id));
  }

  private static ApiClient.Response correct(
      ApiClient staff, Long from, Long to, int minutes, String reason) {
    Map<String, Object> body = new HashMap<>();
    if (from != null) {
      body.put("fromUserId", from);
    }
    if (to != null) {
      body.put("toUserId", to);
    }
    body.put("minutes", minutes);
    body.put("reason", reason);
    return staff.post("/api/v1/time-bank/corrections", body);
  }

  @Test
  void limits_refuseTransfersThatWouldCrossThem_andStatementsShowEveryMovement() {
    Community c = community("时间银行限额");
    String aliceName = Sessions.unique("alice");
    long alice = sessions.join(aliceName, c.id());
    ApiClient aliceApi = sessions.as(aliceName).inCommunity(c.id());
    long bob = sessions.join(Sessions.unique("bob"), c.id());

    // Defaults until the community sets its own.
    JsonNode defaults = aliceApi.get("/api/v1/time-bank/settings").json();
    assertThat(defaults.get("minBalanceMinutes").asInt()).isEqualTo(-600);
    assertThat(
            aliceApi
                .put(
                    "/api/v1/time-bank/settings",
                    Map.of("minBalanceMinutes", -60, "maxBalanceMinutes", 120))
                .code())
        .isEqualTo("FORBIDDEN");
    ApiClient.Response bad =
        c.staff()
            .put(
                "/api/v1/time-bank/settings",
                Map.of("minBalanceMinutes", 0, "maxBalanceMinutes", -1));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(
            c.staff()
                .put(
                    "/api/v1/time-bank/settings",
                    Map.of("minBalanceMinutes", -60, "maxBalanceMinutes", 120))
                .status())
        .isEqualTo(200);

    // A resident without an account sees a zero balance.
    JsonNode empty = aliceApi.get("/api/v1/me/time-bank").json();
    assertThat(empty.get("balanceMinutes").asLong()).isZero();
    assertThat(empty.get("limits").get("minBalanceMinutes").asInt()).isEqualTo(-60);

    assertThat(correct(c.staff(), alice, bob, 50, "代为记录帮忙遛狗").status()).isEqualTo(201);
    ApiClient.Response below = correct(c.staff(), alice, bob, 11, "再记一次");
    assertThat(below.status()).isEqualTo(409);
    assertThat(below.code()).isEqualTo("TIME_BALANCE_BELOW_MINIMUM");
    assertThat(below.json().get("detail").asString()).contains("-60");
    assertThat(correct(c.staff(), alice, bob, 10, "补记").status()).isEqualTo(201);
    // Bob now holds 60; the community may credit him up to 120 but not beyond.
    ApiClient.Response above = correct(c.staff(), null, bob, 61, "奖励");
    assertThat(above.code()).isEqualTo("TIME_BALANCE_ABOVE_MAXIMUM");
    assertThat(correct(c.staff(), null, bob, 60, "奖励").status()).isEqualTo(201);
    // A reason is required; residents cannot correct.
    assertThat(correct(c.staff(), null, bob, 5, " ").status()).isEqualTo(400);
    assertThat(correct(aliceApi, bob, alice, 5, "我自己转").code()).isEqualTo("FORBIDDEN");

    JsonNode statement = aliceApi.get("/api/v1/me/time-bank").json();
    assertThat(statement.get("balanceMinutes").asLong()).isEqualTo(-60);
    assertThat(statement.get("total").asLong()).isEqualTo(2);
    assertThat(statement.get("items").get(0).get("minutes").asInt()).isEqualTo(-10);
    assertThat(statement.get("items").get(0).get("kind").asString()).isEqualTo("CORRECTION");
    assertThat(statement.get("items").get(1).get("note").asString()).isEqualTo("代为记录帮忙遛狗");

    // Staff see every account; balances sum to zero with the community's own account.
    JsonNode accounts = c.staff().get("/api/v1/time-bank/accounts").json();
    assertThat(accounts.get("movementSumMinutes").asLong()).isZero();
    long sum = 0;
    Map<Long, Long> byUser = new HashMap<>();
    for (JsonNode a : accounts.get("items")) {
      sum += a.get("balanceMinutes").asLong();
      if (a.has("userId")) {
        byUser.put(a.get("userId").asLong(), a.get("balanceMinutes").asLong());
      }
    }
    assertThat(sum).isZero();
    assertThat(byUser).containsEntry(alice, -60L).containsEntry(bob, 120L);
    assertThat(aliceApi.get("/api/v1/time-bank/accounts").code()).isEqualTo("FORBIDDEN");

    // Tightening the limits flags accounts now beyond them.
    c.staff()
        .put(
            "/api/v1/time-bank/settings",
            Map.of("minBalanceMinutes", -30, "maxBalanceMinutes", 100));
    JsonNode flagged = c.staff().get("/api/v1/time-bank/accounts?flagged=true").json();
    List<Long> flaggedUsers = new ArrayList<>();
    flagged.get("items").forEach(a -> flaggedUsers.add(a.get("userId").asLong()));
    assertThat(flaggedUsers).containsExactlyInAnyOrder(alice, bob);
    assertThat(flagged.get("items").get(0).get("beyondLimits").asBoolean()).isTrue();

    // Staff read and export one account's statement; the export carries a running balance.
    long aliceAccount = statement.get("accountId").asLong();
    JsonNode staffView =
        c.staff().get("/api/v1/time-bank/accounts/" + aliceAccount + "/statement").json();
    assertThat(staffView.get("balanceMinutes").asLong()).isEqualTo(-60);
    ApiClient.Response csv =
        c.staff()
            .accept("text/csv, application/problem+json")
            .get("/api/v1/time-bank/accounts/" + aliceAccount + "/statement/export?format=csv");
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.body()).contains("代为记录帮忙遛狗").contains("-50").contains("-60");
    ApiClient.Response xlsx =
        c.staff()
            .accept(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
                    + " application/problem+json")
            .get("/api/v1/time-bank/accounts/" + aliceAccount + "/statement/export?format=xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.body()).startsWith("PK");
  }

  @Test
  void residents_exportTheirOwnStatement() {
    Community c = community("时间银行导出");
    String name = Sessions.unique("exporter");
    long user = sessions.join(name, c.id());
    ApiClient me = sessions.as(name).inCommunity(c.id());
    ApiClient.Response empty =
        me.accept("text/csv, application/problem+json").get("/api/v1/me/time-bank/export");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).contains("余额（分钟）").doesNotContain("CORRECTION");
    correct(c.staff(), null, user, 90, "补记服务");
    correct(c.staff(), user, null, 30, "冲正");
    ApiClient.Response csv =
        me.accept("text/csv, application/problem+json")
            .get("/api/v1/me/time-bank/export?format=csv");
    assertThat(csv.body()).contains("补记服务").contains("冲正").contains(",60,1.00,");
  }

  @Test
  void concurrentTransfersFromOneAccount_neverJointlyBreakTheMinimum() throws Exception {
    Community c = community("时间银行并发");
    c.staff()
        .put(
            "/api/v1/time-bank/settings",
            Map.of("minBalanceMinutes", -100, "maxBalanceMinutes", 10_000));
    long payer = sessions.join(Sessions.unique("payer"), c.id());
    List<Long> payees = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      long payee = sessions.join(Sessions.unique("payee"), c.id());
      payees.add(payee);
      // Open every account before the race.
      assertThat(correct(c.staff(), null, payee, 1, "开户").status()).isEqualTo(201);
    }
    assertThat(correct(c.staff(), null, payer, 20, "开户").status()).isEqualTo(201);
    // The payer may pay 120 minutes in all; twelve transfers of 20 race for it.
    ExecutorService pool = Executors.newFixedThreadPool(12);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiClient.Response>> answers = new ArrayList<>();
    try {
      for (long payee : payees) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return correct(c.staff(), payer, payee, 20, "并发转账");
                }));
      }
      start.countDown();
      int ok = 0;
      int refused = 0;
      for (Future<ApiClient.Response> f : answers) {
        ApiClient.Response r = f.get();
        if (r.status() == 201) {
          ok++;
        } else {
          assertThat(r.code()).as(r.toString()).isEqualTo("TIME_BALANCE_BELOW_MINIMUM");
          refused++;
        }
      }
      assertThat(ok).isEqualTo(6);
      assertThat(refused).isEqualTo(6);
    } finally {
      pool.shutdownNow();
    }
    JsonNode accounts = c.staff().get("/api/v1/time-bank/accounts?size=50").json();
    assertThat(accounts.get("movementSumMinutes").asLong()).isZero();
    long sum = 0;
    for (JsonNode a : accounts.get("items")) {
      sum += a.get("balanceMinutes").asLong();
      if (a.has("userId") && a.get("userId").asLong() == payer) {
        assertThat(a.get("balanceMinutes").asLong()).isEqualTo(-100);
      }
    }
    assertThat(sum).isZero();
  }

  @Test
  void accounts_areInvisibleFromAnotherCommunity() {
    Community a = community("时间银行甲");
    Community b = community("时间银行乙");
    long alice = sessions.join(Sessions.unique("alice"), a.id());
    correct(a.staff(), null, alice, 30, "开户");
    JsonNode accounts = a.staff().get("/api/v1/time-bank/accounts").json();
    long accountId = -1;
    for (JsonNode acc : accounts.get("items")) {
      if (acc.has("userId") && acc.get("userId").asLong() == alice) {
        accountId = acc.get("accountId").asLong();
      }
    }
    assertThat(accountId).isPositive();
    assertThat(b.staff().get("/api/v1/time-bank/accounts/" + accountId + "/statement").code())
        .isEqualTo("TIME_ACCOUNT_NOT_FOUND");
    assertThat(b.staff().get("/api/v1/time-bank/accounts").json().get("total").asLong()).isZero();
    // Staff of B cannot move A's members' credits.
    ApiClient.Response r = correct(b.staff(), alice, null, 5, "越权");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("NOT_A_MEMBER");
  }
}
