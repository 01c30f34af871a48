package org.linli.service.activity;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.persistence.activity.ActivityEntity;
import org.linli.persistence.activity.ActivityMapper;
import org.linli.persistence.activity.ActivitySignupEntity;
import org.linli.persistence.activity.ActivitySignupMapper;
import org.linli.persistence.activity.ActivitySignupMapper.MySignupRow;
import org.linli.persistence.activity.ActivitySignupMapper.NamedSignupRow;
import org.linli.persistence.activity.SignupSnapshotRow;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.InvalidFieldsException.Violation;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.common.RateLimits;
import org.linli.service.common.RedisKeys;
import org.linli.service.common.SpreadsheetWriter;
import org.linli.service.notice.NoticeService;
import org.linli.service.resident.ResidentService;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-ups, flash-sale safe. The database decides: one short transaction takes the seats with a
 * conditional update of the activity's counter (never past capacity) and then inserts the sign-up,
 * whose unique keys allow one active sign-up per resident and activity and one sign-up per
 * idempotency key; a duplicate rolls the seat update back with it. Redis only marks a request in
 * flight so that a retry racing it answers 409 instead of waiting; without Redis the database still
 * guarantees every rule.
 */
@Service
public class SignupService {

  private static final Logger log = LoggerFactory.getLogger(SignupService.class);

  private final ActivityService activityService;
  private final ActivityMapper activities;
  private final ActivitySignupMapper signups;
  private final WaitlistPromoter promoter;
  private final NoticeService notices;
  private final AuditService audit;
  private final RateLimits rateLimits;
  private final RedissonClient redisson;
  private final RedisKeys keys;
  private final ActivityProperties properties;
  private final TransactionTemplate transactions;
  private final ResidentService registry;
  private final Clock clock;

  public SignupService(
      ActivityService activityService,
      ActivityMapper activities,
      ActivitySignupMapper signups,
      WaitlistPromoter promoter,
      NoticeService notices,
      AuditService audit,
      RateLimits rateLimits,
      RedissonClient redisson,
      RedisKeys keys,
      ActivityProperties properties,
      TransactionTemplate transactions,
      ResidentService registry,
      Clock clock) {
    this.activityService = activityService;
    this.activities = activities;
    this.signups = signups;
    this.promoter = promoter;
    this.notices = notices;
    this.audit = audit;
    this.rateLimits = rateLimits;
    this.redisson = redisson;
    this.keys = keys;
    this.properties = properties;
    this.transactions = transactions;
    this.registry = registry;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ sign up

  /**
   * Signs the caller up: a confirmed seat, else a waitlist place. A retry with the same key and
   * request answers the first result again.
   *
   * @throws LinliException {@code ACTIVITY_FULL}, {@code SIGNUP_NOT_OPEN}, {@code
   *     ALREADY_SIGNED_UP}, {@code IDEMPOTENCY_IN_PROGRESS}, {@code IDEMPOTENCY_KEY_MISMATCH},
   *     {@code ACTIVITY_NOT_ELIGIBLE}, {@code SIGNUP_BLOCKED_NO_SHOWS}
   */
  public SignupResult signUp(
      Actor actor, long activityId, SignupCommand command, String idempotencyKey) {
    actor.requireCommunity();
    if (idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9_-]{8,64}")) {
      throw new InvalidFieldsException("Idempotency-Key", "INVALID", "8-64 of A-Z a-z 0-9 _ -");
    }
    String fingerprint = command.fingerprint();
    // One statement before anything else, outside a transaction: a flash sale sends thousands of
    // these at once, and most of them are answered from this snapshot alone (a replay, or full).
    List<SignupSnapshotRow> snapshot = signups.snapshot(activityId, actor.userId(), idempotencyKey);
    ActivitySignupEntity earlier = null;
    ActivitySignupEntity held = null;
    for (ActivitySignupEntity row : SignupSnapshotRow.signups(snapshot)) {
      if (idempotencyKey.equals(row.getIdempotencyKey())) {
        earlier = row;
      } else {
        held = row;
      }
    }
    if (earlier != null) {
      return replay(earlier, fingerprint);
    }
    if (snapshot.isEmpty()) {
      throw new NotFoundException(ErrorCode.ACTIVITY_NOT_FOUND);
    }
    ActivityEntity a = snapshot.get(0);
    LocalDateTime now = activityService.now();
    if (held != null) {
      throw new LinliException(ErrorCode.ALREADY_SIGNED_UP);
    }
    RBucket<String> inFlight = inFlightMarker(activityId, actor.userId(), idempotencyKey);
    if (!hasRoom(a, command.seats())) {
      // Full on a consistent snapshot: refused without a lock, a write or a marker. A retry racing
      // its first request under the same key still learns that the first is in flight.
      String other = peek(inFlight);
      if (other != null) {
        throw inFlightAnswer(other, fingerprint);
      }
      requireOpen(actor, a, command, now);
      throw new LinliException(ErrorCode.ACTIVITY_FULL);
    }
    boolean marked = mark(inFlight, fingerprint);
    if (!marked) {
      String other = peek(inFlight);
      ActivitySignupEntity done = signups.findByKey(activityId, actor.userId(), idempotencyKey);
      if (done != null) {
        return replay(done, fingerprint);
      }
      throw inFlightAnswer(other, fingerprint);
    }
    try {
      Map<String, String> extra = requireOpen(actor, a, command, now);
      SignupResult result = signUpOnce(actor, a, command, idempotencyKey, fingerprint, extra, now);
      if (!result.replayed() && !command.acceptedTemplateIds().isEmpty()) {
        notices.recordConsent(actor.userId(), command.acceptedTemplateIds());
      }
      return result;
    } finally {
      unmark(inFlight);
    }
  }

  /**
   * Checks that the activity takes sign-ups now, that the request is valid for it and that the
   * caller may sign up; returns the cleaned extra answers.
   */
  private Map<String, String> requireOpen(
      Actor actor, ActivityEntity a, SignupCommand command, LocalDateTime now) {
    if (!ActivityStatus.PUBLISHED.name().equals(a.getStatus())) {
      if (ActivityStatus.DRAFT.name().equals(a.getStatus())
          || ActivityStatus.PENDING_APPROVAL.name().equals(a.getStatus())) {
        throw new NotFoundException(ErrorCode.ACTIVITY_NOT_FOUND);
      }
      throw new LinliException(ErrorCode.SIGNUP_NOT_OPEN);
    }
    if (now.isBefore(a.getSignupOpensAt()) || !now.isBefore(a.getSignupClosesAt())) {
      throw new LinliException(ErrorCode.SIGNUP_NOT_OPEN);
    }
    Map<String, String> extra = validateRequest(a, command);
    requireEligible(actor, a, now);
    return extra;
  }

  /**
   * The answer to a request whose key another request holds in flight: a mismatch when that one's
   * body differs ({@code other}, its fingerprint, may be gone already), else in progress.
   */
  private static LinliException inFlightAnswer(String other, String fingerprint) {
    return new LinliException(
        other != null && !other.equals(fingerprint)
            ? ErrorCode.IDEMPOTENCY_KEY_MISMATCH
            : ErrorCode.IDEMPOTENCY_IN_PROGRESS);
  }

  /** Whether seats or waitlist places are left for {@code seats} on this snapshot. */
  private static boolean hasRoom(ActivityEntity a, int seats) {
    boolean seatsLeft = a.getWaitlistTaken() == 0 && a.getSeatsTaken() + seats <= a.getCapacity();
    boolean waitlistLeft =
        Boolean.TRUE.equals(a.getWaitlistEnabled())
            && (a.getWaitlistLimit() == 0 || a.getWaitlistTaken() + seats <= a.getWaitlistLimit());
    return seatsLeft || waitlistLeft;
  }

  private SignupResult signUpOnce(
      Actor actor,
      ActivityEntity a,
      SignupCommand command,
      String key,
      String fingerprint,
      Map<String, String> extra,
      LocalDateTime now) {
    long activityId = a.getId();
    int seats = command.seats();
    try {
      SignupView created =
          transactions.execute(
              s -> {
                ActivitySignupEntity row = new ActivitySignupEntity();
                row.setCommunityId(a.getCommunityId());
                row.setActivityId(activityId);
                row.setUserId(actor.userId());
                row.setSeats(seats);
                row.setExtra(extra.isEmpty() ? null : ActivityJson.write(extra));
                row.setIdempotencyKey(key);
                row.setRequestHash(fingerprint);
                row.setNoShow(false);
                Integer position = null;
                if (activities.takeSeats(activityId, seats, now) == 1) {
                  row.setStatus(SignupStatus.CONFIRMED.name());
                } else if (activities.takeWaitlist(activityId, seats, now) == 1) {
                  long seq = activities.waitlistSeq(activityId);
                  row.setStatus(SignupStatus.WAITLISTED.name());
                  row.setWaitlistSeq(seq);
                  // Everyone waiting with a smaller number is ahead; the activity row lock keeps
                  // this count exact until the transaction ends.
                  position = signups.position(activityId, seq) + 1;
                  row.setFirstPosition(position);
                } else {
                  throw new LinliException(ErrorCode.ACTIVITY_FULL);
                }
                signups.insert(row);
                return view(row, position, false, null);
              });
      return new SignupResult(created, false);
    } catch (DuplicateKeyException e) {
      // The transaction rolled back with its seat update. A racing retry under the same key
      // (Redis unavailable) got there first, or the caller signed up through another request.
      ActivitySignupEntity same = signups.findByKey(activityId, actor.userId(), key);
      if (same != null) {
        return replay(same, fingerprint);
      }
      throw new LinliException(ErrorCode.ALREADY_SIGNED_UP);
    }
  }

  private SignupResult replay(ActivitySignupEntity earlier, String fingerprint) {
    if (!earlier.getRequestHash().equals(fingerprint)) {
      throw new LinliException(ErrorCode.IDEMPOTENCY_KEY_MISMATCH);
    }
    return new SignupResult(firstAnswer(earlier), true);
  }

  /** The answer the first request got: confirmed, or waitlisted at its first position. */
  private static SignupView firstAnswer(ActivitySignupEntity s) {
    SignupView v = view(s, null, false, null);
    boolean waitlisted = s.getWaitlistSeq() != null;
    return new SignupView(
        v.id(),
        v.activityId(),
        waitlisted ? SignupStatus.WAITLISTED : SignupStatus.CONFIRMED,
        waitlisted ? s.getFirstPosition() : null,
        v.seats(),
        null,
        null,
        v.extra(),
        null,
        false,
        null,
        v.createdAt());
  }

  private Map<String, String> validateRequest(ActivityEntity a, SignupCommand command) {
    List<Violation> v = new ArrayList<>();
    if (command.seats() < 1 || command.seats() > a.getMaxSeatsPerSignup()) {
      v.add(
          new Violation(
              "seats", "OUT_OF_RANGE", "1 to " + a.getMaxSeatsPerSignup() + " seats per sign-up"));
    }
    Map<String, String> clean = new LinkedHashMap<>();
    List<ExtraField> fields = ActivityJson.fields(a.getExtraFields());
    for (String k : command.extra().keySet()) {
      if (fields.stream().noneMatch(f -> f.key().equals(k))) {
        v.add(new Violation("extra." + k, "UNKNOWN_FIELD", "no such field"));
      }
    }
    for (ExtraField f : fields) {
      String value = command.extra().get(f.key());
      value = value == null ? null : value.strip();
      if (value == null || value.isEmpty()) {
        if (f.required()) {
          v.add(new Violation("extra." + f.key(), "REQUIRED", f.label() + " is required"));
        }
      } else if (value.length() > f.maxLength()) {
        v.add(new Violation("extra." + f.key(), "TOO_LONG", "at most " + f.maxLength()));
      } else {
        clean.put(f.key(), value);
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidFieldsException(v);
    }
    return clean;
  }

  private void requireEligible(Actor actor, ActivityEntity a, LocalDateTime now) {
    ActivityAudience audience = ActivityAudience.valueOf(a.getAudience());
    boolean needsResident =
        audience != ActivityAudience.ALL || a.getMinAge() != null || a.getMaxAge() != null;
    if (needsResident) {
      LocalDate today =
          now.atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(Notices.CHINA).toLocalDate();
      ResidentService.EligibilityFacts facts =
          registry
              .eligibility(actor.userId(), today)
              .orElseThrow(() -> new LinliException(ErrorCode.ACTIVITY_NOT_ELIGIBLE));
      if (audience == ActivityAudience.BUILDINGS
          && (facts.buildingId() == null
              || !ActivityService.buildingIds(a).contains(facts.buildingId()))) {
        throw new LinliException(ErrorCode.ACTIVITY_NOT_ELIGIBLE);
      }
      if (a.getMinAge() != null || a.getMaxAge() != null) {
        if (facts.birthDate() == null) {
          throw new LinliException(ErrorCode.ACTIVITY_NOT_ELIGIBLE);
        }
        int age = Period.between(facts.birthDate(), today).getYears();
        if ((a.getMinAge() != null && age < a.getMinAge())
            || (a.getMaxAge() != null && age > a.getMaxAge())) {
          throw new LinliException(ErrorCode.ACTIVITY_NOT_ELIGIBLE);
        }
      }
    }
    ActivitySettingsView settings = activityService.settingsOf();
    if (settings.noShowLimit() > 0
        && signups.noShows(actor.userId(), now.minusDays(settings.noShowWindowDays()))
            >= settings.noShowLimit()) {
      throw new LinliException(ErrorCode.SIGNUP_BLOCKED_NO_SHOWS);
    }
  }

  // ------------------------------------------------------------------ in-flight marker

  private RBucket<String> inFlightMarker(long activityId, long userId, String key) {
    return redisson.getBucket(
        keys.key("signup", "inflight", Long.toString(activityId), Long.toString(userId), key),
        StringCodec.INSTANCE);
  }

  /**
   * Marks the request in flight; true when marked, false when another holds it or Redis is down.
   */
  private boolean mark(RBucket<String> marker, String fingerprint) {
    try {
      return marker.setIfAbsent(fingerprint, properties.inFlightTimeout());
    } catch (RedisException e) {
      log.warn("In-flight marker unavailable: {}", e.getClass().getSimpleName());
      return true;
    }
  }

  private static String peek(RBucket<String> marker) {
    try {
      return marker.get();
    } catch (RedisException e) {
      return null;
    }
  }

  private static void unmark(RBucket<String> marker) {
    try {
      marker.delete();
    } catch (RedisException e) {
      // Expires by itself.
    }
  }

  // ------------------------------------------------------------------ cancel

  /**
   * Cancels the caller's sign-up before the deadline; the freed seats go to the waitlist in order,
   * in the same transaction, and the promoted residents are notified.
   */
  public void cancelMine(Actor actor, long activityId) {
    actor.requireCommunity();
    transactions.executeWithoutResult(
        s -> {
          // Lock the activity before any read, so a double tap waits here and then sees the
          // first cancellation (no seat is given back twice).
          if (activities.lock(activityId) == null) {
            throw new NotFoundException(ErrorCode.ACTIVITY_NOT_FOUND);
          }
          ActivityEntity a = activityService.find(activityId);
          ActivitySignupEntity mine = signups.lockActive(activityId, actor.userId());
          if (mine == null) {
            throw new NotFoundException(ErrorCode.SIGNUP_NOT_FOUND);
          }
          LocalDateTime now = activityService.now();
          if (!ActivityStatus.PUBLISHED.name().equals(a.getStatus())
              || now.isAfter(a.getCancelDeadline())) {
            throw new LinliException(ErrorCode.CANCEL_DEADLINE_PASSED);
          }
          boolean confirmed = SignupStatus.CONFIRMED.name().equals(mine.getStatus());
          if (signups.cancel(mine.getId(), now) != 1
              || activities.release(
                      activityId, confirmed ? mine.getSeats() : 0, confirmed ? 0 : mine.getSeats())
                  != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          promoter.promote(activityService.find(activityId), now);
        });
  }

  // ------------------------------------------------------------------ readers

  /** The caller's current sign-up. */
  public SignupView mine(Actor actor, long activityId) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          activityService.find(activityId);
          ActivitySignupEntity mine = signups.findActive(activityId, actor.userId());
          if (mine == null) {
            throw new NotFoundException(ErrorCode.SIGNUP_NOT_FOUND);
          }
          return view(mine, activityService.position(mine), false, null);
        });
  }

  /** The caller's sign-ups in the current community, newest activity first. */
  public PageView<MySignupView> mySignups(Actor actor, PageRequest page) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          List<MySignupView> items = new ArrayList<>();
          LocalDateTime now = activityService.now();
          for (MySignupRow r :
              signups.mine(actor.userId(), page.size(), (long) (page.page() - 1) * page.size())) {
            items.add(
                new MySignupView(
                    view(r, activityService.position(r), false, null),
                    r.getActivityTitle(),
                    ActivityService.instant(r.getActivityStartsAt()),
                    r.getActivityPlace(),
                    ActivityStatus.shown(
                        r.getActivityStatus(),
                        r.getActivityOpensAt(),
                        r.getActivityClosesAt(),
                        now)));
          }
          return new PageView<>(items, page.page(), page.size(), signups.countMine(actor.userId()));
        });
  }

  /** One page of an activity's sign-ups for its organiser and staff, names masked. */
  public PageView<SignupView> list(
      Actor actor, long activityId, SignupStatus status, PageRequest page) {
    return transactions.execute(
        s -> {
          activityService.manageable(actor, activityId);
          String st = status == null ? null : status.name();
          List<SignupView> items = new ArrayList<>();
          for (NamedSignupRow r :
              signups.listNamed(
                  activityId, st, page.size(), (long) (page.page() - 1) * page.size())) {
            items.add(view(r, activityService.position(r), true, maskedName(r)));
          }
          return new PageView<>(items, page.page(), page.size(), signups.countOf(activityId, st));
        });
  }

  /** Writes the sign-up list as a spreadsheet, names masked; audit-logged. */
  public void export(
      Actor actor, long activityId, SpreadsheetWriter.Format format, OutputStream out) {
    ActivityEntity a = transactions.execute(s -> activityService.manageable(actor, activityId));
    List<ExtraField> fields = ActivityJson.fields(a.getExtraFields());
    transactions.executeWithoutResult(
        s -> {
          try (SpreadsheetWriter w = new SpreadsheetWriter(format, "报名名单", out)) {
            List<String> header =
                new ArrayList<>(List.of("序号", "姓名", "状态", "候补位置", "人数", "报名时间", "签到时间", "未到场"));
            fields.forEach(f -> header.add(f.label()));
            w.row(header);
            int n = 0;
            long offset = 0;
            while (true) {
              List<NamedSignupRow> rows = signups.listNamed(activityId, null, 500, offset);
              for (NamedSignupRow r : rows) {
                Integer position = activityService.position(r);
                Map<String, String> extra = ActivityJson.answers(r.getExtra());
                List<String> cells =
                    new ArrayList<>(
                        List.of(
                            Integer.toString(++n),
                            maskedName(r),
                            label(r.getStatus()),
                            position == null ? "" : position.toString(),
                            r.getSeats().toString(),
                            Notices.time(r.getCreatedAt()),
                            r.getCheckedInAt() == null ? "" : Notices.time(r.getCheckedInAt()),
                            Boolean.TRUE.equals(r.getNoShow()) ? "是" : ""));
                fields.forEach(f -> cells.add(extra.getOrDefault(f.key(), "")));
                w.row(cells);
              }
              if (rows.size() < 500) {
                break;
              }
              offset += rows.size();
            }
          }
          audit.record(
              AuditEvent.by(
                  actor,
                  a.getCommunityId(),
                  "SIGNUPS_EXPORTED",
                  "ACTIVITY",
                  activityId,
                  format.name()));
        });
  }

  private static String label(String status) {
    return switch (SignupStatus.valueOf(status)) {
      case CONFIRMED -> "已确认";
      case WAITLISTED -> "候补";
      case CANCELLED -> "已取消";
    };
  }

  private static String maskedName(NamedSignupRow r) {
    return Notices.maskedName(
        r.getResidentName() != null ? r.getResidentName() : r.getNickname(), r.getUserId());
  }

  // ------------------------------------------------------------------ check-in

  /** The current check-in code of an activity (its organiser, staff). */
  public CheckinCodeView checkinCode(Actor actor, long activityId) {
    ActivityEntity a = transactions.execute(s -> activityService.manageable(actor, activityId));
    requireCheckinOpen(a);
    int period = (int) properties.checkinPeriod().toSeconds();
    long epoch = clock.instant().getEpochSecond();
    long current = CheckinCodes.period(epoch, period);
    return new CheckinCodeView(
        CheckinCodes.code(a.getCheckinSecret(), activityId, current),
        CheckinCodes.payload(a.getCheckinSecret(), activityId, current),
        java.time.Instant.ofEpochSecond((current + 2) * period),
        period);
  }

  /** Checks the caller in with the code or QR payload shown on site. */
  public SignupView checkIn(Actor actor, long activityId, String code) {
    actor.requireCommunity();
    rateLimits.acquire(
        "checkin:" + activityId + ":" + actor.userId(),
        10,
        Duration.ofMinutes(1),
        ErrorCode.RATE_LIMITED);
    return transactions.execute(
        s -> {
          ActivityEntity a = activityService.find(activityId);
          if (!PUBLISHED_OR_FINISHED.contains(a.getStatus())) {
            throw new NotFoundException(ErrorCode.ACTIVITY_NOT_FOUND);
          }
          requireCheckinOpen(a);
          long now =
              CheckinCodes.period(
                  clock.instant().getEpochSecond(), (int) properties.checkinPeriod().toSeconds());
          if (!CheckinCodes.verify(a.getCheckinSecret(), activityId, code, now)) {
            throw new LinliException(ErrorCode.CHECKIN_CODE_INVALID);
          }
          ActivitySignupEntity mine = signups.findActive(activityId, actor.userId());
          if (mine == null || !SignupStatus.CONFIRMED.name().equals(mine.getStatus())) {
            throw new NotFoundException(ErrorCode.SIGNUP_NOT_FOUND);
          }
          if (signups.checkIn(mine.getId(), activityService.now()) != 1) {
            throw new LinliException(ErrorCode.ALREADY_CHECKED_IN);
          }
          return view(signups.selectById(mine.getId()), null, false, null);
        });
  }

  private static final java.util.Set<String> PUBLISHED_OR_FINISHED =
      java.util.Set.of("PUBLISHED", "FINISHED");

  /** The organiser checks a resident in from the list, or undoes it. */
  public SignupView recordAttendance(
      Actor actor, long activityId, long signupId, boolean attended) {
    return transactions.execute(
        s -> {
          ActivityEntity a = activityService.manageable(actor, activityId);
          if (!PUBLISHED_OR_FINISHED.contains(a.getStatus())) {
            throw new LinliException(ErrorCode.ACTIVITY_NOT_EDITABLE);
          }
          LocalDateTime now = activityService.now();
          if (now.isBefore(a.getStartsAt().minus(properties.checkinOpensBefore()))) {
            throw new LinliException(ErrorCode.CHECKIN_NOT_OPEN);
          }
          ActivitySignupEntity row = signups.selectById(signupId);
          if (row == null || row.getActivityId() != activityId) {
            throw new NotFoundException(ErrorCode.SIGNUP_NOT_FOUND);
          }
          if (!SignupStatus.CONFIRMED.name().equals(row.getStatus())) {
            throw new LinliException(ErrorCode.ACTIVITY_NOT_EDITABLE);
          }
          // Undoing a check-in after the activity finished makes it a no-show again.
          boolean noShow = !attended && ActivityStatus.FINISHED.name().equals(a.getStatus());
          signups.setCheckedIn(signupId, attended ? now : null, noShow, now);
          audit.record(
              AuditEvent.by(
                  actor,
                  a.getCommunityId(),
                  attended ? "ATTENDANCE_RECORDED" : "ATTENDANCE_CLEARED",
                  "ACTIVITY_SIGNUP",
                  signupId,
                  null));
          return view(signups.selectById(signupId), null, true, null);
        });
  }

  private void requireCheckinOpen(ActivityEntity a) {
    LocalDateTime now = activityService.now();
    if (!PUBLISHED_OR_FINISHED.contains(a.getStatus())
        || now.isBefore(a.getStartsAt().minus(properties.checkinOpensBefore()))
        || now.isAfter(a.getEndsAt())) {
      throw new LinliException(ErrorCode.CHECKIN_NOT_OPEN);
    }
  }

  // ------------------------------------------------------------------ views

  static SignupView view(
      ActivitySignupEntity s, Integer position, boolean forOrganiser, String name) {
    return new SignupView(
        s.getId(),
        s.getActivityId(),
        SignupStatus.valueOf(s.getStatus()),
        position,
        s.getSeats(),
        forOrganiser ? s.getUserId() : null,
        forOrganiser ? name : null,
        ActivityJson.answers(s.getExtra()),
        ActivityService.instant(s.getCheckedInAt()),
        Boolean.TRUE.equals(s.getNoShow()),
        ActivityService.instant(s.getPromotedAt()),
        ActivityService.instant(s.getCreatedAt()));
  }
}
