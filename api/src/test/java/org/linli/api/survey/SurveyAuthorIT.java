package org.linli.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import tools.jackson.databind.JsonNode;

/** Volunteers build surveys only with a staff member's permission; staff open them. */
class SurveyAuthorIT {

  private final Sessions sessions = new Sessions(LinliInstance.shared().client());

  private static Map<String, Object> body(String title) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("title", title);
    b.put("anonymity", "ANONYMOUS");
    b.put("audience", "ALL");
    b.put("questions", List.of(Map.of("id", "q1", "type", "SHORT_TEXT", "title", "您的建议")));
    return b;
  }

  @Test
  void aVolunteer_needsStaffPermission_buildsOwnDrafts_andStaffOpenThem() {
    long community = sessions.newCommunity("志愿者问卷");
    String staffName = Sessions.unique("author-staff");
    sessions.grant(staffName, community, "STAFF");
    ApiClient staff = sessions.as(staffName).inCommunity(community);
    String volunteerName = Sessions.unique("author-volunteer");
    long volunteerId = sessions.grant(volunteerName, community, "VOLUNTEER");
    ApiClient volunteer = sessions.as(volunteerName).inCommunity(community);
    String residentName = Sessions.unique("author-resident");
    long residentId = sessions.join(residentName, community);
    ApiClient resident = sessions.as(residentName).inCommunity(community);

    ApiClient.Response refused = volunteer.post("/api/v1/surveys", body("垃圾分类"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("SURVEY_AUTHOR_NOT_GRANTED");
    assertThat(refused.json().get("detail").asString()).contains("授权");
    assertThat(resident.post("/api/v1/surveys", body("x")).code()).isEqualTo("FORBIDDEN");
    assertThat(volunteer.put("/api/v1/survey-authors/" + volunteerId).status()).isEqualTo(403);

    ApiClient.Response notVolunteer = staff.put("/api/v1/survey-authors/" + residentId);
    assertThat(notVolunteer.status()).isEqualTo(400);
    assertThat(notVolunteer.json().get("errors").toString()).contains("NOT_A_VOLUNTEER");
    ApiClient.Response granted = staff.put("/api/v1/survey-authors/" + volunteerId);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    assertThat(granted.json().get("userId").asLong()).isEqualTo(volunteerId);
    assertThat(staff.put("/api/v1/survey-authors/" + volunteerId).status()).isEqualTo(200);
    JsonNode list = staff.get("/api/v1/survey-authors").json().get("items");
    assertThat(list).hasSize(1);

    ApiClient.Response created = volunteer.post("/api/v1/surveys", body("垃圾分类"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long own = created.json().get("id").asLong();
    Map<String, Object> edited = body("垃圾分类意见");
    assertThat(volunteer.put("/api/v1/surveys/" + own, edited).status()).isEqualTo(200);
    assertThat(volunteer.get("/api/v1/surveys/" + own).json().get("title").asString())
        .isEqualTo("垃圾分类意见");
    long staffs = staff.post("/api/v1/surveys", body("工作人员的问卷")).json().get("id").asLong();
    JsonNode mine = volunteer.get("/api/v1/surveys").json().get("items");
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).get("id").asLong()).isEqualTo(own);
    assertThat(volunteer.get("/api/v1/surveys/" + staffs).status()).isEqualTo(403);
    assertThat(volunteer.put("/api/v1/surveys/" + staffs, edited).status()).isEqualTo(403);

    // Staff open it; the volunteer neither opens nor changes it once open, nor reads results.
    assertThat(volunteer.post("/api/v1/surveys/" + own + "/open", null).status()).isEqualTo(403);
    assertThat(staff.post("/api/v1/surveys/" + own + "/open", null).status()).isEqualTo(200);
    ApiClient.Response late = volunteer.put("/api/v1/surveys/" + own, body("改题"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("SURVEY_NOT_EDITABLE");
    assertThat(volunteer.get("/api/v1/surveys/" + own + "/results").status()).isEqualTo(403);

    // Another community's staff see no grants of this one and cannot grant this volunteer there.
    long other = sessions.newCommunity("别的志愿者社区");
    String otherStaffName = Sessions.unique("author-other-staff");
    sessions.grant(otherStaffName, other, "STAFF");
    ApiClient otherStaff = sessions.as(otherStaffName).inCommunity(other);
    assertThat(otherStaff.get("/api/v1/survey-authors").json().get("items")).isEmpty();
    assertThat(otherStaff.put("/api/v1/survey-authors/" + volunteerId).status()).isEqualTo(400);

    assertThat(staff.delete("/api/v1/survey-authors/" + volunteerId).status()).isEqualTo(204);
    assertThat(staff.get("/api/v1/survey-authors").json().get("items")).isEmpty();
    assertThat(volunteer.post("/api/v1/surveys", body("再来一份")).code())
        .isEqualTo("SURVEY_AUTHOR_NOT_GRANTED");
    assertThat(volunteer.get("/api/v1/surveys/" + own).code())
        .isEqualTo("SURVEY_AUTHOR_NOT_GRANTED");
    String auditorName = Sessions.unique("author-auditor");
    sessions.grant(auditorName, community, "AUDITOR");
    assertThat(sessions.as(auditorName).inCommunity(community).get("/api/v1/audit/entries").body())
        .contains("SURVEY_AUTHOR_GRANTED", "SURVEY_AUTHOR_REVOKED");
  }
}
