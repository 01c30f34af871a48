package org.linli.api.goods;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.service.goods.GoodsReminders;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.wechat.FakeWeChatServer;
import tools.jackson.databind.JsonNode;

/** Goods to give away and lend: queues, choices, loans, returns, due reminders and isolation. */
class GoodsIT {

  private static final FakeWeChatServer WECHAT = LinliInstance.sharedWeChat();
  private static final String PHOTO = "https://" + LinliInstance.GOODS_PHOTO_HOST + "/g/1.jpg";
  private final Sessions sessions = new Sessions(LinliInstance.shared().client());

  private record Community(long id, ApiClient staff) {}

  private Community community(String prefix) {
    long id = sessions.newCommunity(prefix);
    String staffName = Sessions.unique("goods-staff");
    sessions.grant(staffName, id, "STAFF");
    return new Community(id, sessions.as(staffName).inCommunity(id));
  }

  private ApiClient member(Community c, String identity) {
    sessions.join(identity, c.id());
    return sessions.as(identity).inCommunity(c.id());
  }

  private static Map<String, Object> item(String mode, String title, List<String> photos) {
    Map<String, Object> b = new HashMap<>();
    b.put("mode", mode);
    b.put("title", title);
    b.put("description", "还能用");
    b.put("condition", "九成新");
    b.put("pickupBuilding", "5号楼");
    b.put("photoUrls", photos);
    return b;
  }

  @Test
  void giveAway_theGiverPicksOneOfTheQueue_andTheOthersAreDeclined() {
    Community c = community("物资赠送");
    ApiClient giver = member(c, Sessions.unique("giver"));
    ApiClient first = member(c, Sessions.unique("first"));
    ApiClient second = member(c, Sessions.unique("second"));
    ApiClient late = member(c, Sessions.unique("late"));

    ApiClient.Response offHost =
        giver.post(
            "/api/v1/goods", item("GIVE", "婴儿车", List.of(PHOTO, "https://evil.example.com/x.jpg")));
    assertThat(offHost.status()).isEqualTo(400);
    assertThat(offHost.json().get("errors").get(0).get("field").asString())
        .isEqualTo("photoUrls[1]");
    assertThat(
            giver
                .post(
                    "/api/v1/goods",
                    item(
                        "GIVE",
                        "婴儿车",
                        List.of("http://" + LinliInstance.GOODS_PHOTO_HOST + "/a.jpg")))
                .status())
        .isEqualTo(400);
    ApiClient.Response posted = giver.post("/api/v1/goods", item("GIVE", "婴儿车", List.of(PHOTO)));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    long id = posted.json().get("id").asLong();
    assertThat(posted.json().get("status").asString()).isEqualTo("AVAILABLE");
    assertThat(posted.json().get("photoUrls").get(0).asString()).isEqualTo(PHOTO);

    assertThat(giver.post("/api/v1/goods/" + id + "/requests", Map.of()).code())
        .isEqualTo("GOODS_REQUEST_INVALID");
    long a =
        first
            .post("/api/v1/goods/" + id + "/requests", Map.of("message", "想要"))
            .json()
            .get("id")
            .asLong();
    long b = second.post("/api/v1/goods/" + id + "/requests", Map.of()).json().get("id").asLong();
    assertThat(first.post("/api/v1/goods/" + id + "/requests", Map.of()).code())
        .isEqualTo("GOODS_REQUEST_INVALID");
    assertThat(first.get("/api/v1/goods/" + id + "/requests").code()).isEqualTo("FORBIDDEN");
    JsonNode queue = giver.get("/api/v1/goods/" + id + "/requests").json().get("items");
    assertThat(queue.get(0).get("id").asLong()).isEqualTo(a);
    assertThat(queue.get(1).get("id").asLong()).isEqualTo(b);
    assertThat(queue.get(0).get("requesterName").asString()).startsWith("居民");
    // Only the giver picks.
    assertThat(first.post("/api/v1/goods-requests/" + a + "/approve", null).code())
        .isEqualTo("FORBIDDEN");

    JsonNode chosen = giver.post("/api/v1/goods-requests/" + b + "/approve", null).json();
    assertThat(chosen.get("status").asString()).isEqualTo("CHOSEN");
    assertThat(giver.get("/api/v1/goods/" + id).json().get("status").asString()).isEqualTo("TAKEN");
    queue = giver.get("/api/v1/goods/" + id + "/requests").json().get("items");
    assertThat(queue.get(0).get("status").asString()).isEqualTo("DECLINED");
    assertThat(late.post("/api/v1/goods/" + id + "/requests", Map.of()).code())
        .isEqualTo("GOODS_REQUEST_INVALID");
    assertThat(giver.post("/api/v1/goods-requests/" + a + "/approve", null).code())
        .isEqualTo("GOODS_REQUEST_INVALID");
    // Taken items leave the list.
    assertThat(late.get("/api/v1/goods?mode=GIVE").json().get("total").asLong()).isZero();
  }

  @Test
  void lendingLibrary_lendsInQueueOrder_remindsTheBorrowerOnce_andTakesItBack() throws Exception {
    Community c = community("物资借用");
    String borrowerName = Sessions.unique("borrower");
    ApiClient borrower = member(c, borrowerName);
    ApiClient next = member(c, Sessions.unique("next"));
    Map<String, Object> drill = item("LEND", "电钻", List.of());
    drill.put("communityOwned", true);
    assertThat(borrower.post("/api/v1/goods", drill).code()).isEqualTo("FORBIDDEN");
    JsonNode posted = c.staff().post("/api/v1/goods", drill).json();
    long id = posted.get("id").asLong();
    assertThat(posted.get("communityOwned").asBoolean()).isTrue();
    assertThat(posted.get("ownerName").asString()).isEqualTo("社区");

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    ApiClient.Response noDates = borrower.post("/api/v1/goods/" + id + "/requests", Map.of());
    assertThat(noDates.status()).isEqualTo(400);
    Map<String, Object> loan = new HashMap<>();
    loan.put("startsOn", today.toString());
    loan.put("dueOn", today.plusDays(1).toString());
    loan.put("acceptedTemplateIds", List.of(LinliInstance.GOODS_DUE_TEMPLATE));
    long first = borrower.post("/api/v1/goods/" + id + "/requests", loan).json().get("id").asLong();
    Map<String, Object> later = new HashMap<>(loan);
    later.put("startsOn", today.plusDays(2).toString());
    later.put("dueOn", today.plusDays(3).toString());
    long second = next.post("/api/v1/goods/" + id + "/requests", later).json().get("id").asLong();

    JsonNode lent = c.staff().post("/api/v1/goods-requests/" + first + "/approve", null).json();
    assertThat(lent.get("status").asString()).isEqualTo("LENT");
    assertThat(lent.get("late").asBoolean()).isFalse();
    assertThat(c.staff().post("/api/v1/goods-requests/" + second + "/approve", null).code())
        .isEqualTo("GOODS_REQUEST_INVALID");
    assertThat(borrower.post("/api/v1/goods-requests/" + first + "/cancel", null).code())
        .isEqualTo("GOODS_REQUEST_INVALID");

    // Due tomorrow: reminded once, however many rounds queue it.
    GoodsReminders reminders = LinliInstance.shared().context().getBean(GoodsReminders.class);
    reminders.queueDue(today);
    reminders.queueDue(today);
    String openid = FakeWeChatServer.openidFor(borrowerName);
    long deadline = System.currentTimeMillis() + 30_000;
    while (count(openid) < 1 && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    reminders.queueDue(today.plusDays(1));
    Thread.sleep(1500);
    assertThat(count(openid)).isEqualTo(1);

    JsonNode back =
        c.staff()
            .post("/api/v1/goods-requests/" + first + "/return", Map.of("conditionNote", "完好"))
            .json();
    assertThat(back.get("status").asString()).isEqualTo("RETURNED");
    assertThat(back.get("returnNote").asString()).isEqualTo("完好");
    assertThat(c.staff().get("/api/v1/goods/" + id).json().get("status").asString())
        .isEqualTo("AVAILABLE");
    assertThat(c.staff().post("/api/v1/goods-requests/" + first + "/return", Map.of()).code())
        .isEqualTo("GOODS_REQUEST_INVALID");
    // The next in the queue borrows it now.
    assertThat(
            c.staff()
                .post("/api/v1/goods-requests/" + second + "/approve", null)
                .json()
                .get("status")
                .asString())
        .isEqualTo("LENT");
    List<String> statuses = new ArrayList<>();
    next.get("/api/v1/goods?mode=LEND")
        .json()
        .get("items")
        .forEach(i -> statuses.add(i.get("status").asString()));
    assertThat(statuses).containsExactly("LENT");
  }

  @Test
  void goodsOfAnotherCommunity_lookAbsent_andHeldItemsWaitForStaff() {
    Community a = community("物资甲");
    Community b = community("物资乙");
    ApiClient owner = member(a, Sessions.unique("owner"));
    ApiClient asker = member(a, Sessions.unique("asker"));
    ApiClient outsider = member(b, Sessions.unique("outsider"));
    long id = owner.post("/api/v1/goods", item("LEND", "梯子", List.of())).json().get("id").asLong();
    Map<String, Object> loan = new HashMap<>();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    loan.put("startsOn", today.toString());
    loan.put("dueOn", today.toString());
    long request = asker.post("/api/v1/goods/" + id + "/requests", loan).json().get("id").asLong();

    assertThat(outsider.get("/api/v1/goods/" + id).code()).isEqualTo("GOODS_ITEM_NOT_FOUND");
    assertThat(outsider.post("/api/v1/goods/" + id + "/requests", loan).code())
        .isEqualTo("GOODS_ITEM_NOT_FOUND");
    assertThat(outsider.post("/api/v1/goods-requests/" + request + "/approve", null).code())
        .isEqualTo("GOODS_REQUEST_NOT_FOUND");
    assertThat(b.staff().post("/api/v1/goods-requests/" + request + "/decline", null).code())
        .isEqualTo("GOODS_REQUEST_NOT_FOUND");
    assertThat(outsider.get("/api/v1/goods").json().get("total").asLong()).isZero();

    ApiClient.Response held = owner.post("/api/v1/goods", item("GIVE", "待审 旧书", List.of()));
    assertThat(held.json().get("status").asString()).isEqualTo("HELD");
    long heldId = held.json().get("id").asLong();
    assertThat(asker.get("/api/v1/goods/" + heldId).code()).isEqualTo("GOODS_ITEM_NOT_FOUND");
    assertThat(a.staff().post("/api/v1/goods/" + heldId + "/approve", null).status())
        .isEqualTo(200);
    assertThat(asker.get("/api/v1/goods/" + heldId).status()).isEqualTo(200);
    assertThat(
            a.staff()
                .post("/api/v1/goods/" + heldId + "/hide", Map.of("reason", "重复发布"))
                .json()
                .get("status")
                .asString())
        .isEqualTo("HIDDEN");
    assertThat(asker.get("/api/v1/goods/" + heldId).code()).isEqualTo("GOODS_ITEM_NOT_FOUND");
  }

  private static long count(String openid) {
    return WECHAT.sentSubscribeMessages().stream()
        .filter(m -> m.contains(openid) && m.contains(LinliInstance.GOODS_DUE_TEMPLATE))
        .count();
  }
}
