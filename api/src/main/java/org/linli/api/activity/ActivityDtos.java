package org.linli.api.activity;

import static org.linli.api.common.ApiTimes.instant;
import static org.linli.api.common.ApiTimes.offset;

import java.util.List;
import java.util.Map;
import org.linli.contract.model.ActivityAudienceDto;
import org.linli.contract.model.ActivityDto;
import org.linli.contract.model.ActivityExtraFieldDto;
import org.linli.contract.model.ActivityKindDto;
import org.linli.contract.model.ActivityRequestDto;
import org.linli.contract.model.ActivitySettingsDto;
import org.linli.contract.model.ActivityStatusDto;
import org.linli.contract.model.CheckinCodeDto;
import org.linli.contract.model.MySignupDto;
import org.linli.contract.model.SignupDto;
import org.linli.contract.model.SignupStatusDto;
import org.linli.contract.model.VolunteerHoursEntryDto;
import org.linli.contract.model.VolunteerHoursItemDto;
import org.linli.contract.model.VolunteerHoursRecordDto;
import org.linli.service.activity.ActivityAudience;
import org.linli.service.activity.ActivityCommand;
import org.linli.service.activity.ActivityKind;
import org.linli.service.activity.ActivitySettingsView;
import org.linli.service.activity.ActivityView;
import org.linli.service.activity.CheckinCodeView;
import org.linli.service.activity.ExtraField;
import org.linli.service.activity.MySignupView;
import org.linli.service.activity.SignupView;
import org.linli.service.activity.VolunteerHoursView;

/** Mapping between the contract's activity DTOs and the service's views and commands. */
final class ActivityDtos {

  private ActivityDtos() {}

  static ActivityCommand command(ActivityRequestDto d) {
    return new ActivityCommand(
        d.getTitle(),
        d.getDescription(),
        ActivityKind.valueOf(d.getKind().name()),
        d.getPlace(),
        instant(d.getStartsAt()),
        instant(d.getEndsAt()),
        instant(d.getSignupOpensAt()),
        instant(d.getSignupClosesAt()),
        instant(d.getCancelDeadline()),
        d.getCapacity(),
        Boolean.TRUE.equals(d.getWaitlistEnabled()),
        d.getWaitlistLimit() == null ? 0 : d.getWaitlistLimit(),
        d.getMaxSeatsPerSignup() == null ? 1 : d.getMaxSeatsPerSignup(),
        d.getAudience() == null
            ? ActivityAudience.ALL
            : ActivityAudience.valueOf(d.getAudience().name()),
        d.getBuildingIds(),
        d.getMinAge(),
        d.getMaxAge(),
        d.getExtraFields() == null
            ? List.of()
            : d.getExtraFields().stream()
                .map(
                    f ->
                        new ExtraField(
                            f.getKey(),
                            f.getLabel().strip(),
                            Boolean.TRUE.equals(f.getRequired()),
                            f.getMaxLength() == null ? 50 : f.getMaxLength()))
                .toList());
  }

  static ActivityDto activity(ActivityView v) {
    return new ActivityDto()
        .id(v.id())
        .title(v.title())
        .description(v.description())
        .kind(ActivityKindDto.valueOf(v.kind().name()))
        .place(v.place())
        .startsAt(offset(v.startsAt()))
        .endsAt(offset(v.endsAt()))
        .signupOpensAt(offset(v.signupOpensAt()))
        .signupClosesAt(offset(v.signupClosesAt()))
        .cancelDeadline(offset(v.cancelDeadline()))
        .capacity(v.capacity())
        .seatsTaken(v.seatsTaken())
        .seatsLeft(v.seatsLeft())
        .waitlistEnabled(v.waitlistEnabled())
        .waitlistLimit(v.waitlistLimit())
        .waitlistTaken(v.waitlistTaken())
        .maxSeatsPerSignup(v.maxSeatsPerSignup())
        .audience(ActivityAudienceDto.valueOf(v.audience().name()))
        .buildingIds(v.buildingIds())
        .minAge(v.minAge())
        .maxAge(v.maxAge())
        .extraFields(
            v.extraFields().stream()
                .map(
                    f ->
                        new ActivityExtraFieldDto()
                            .key(f.key())
                            .label(f.label())
                            .required(f.required())
                            .maxLength(f.maxLength()))
                .toList())
        .status(ActivityStatusDto.valueOf(v.status().name()))
        .statusReason(v.statusReason())
        .organiserId(v.organiserId())
        .mySignup(v.mySignup() == null ? null : signup(v.mySignup()))
        .createdAt(offset(v.createdAt()));
  }

  static SignupDto signup(SignupView v) {
    SignupDto d =
        new SignupDto()
            .id(v.id())
            .activityId(v.activityId())
            .status(SignupStatusDto.valueOf(v.status().name()))
            .position(v.position())
            .seats(v.seats())
            .extra(v.extra() == null ? Map.of() : v.extra())
            .checkedInAt(offset(v.checkedInAt()))
            .noShow(v.noShow())
            .promotedAt(offset(v.promotedAt()))
            .createdAt(offset(v.createdAt()));
    if (v.userId() != null) {
      d.userId(v.userId()).name(v.name());
    }
    return d;
  }

  static MySignupDto mySignup(MySignupView v) {
    return new MySignupDto()
        .signup(signup(v.signup()))
        .activityTitle(v.activityTitle())
        .activityStartsAt(offset(v.activityStartsAt()))
        .activityPlace(v.activityPlace())
        .activityStatus(ActivityStatusDto.valueOf(v.activityStatus().name()));
  }

  static ActivitySettingsDto settings(ActivitySettingsView v) {
    return new ActivitySettingsDto()
        .volunteerActivitiesNeedApproval(v.volunteerActivitiesNeedApproval())
        .noShowLimit(v.noShowLimit())
        .noShowWindowDays(v.noShowWindowDays());
  }

  static CheckinCodeDto checkinCode(CheckinCodeView v) {
    return new CheckinCodeDto()
        .code(v.code())
        .payload(v.payload())
        .expiresAt(offset(v.expiresAt()))
        .periodSeconds(v.periodSeconds());
  }

  static VolunteerHoursRecordDto record(VolunteerHoursView.Record r) {
    return new VolunteerHoursRecordDto()
        .transferId(r.transferId())
        .activityId(r.activityId())
        .entries(
            r.minutesByUser().entrySet().stream()
                .map(e -> new VolunteerHoursEntryDto().userId(e.getKey()).minutes(e.getValue()))
                .toList())
        .totalMinutes(r.totalMinutes())
        .createdAt(offset(r.createdAt()));
  }

  static VolunteerHoursItemDto item(VolunteerHoursView.Item i) {
    return new VolunteerHoursItemDto()
        .transferId(i.transferId())
        .activityId(i.activityId())
        .activityTitle(i.activityTitle())
        .minutes(i.minutes())
        .creditedAt(offset(i.creditedAt()));
  }
}
