package org.linli.api.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.linli.api.common.ApiTimes;
import org.linli.api.common.CurrentActor;
import org.linli.api.common.Downloads;
import org.linli.contract.api.ActivitiesApi;
import org.linli.contract.model.ActivityDto;
import org.linli.contract.model.ActivityKindDto;
import org.linli.contract.model.ActivityPageDto;
import org.linli.contract.model.ActivityReasonDto;
import org.linli.contract.model.ActivityRequestDto;
import org.linli.contract.model.ActivitySettingsDto;
import org.linli.contract.model.ActivityStatusDto;
import org.linli.contract.model.AttendanceRequestDto;
import org.linli.contract.model.CheckinCodeDto;
import org.linli.contract.model.CheckinRequestDto;
import org.linli.contract.model.MySignupPageDto;
import org.linli.contract.model.SignupDto;
import org.linli.contract.model.SignupPageDto;
import org.linli.contract.model.SignupRequestDto;
import org.linli.contract.model.SignupStatusDto;
import org.linli.contract.model.VolunteerHoursRecordDto;
import org.linli.contract.model.VolunteerHoursRequestDto;
import org.linli.contract.model.VolunteerHoursStatementDto;
import org.linli.service.activity.ActivityKind;
import org.linli.service.activity.ActivityService;
import org.linli.service.activity.ActivitySettingsView;
import org.linli.service.activity.ActivityStatus;
import org.linli.service.activity.ActivityView;
import org.linli.service.activity.MySignupView;
import org.linli.service.activity.SignupCommand;
import org.linli.service.activity.SignupResult;
import org.linli.service.activity.SignupService;
import org.linli.service.activity.SignupStatus;
import org.linli.service.activity.SignupView;
import org.linli.service.activity.VolunteerHoursService;
import org.linli.service.activity.VolunteerHoursView;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Activities: organisers post and run them, residents sign up and check in. */
@RestController
class ActivityController implements ActivitiesApi {

  static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private final ActivityService activities;
  private final SignupService signups;
  private final VolunteerHoursService hours;
  private final CurrentActor currentActor;

  ActivityController(
      ActivityService activities,
      SignupService signups,
      VolunteerHoursService hours,
      CurrentActor currentActor) {
    this.activities = activities;
    this.signups = signups;
    this.hours = hours;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<ActivityPageDto> listActivities(
      Long xCommunityId,
      String view,
      ActivityKindDto kind,
      OffsetDateTime from,
      OffsetDateTime to,
      ActivityStatusDto status,
      Integer page,
      Integer size) {
    boolean manage;
    if (view == null || view.equals("open")) {
      manage = false;
    } else if (view.equals("manage")) {
      manage = true;
    } else {
      throw new InvalidFieldsException("view", "INVALID", "open or manage");
    }
    PageView<ActivityView> result =
        activities.list(
            currentActor.get(),
            manage,
            kind == null ? null : ActivityKind.valueOf(kind.name()),
            ApiTimes.instant(from),
            ApiTimes.instant(to),
            status == null ? null : ActivityStatus.valueOf(status.name()),
            PageRequest.of(page, size));
    ActivityPageDto dto =
        new ActivityPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(a -> dto.addItemsItem(ActivityDtos.activity(a)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<ActivityDto> createActivity(ActivityRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            ActivityDtos.activity(
                activities.create(currentActor.get(), ActivityDtos.command(body))));
  }

  @Override
  public ResponseEntity<ActivityDto> getActivity(Long activityId, Long xCommunityId) {
    return ResponseEntity.ok(ActivityDtos.activity(activities.get(currentActor.get(), activityId)));
  }

  @Override
  public ResponseEntity<ActivityDto> updateActivity(
      Long activityId, ActivityRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.activity(
            activities.update(currentActor.get(), activityId, ActivityDtos.command(body))));
  }

  @Override
  public ResponseEntity<ActivityDto> publishActivity(Long activityId, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.activity(activities.publish(currentActor.get(), activityId)));
  }

  @Override
  public ResponseEntity<ActivityDto> approveActivity(Long activityId, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.activity(activities.approve(currentActor.get(), activityId)));
  }

  @Override
  public ResponseEntity<ActivityDto> rejectActivity(
      Long activityId, ActivityReasonDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.activity(activities.reject(currentActor.get(), activityId, body.getReason())));
  }

  @Override
  public ResponseEntity<ActivityDto> cancelActivity(
      Long activityId, ActivityReasonDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.activity(activities.cancel(currentActor.get(), activityId, body.getReason())));
  }

  @Override
  public ResponseEntity<ActivityDto> finishActivity(Long activityId, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.activity(activities.finish(currentActor.get(), activityId)));
  }

  @Override
  public ResponseEntity<ActivityDto> reconcileActivity(Long activityId, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.activity(activities.reconcile(currentActor.get(), activityId)));
  }

  @Override
  public ResponseEntity<SignupDto> signUp(
      Long activityId, String idempotencyKey, SignupRequestDto body, Long xCommunityId) {
    SignupResult result =
        signups.signUp(
            currentActor.get(),
            activityId,
            new SignupCommand(
                body.getSeats() == null ? 1 : body.getSeats(),
                body.getExtra(),
                body.getAcceptedTemplateIds()),
            idempotencyKey);
    ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CREATED);
    if (result.replayed()) {
      response.header(REPLAYED_HEADER, "true");
    }
    return response.body(ActivityDtos.signup(result.signup()));
  }

  @Override
  public ResponseEntity<SignupPageDto> listSignups(
      Long activityId, Long xCommunityId, SignupStatusDto status, Integer page, Integer size) {
    PageView<SignupView> result =
        signups.list(
            currentActor.get(),
            activityId,
            status == null ? null : SignupStatus.valueOf(status.name()),
            PageRequest.of(page, size));
    SignupPageDto dto =
        new SignupPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(s -> dto.addItemsItem(ActivityDtos.signup(s)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<Resource> exportSignups(Long activityId, Long xCommunityId, String format) {
    var chosen = Downloads.format(format);
    return Downloads.spreadsheet(
        "activity-" + activityId + "-signups",
        chosen,
        out -> signups.export(currentActor.get(), activityId, chosen, out));
  }

  @Override
  public ResponseEntity<SignupDto> getMySignup(Long activityId, Long xCommunityId) {
    return ResponseEntity.ok(ActivityDtos.signup(signups.mine(currentActor.get(), activityId)));
  }

  @Override
  public ResponseEntity<Void> cancelMySignup(Long activityId, Long xCommunityId) {
    signups.cancelMine(currentActor.get(), activityId);
    return ResponseEntity.noContent().build();
  }

  @Override
  public ResponseEntity<SignupDto> recordAttendance(
      Long activityId, Long signupId, AttendanceRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.signup(
            signups.recordAttendance(
                currentActor.get(),
                activityId,
                signupId,
                Boolean.TRUE.equals(body.getAttended()))));
  }

  @Override
  public ResponseEntity<CheckinCodeDto> getCheckinCode(Long activityId, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.checkinCode(signups.checkinCode(currentActor.get(), activityId)));
  }

  @Override
  public ResponseEntity<SignupDto> checkIn(
      Long activityId, CheckinRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.signup(signups.checkIn(currentActor.get(), activityId, body.getCode())));
  }

  @Override
  public ResponseEntity<VolunteerHoursRecordDto> recordVolunteerHours(
      Long activityId, VolunteerHoursRequestDto body, Long xCommunityId) {
    List<Map.Entry<Long, Integer>> entries =
        body.getEntries().stream().map(e -> Map.entry(e.getUserId(), e.getMinutes())).toList();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            ActivityDtos.record(
                hours.record(currentActor.get(), activityId, entries, body.getNote())));
  }

  @Override
  public ResponseEntity<MySignupPageDto> listMySignups(
      Long xCommunityId, Integer page, Integer size) {
    PageView<MySignupView> result =
        signups.mySignups(currentActor.get(), PageRequest.of(page, size));
    MySignupPageDto dto =
        new MySignupPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(s -> dto.addItemsItem(ActivityDtos.mySignup(s)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<VolunteerHoursStatementDto> getMyVolunteerHours(
      Long xCommunityId, Integer page, Integer size) {
    VolunteerHoursView.Statement s = hours.mine(currentActor.get(), PageRequest.of(page, size));
    VolunteerHoursStatementDto dto =
        new VolunteerHoursStatementDto()
            .totalMinutes(s.totalMinutes())
            .page(s.page())
            .size(s.size())
            .total(s.total());
    s.items().forEach(i -> dto.addItemsItem(ActivityDtos.item(i)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<Resource> exportVolunteerHours(
      Long xCommunityId, LocalDate from, LocalDate to, String format) {
    var chosen = Downloads.format(format);
    return Downloads.spreadsheet(
        "volunteer-hours", chosen, out -> hours.export(currentActor.get(), from, to, chosen, out));
  }

  @Override
  public ResponseEntity<ActivitySettingsDto> getActivitySettings(Long xCommunityId) {
    return ResponseEntity.ok(ActivityDtos.settings(activities.settings(currentActor.get())));
  }

  @Override
  public ResponseEntity<ActivitySettingsDto> updateActivitySettings(
      ActivitySettingsDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        ActivityDtos.settings(
            activities.updateSettings(
                currentActor.get(),
                new ActivitySettingsView(
                    body.getVolunteerActivitiesNeedApproval(),
                    body.getNoShowLimit(),
                    body.getNoShowWindowDays()))));
  }
}
