package org.linli.service.activity;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.persistence.activity.ActivityEntity;
import org.linli.persistence.activity.ActivityServiceEntity;
import org.linli.persistence.activity.ActivityServiceMapper;
import org.linli.persistence.activity.ActivityServiceMapper.ServiceRow;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.InvalidFieldsException.Violation;
import org.linli.service.common.LinliException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.SpreadsheetWriter;
import org.linli.service.community.CommunityService;
import org.linli.service.timebank.TimeBankService;
import org.linli.service.timebank.TransferKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Volunteer hours: an activity's organiser credits those who served, once per person and activity,
 * as one time-bank transfer from the community's account; residents read their statement and staff
 * export the community's.
 */
@Service
public class VolunteerHoursService {

  private final ActivityService activityService;
  private final ActivityServiceMapper services;
  private final TimeBankService timeBank;
  private final CommunityService communities;
  private final AuditService audit;
  private final TransactionTemplate transactions;

  public VolunteerHoursService(
      ActivityService activityService,
      ActivityServiceMapper services,
      TimeBankService timeBank,
      CommunityService communities,
      AuditService audit,
      TransactionTemplate transactions) {
    this.activityService = activityService;
    this.services = services;
    this.timeBank = timeBank;
    this.communities = communities;
    this.audit = audit;
    this.transactions = transactions;
  }

  /**
   * Credits volunteer minutes for an activity that has started.
   *
   * @param minutesByUser in request order; user ids must be members of the community
   * @throws LinliException {@code HOURS_ALREADY_RECORDED} when one of them was credited already
   */
  public VolunteerHoursView.Record record(
      Actor actor, long activityId, List<Map.Entry<Long, Integer>> entries, String note) {
    long communityId = actor.requireCommunity();
    List<Violation> v = new ArrayList<>();
    Map<Long, Integer> minutesByUser = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<Long, Integer> e = entries.get(i);
      if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 1440) {
        v.add(new Violation("entries[" + i + "].minutes", "OUT_OF_RANGE", "1 to 1440 minutes"));
      }
      if (minutesByUser.put(e.getKey(), e.getValue()) != null) {
        v.add(new Violation("entries[" + i + "].userId", "DUPLICATE_ID", "listed twice"));
      } else {
        java.util.Set<CommunityRole> roles = communities.rolesIn(communityId, e.getKey());
        if (roles == null) {
          v.add(new Violation("entries[" + i + "].userId", "NOT_A_MEMBER", "not a member"));
        } else if (!roles.contains(CommunityRole.VOLUNTEER)
            && !roles.contains(CommunityRole.STAFF)) {
          v.add(
              new Violation(
                  "entries[" + i + "].userId", "NOT_A_VOLUNTEER", "holds no volunteer role"));
        } else if (e.getKey() == actor.userId() && !ActivityService.isStaff(actor)) {
          // Organisers who are volunteers themselves have their own hours recorded by staff.
          v.add(new Violation("entries[" + i + "].userId", "SELF_CREDIT", "not for oneself"));
        }
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidFieldsException(v);
    }
    try {
      return transactions.execute(
          s -> {
            ActivityEntity a = activityService.manageable(actor, activityId);
            LocalDateTime now = activityService.now();
            if (ActivityStatus.CANCELLED.name().equals(a.getStatus())
                || ActivityStatus.DRAFT.name().equals(a.getStatus())
                || ActivityStatus.PENDING_APPROVAL.name().equals(a.getStatus())
                || now.isBefore(a.getStartsAt())) {
              throw new LinliException(ErrorCode.ACTIVITY_NOT_STARTED);
            }
            String why = note == null || note.isBlank() ? a.getTitle() : note.strip();
            long transferId =
                timeBank.creditFromCommunity(
                    communityId, minutesByUser, TransferKind.VOLUNTEER_HOURS, activityId, why);
            for (Map.Entry<Long, Integer> e : minutesByUser.entrySet()) {
              ActivityServiceEntity row = new ActivityServiceEntity();
              row.setCommunityId(communityId);
              row.setActivityId(activityId);
              row.setUserId(e.getKey());
              row.setMinutes(e.getValue());
              row.setTransferId(transferId);
              row.setCreatedAt(now);
              services.insert(row);
            }
            long total = minutesByUser.values().stream().mapToLong(Integer::longValue).sum();
            audit.record(
                AuditEvent.by(
                    actor,
                    communityId,
                    "VOLUNTEER_HOURS_RECORDED",
                    "ACTIVITY",
                    activityId,
                    minutesByUser.size()
                        + " volunteers, "
                        + total
                        + " minutes, transfer "
                        + transferId));
            return new VolunteerHoursView.Record(
                transferId, activityId, minutesByUser, total, ActivityService.instant(now));
          });
    } catch (DuplicateKeyException e) {
      throw new LinliException(ErrorCode.HOURS_ALREADY_RECORDED);
    }
  }

  /** The caller's volunteer hours in the current community. */
  public VolunteerHoursView.Statement mine(Actor actor, PageRequest page) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          List<VolunteerHoursView.Item> items = new ArrayList<>();
          for (ServiceRow r :
              services.ofUser(
                  actor.userId(), page.size(), (long) (page.page() - 1) * page.size())) {
            items.add(item(r));
          }
          return new VolunteerHoursView.Statement(
              services.totalMinutes(actor.userId()),
              items,
              page.page(),
              page.size(),
              services.count(actor.userId()));
        });
  }

  /**
   * Writes the community's volunteer-hours statement for a period (dates in Beijing time, both
   * inclusive), one row per credit, names masked. Staff only; audit-logged.
   */
  public void export(
      Actor actor,
      LocalDate from,
      LocalDate to,
      SpreadsheetWriter.Format format,
      OutputStream out) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    LocalDateTime start =
        from == null
            ? LocalDateTime.of(2000, 1, 1, 0, 0)
            : utc(from.atStartOfDay(Notices.CHINA).toInstant());
    LocalDateTime end =
        to == null
            ? LocalDateTime.of(9999, 1, 1, 0, 0)
            : utc(to.plusDays(1).atStartOfDay(Notices.CHINA).toInstant());
    if (!end.isAfter(start)) {
      throw new InvalidFieldsException("to", "BEFORE_START", "to must not be before from");
    }
    transactions.executeWithoutResult(
        s -> {
          try (SpreadsheetWriter w = new SpreadsheetWriter(format, "志愿服务时长", out)) {
            w.row(List.of("记录时间", "活动", "用户编号", "姓名", "服务时长（分钟）", "服务时长（小时）", "转账编号"));
            long after = 0;
            while (true) {
              List<ServiceRow> rows = services.inPeriod(start, end, after, 500);
              for (ServiceRow r : rows) {
                w.row(
                    List.of(
                        Notices.time(r.createdAt()),
                        r.activityTitle(),
                        r.userId().toString(),
                        Notices.maskedName(r.name(), r.userId()),
                        r.minutes().toString(),
                        java.math.BigDecimal.valueOf(r.minutes())
                            .divide(
                                java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                            .toPlainString(),
                        r.transferId().toString()));
                after = r.id();
              }
              if (rows.size() < 500) {
                break;
              }
            }
          }
          audit.record(
              AuditEvent.by(
                  actor,
                  communityId,
                  "VOLUNTEER_HOURS_EXPORTED",
                  "COMMUNITY",
                  communityId,
                  format.name()));
        });
  }

  private static VolunteerHoursView.Item item(ServiceRow r) {
    return new VolunteerHoursView.Item(
        r.transferId(),
        r.activityId(),
        r.activityTitle(),
        r.minutes(),
        ActivityService.instant(r.createdAt()));
  }

  private static LocalDateTime utc(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
