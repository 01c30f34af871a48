package org.linli.api.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.api.skill.SkillFixture.act;
import static org.linli.api.skill.SkillFixture.propose;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.api.skill.SkillFixture.Member;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import tools.jackson.databind.JsonNode;

/**
 * Reports (举报) on neighbour sharing: posts, thank-you notes and goods items go to one staff queue
 * with their content; staff keep them up or take them down.
 */
class SharingReportsIT {

  private final Sessions sessions = new Sessions(LinliInstance.shared().client());

  private static Map<String, Object> reason(String why) {
    return Map.of("reason", why);
  }

  @Test
  void postsNotesAndItems_canBeReported_staffSeeTheContent_andTakeItDown() {
    SkillFixture f = new SkillFixture(sessions, "互助举报");
    Member author = f.member("author");
    Member neighbour = f.member("neighbour");
    long post = f.published(author, "OFFER", "修自行车", null);

    // A post: reported once per reporter, queued with its text.
    ApiClient.Response first =
        neighbour.api().post("/api/v1/skill-posts/" + post + "/reports", reason("广告"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().get("contentType").asString()).isEqualTo("SKILL_POST");
    ApiClient.Response again =
        neighbour.api().post("/api/v1/skill-posts/" + post + "/reports", reason("还是广告"));
    assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
    assertThat(neighbour.api().get("/api/v1/sharing-reports").status()).isEqualTo(403);
    JsonNode queue = f.staff.get("/api/v1/sharing-reports?status=HELD").json();
    assertThat(queue.get("total").asLong()).isEqualTo(1);
    JsonNode item = queue.get("items").get(0);
    assertThat(item.get("contentType").asString()).isEqualTo("SKILL_POST");
    assertThat(item.get("text").asString()).contains("修自行车");
    assertThat(item.get("authorId").asLong()).isEqualTo(author.id());
    assertThat(item.get("reportCount").asInt()).isEqualTo(1);

    // Another community can neither report it nor see or decide the queue item.
    SkillFixture other = new SkillFixture(sessions, "别的社区举报");
    Member outsider = other.member("outsider");
    assertThat(
            outsider.api().post("/api/v1/skill-posts/" + post + "/reports", reason("x")).status())
        .isEqualTo(404);
    assertThat(other.staff.get("/api/v1/sharing-reports").json().get("total").asLong()).isZero();
    assertThat(
            other
                .staff
                .post("/api/v1/sharing-reports/" + item.get("id").asLong() + "/reject", null)
                .status())
        .isEqualTo(404);

    // Staff take it down: the post is hidden from residents; the decision is final.
    ApiClient.Response rejected =
        f.staff.post(
            "/api/v1/sharing-reports/" + item.get("id").asLong() + "/reject",
            Map.of("note", "商业广告"));
    assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
    assertThat(neighbour.api().get("/api/v1/skill-posts/" + post).status()).isEqualTo(404);
    assertThat(author.api().get("/api/v1/skill-posts/" + post).json().get("status").asString())
        .isEqualTo("HIDDEN");
    assertThat(
            f.staff
                .post("/api/v1/sharing-reports/" + item.get("id").asLong() + "/approve", null)
                .status())
        .isEqualTo(409);
    // A hidden post cannot be reported any more.
    assertThat(
            f.member("late")
                .api()
                .post("/api/v1/skill-posts/" + post + "/reports", reason("x"))
                .status())
        .isEqualTo(404);

    // A thank-you note: only the side it was written for reports it; taking it down hides it from
    // that side.
    long offer = f.published(author, "OFFER", "陪老人聊天", null);
    long x = propose(neighbour, offer, 0);
    act(author, x, "accept");
    act(author, x, "confirm");
    act(neighbour, x, "confirm");
    assertThat(
            author
                .api()
                .post("/api/v1/skill-exchanges/" + x + "/thanks", Map.of("text", "谢谢你"))
                .status())
        .isEqualTo(200);
    assertThat(
            f.member("stranger")
                .api()
                .post("/api/v1/skill-exchanges/" + x + "/thanks/reports", reason("x"))
                .status())
        .isEqualTo(404);
    // The author has no note from the other side to report.
    assertThat(
            author
                .api()
                .post("/api/v1/skill-exchanges/" + x + "/thanks/reports", reason("x"))
                .status())
        .isEqualTo(404);
    assertThat(
            neighbour
                .api()
                .get("/api/v1/skill-exchanges/" + x)
                .json()
                .get("helperThanks")
                .asString())
        .isEqualTo("谢谢你");
    ApiClient.Response note =
        neighbour.api().post("/api/v1/skill-exchanges/" + x + "/thanks/reports", reason("骚扰"));
    assertThat(note.status()).as(note.toString()).isEqualTo(201);
    assertThat(note.json().get("contentId").asString()).isEqualTo(x + ":" + author.id());
    long noteItem = heldItem(f, "SKILL_NOTE").get("id").asLong();
    assertThat(f.staff.post("/api/v1/sharing-reports/" + noteItem + "/reject", null).status())
        .isEqualTo(200);
    JsonNode seen = neighbour.api().get("/api/v1/skill-exchanges/" + x).json();
    assertThat(seen.has("helperThanks") && !seen.get("helperThanks").isNull()).isFalse();

    // A goods item: staff keep it up after a look.
    Map<String, Object> chair = new HashMap<>();
    chair.put("mode", "LEND");
    chair.put("title", "轮椅");
    chair.put("description", "可折叠");
    chair.put("condition", "八成新");
    chair.put("pickupBuilding", "5号楼");
    chair.put("photoUrls", List.of());
    ApiClient.Response posted = author.api().post("/api/v1/goods", chair);
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    long goods = posted.json().get("id").asLong();
    assertThat(neighbour.api().post("/api/v1/goods/" + goods + "/reports", reason("不像真的")).status())
        .isEqualTo(201);
    long goodsItem = heldItem(f, "GOODS_ITEM").get("id").asLong();
    assertThat(
            f.staff
                .post("/api/v1/sharing-reports/" + goodsItem + "/approve", null)
                .json()
                .get("status")
                .asString())
        .isEqualTo("APPROVED");
    assertThat(neighbour.api().get("/api/v1/goods/" + goods).status()).isEqualTo(200);
    // Staff hide it by hand and put it back up; a resident cannot.
    assertThat(f.staff.post("/api/v1/goods/" + goods + "/hide", reason("核实中")).status())
        .isEqualTo(200);
    assertThat(neighbour.api().get("/api/v1/goods/" + goods).status()).isEqualTo(404);
    assertThat(neighbour.api().post("/api/v1/goods/" + goods + "/restore", null).status())
        .isEqualTo(403);
    assertThat(
            f.staff
                .post("/api/v1/goods/" + goods + "/restore", null)
                .json()
                .get("status")
                .asString())
        .isEqualTo("AVAILABLE");
    assertThat(neighbour.api().get("/api/v1/goods/" + goods).status()).isEqualTo(200);
    assertThat(f.staff.post("/api/v1/goods/" + goods + "/restore", null).status()).isEqualTo(409);
  }

  private static JsonNode heldItem(SkillFixture f, String type) {
    for (JsonNode i : f.staff.get("/api/v1/sharing-reports?status=HELD").json().get("items")) {
      if (i.get("contentType").asString().equals(type)) {
        return i;
      }
    }
    throw new AssertionError("no held " + type);
  }
}
