package org.linli.service.activity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.persistence.activity.ActivityEntity;
import org.linli.persistence.activity.ActivityMapper;
import org.linli.persistence.activity.ActivitySettingsEntity;
import org.linli.persistence.activity.ActivitySettingsMapper;
import org.linli.persistence.activity.ActivitySignupEntity;
import org.linli.persistence.activity.ActivitySignupMapper;
import org.linli.persistence.common.PageSlice;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.auth.UserService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.InvalidFieldsException.Violation;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.moderation.ContentSafetyService;
import org.linli.service.notice.NoticeOutbox;
import org.linli.service.notice.NoticePurpose;
import org.linli.service.wechat.ContentScene;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Activities: organisers (volunteers and staff) create and publish them, staff approve those that
 * need it, and everyone browses what is open. Seats and sign-ups are {@link SignupService}'s.
 */
@Service
public class ActivityService {

  static final String PAGE = "pages/activity/detail?id=";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ActivityMapper activities;
  private final ActivitySignupMapper signups;
  private final ActivitySettingsMapper settings;
  private final ContentSafetyService contentSafety;
  private final UserService users;
  private final AuditService audit;
  private final NoticeOutbox outbox;
  private final WaitlistPromoter promoter;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public ActivityService(
      ActivityMapper activities,
      ActivitySignupMapper signups,
      ActivitySettingsMapper settings,
      ContentSafetyService contentSafety,
      UserService users,
      AuditService audit,
      NoticeOutbox outbox,
      WaitlistPromoter promoter,
      TransactionTemplate transactions,
      Clock clock) {
    this.activities = activities;
    this.signups = signups;
    this.settings = settings;
    this.contentSafety = contentSafety;
    this.users = users;
    this.audit = audit;
    this.outbox = outbox;
    this.promoter = promoter;
    this.transactions = transactions;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ organisers

  /** Creates a draft. Volunteers and staff only. */
  public ActivityView create(Actor actor, ActivityCommand command) {
    long communityId = requireOrganiserRole(actor);
    validate(command);
    return transactions.execute(
        status -> {
          ActivityEntity a = new ActivityEntity();
          a.setCommunityId(communityId);
          a.setOrganiserId(actor.userId());
          apply(a, command);
          a.setSeatsTaken(0);
          a.setWaitlistTaken(0);
          a.setWaitlistSeq(0L);
          a.setStatus(ActivityStatus.DRAFT.name());
          byte[] secret = new byte[32];
          RANDOM.nextBytes(secret);
          a.setCheckinSecret(HexFormat.of().formatHex(secret));
          activities.insert(a);
          audit.record(
              AuditEvent.by(actor, communityId, "ACTIVITY_CREATED", "ACTIVITY", a.getId(), null));
          return view(activities.selectById(a.getId()), null);
        });
  }

  /** Edits a draft (or one waiting for approval, which goes back to draft). */
  public ActivityView update(Actor actor, long id, ActivityCommand command) {
    validate(command);
    return transactions.execute(
        status -> {
          ActivityEntity a = manageable(actor, id);
          if (!Set.of("DRAFT", "PENDING_APPROVAL").contains(a.getStatus())) {
            throw new LinliException(ErrorCode.ACTIVITY_NOT_EDITABLE);
          }
          apply(a, command);
          a.setStatus(ActivityStatus.DRAFT.name());
          a.setStatusReason(null);
          if (activities.updateById(a) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          audit.record(
              AuditEvent.by(actor, a.getCommunityId(), "ACTIVITY_UPDATED", "ACTIVITY", id, null));
          return view(activities.selectById(id), null);
        });
  }

  /**
   * Publishes a draft after content security. Risky text is refused; text WeChat wants reviewed (or
   * cannot check), and activities of volunteers where the community requires it, wait for staff
   * approval.
   */
  public ActivityView publish(Actor actor, long id) {
    ActivityEntity draft = transactions.execute(status -> manageable(actor, id));
    if (!ActivityStatus.DRAFT.name().equals(draft.getStatus())) {
      throw new LinliException(ErrorCode.ACTIVITY_NOT_EDITABLE);
    }
    String text =
        draft.getTitle()
            + "\n"
            + draft.getPlace()
            + (draft.getDescription() == null ? "" : "\n" + draft.getDescription());
    boolean needsReview =
        !contentSafety.passes(
            users.openids(List.of(actor.userId())).get(actor.userId()), ContentScene.FORUM, text);
    boolean staff = actor.platformAdmin() || actor.has(CommunityRole.STAFF);
    boolean needsApproval =
        needsReview || (!staff && settingsOf().volunteerActivitiesNeedApproval());
    return transactions.execute(
        status -> {
          ActivityEntity a = manageable(actor, id);
          if (!ActivityStatus.DRAFT.name().equals(a.getStatus())) {
            throw new LinliException(ErrorCode.ACTIVITY_NOT_EDITABLE);
          }
          if (!a.getVersion().equals(draft.getVersion())) {
            // Edited while its text was being checked: what was checked is not what is there.
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          a.setStatus(
              needsApproval
                  ? ActivityStatus.PENDING_APPROVAL.name()
                  : ActivityStatus.PUBLISHED.name());
          a.setStatusReason(needsReview ? "内容需人工审核" : null);
          if (activities.updateById(a) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          audit.record(
              AuditEvent.by(
                  actor,
                  a.getCommunityId(),
                  needsApproval ? "ACTIVITY_SUBMITTED" : "ACTIVITY_PUBLISHED",
                  "ACTIVITY",
                  id,
                  needsReview ? "content review" : null));
          return view(activities.selectById(id), null);
        });
  }

  /** Staff approve an activity waiting for approval: it is published. */
  public ActivityView approve(Actor actor, long id) {
    actor.requireAny(CommunityRole.STAFF);
    return transactions.execute(
        status -> {
          ActivityEntity a = find(id);
          if (!ActivityStatus.PENDING_APPROVAL.name().equals(a.getStatus())) {
            throw new LinliException(ErrorCode.ACTIVITY_NOT_EDITABLE);
          }
          a.setStatus(ActivityStatus.PUBLISHED.name());
          a.setStatusReason(null);
          if (activities.updateById(a) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          audit.record(
              AuditEvent.by(actor, a.getCommunityId(), "ACTIVITY_APPROVED", "ACTIVITY", id, null));
          return view(activities.selectById(id), null);
        });
  }

  /** Staff send an activity waiting for approval back to draft, with a reason. */
  public ActivityView reject(Actor actor, long id, String reason) {
    actor.requireAny(CommunityRole.STAFF);
    String why = requireReason(reason);
    return transactions.execute(
        status -> {
          ActivityEntity a = find(id);
          if (!ActivityStatus.PENDING_APPROVAL.name().equals(a.getStatus())) {
            throw new LinliException(ErrorCode.ACTIVITY_NOT_EDITABLE);
          }
          a.setStatus(ActivityStatus.DRAFT.name());
          a.setStatusReason(why);
          if (activities.updateById(a) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          audit.record(
              AuditEvent.by(actor, a.getCommunityId(), "ACTIVITY_REJECTED", "ACTIVITY", id, why));
          return view(activities.selectById(id), null);
        });
  }

  /**
   * Cancels an activity that has not finished: every sign-up is cancelled and its holder notified
   * (where they accepted the cancellation template).
   */
  public ActivityView cancel(Actor actor, long id, String reason) {
    String why = requireReason(reason);
    return transactions.execute(
        status -> {
          // Lock before any read: every read below then sees the latest committed state.
          activities.lock(id);
          ActivityEntity a = manageable(actor, id);
          if (Set.of("FINISHED", "CANCELLED").contains(a.getStatus())) {
            throw new LinliException(ErrorCode.ACTIVITY_NOT_EDITABLE);
          }
          LocalDateTime now = now();
          for (ActivitySignupEntity s : signups.active(id)) {
            signups.cancel(s.getId(), now);
            outbox.enqueue(
                a.getCommunityId(),
                s.getUserId(),
                NoticePurpose.ACTIVITY_CANCELLED,
                "activity:" + id + ":cancelled:" + s.getUserId(),
                PAGE + id,
                Map.of(
                    "thing1", a.getTitle(),
                    "time2", Notices.time(a.getStartsAt()),
                    "thing3", why));
          }
          activities.recount(id);
          if (activities.changeStatus(
                  id, List.of("DRAFT", "PENDING_APPROVAL", "PUBLISHED"), "CANCELLED", why, now)
              != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          audit.record(
              AuditEvent.by(actor, a.getCommunityId(), "ACTIVITY_CANCELLED", "ACTIVITY", id, why));
          return view(activities.selectById(id), null);
        });
  }

  /**
   * Marks a published activity that has started as finished; confirmed sign-ups that did not check
   * in become no-shows.
   */
  public ActivityView finish(Actor actor, long id) {
    return transactions.execute(
        status -> {
          activities.lock(id);
          ActivityEntity a = manageable(actor, id);
          if (!ActivityStatus.PUBLISHED.name().equals(a.getStatus())) {
            throw new LinliException(ErrorCode.ACTIVITY_NOT_EDITABLE);
          }
          LocalDateTime now = now();
          if (now.isBefore(a.getStartsAt())) {
            throw new LinliException(ErrorCode.ACTIVITY_NOT_STARTED);
          }
          int noShows = signups.markNoShows(id, now);
          if (activities.changeStatus(id, List.of("PUBLISHED"), "FINISHED", null, now) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          audit.record(
              AuditEvent.by(
                  actor,
                  a.getCommunityId(),
                  "ACTIVITY_FINISHED",
                  "ACTIVITY",
                  id,
                  noShows + " no-shows"));
          return view(activities.selectById(id), null);
        });
  }

  /** Recounts an activity's seats from its sign-ups (staff; after an incident). */
  public ActivityView reconcile(Actor actor, long id) {
    actor.requireAny(CommunityRole.STAFF);
    return transactions.execute(
        status -> {
          activities.lock(id);
          find(id);
          activities.recount(id);
          // Seats the recount freed go to the waitlist, as a cancellation's would.
          promoter.promote(activities.selectById(id), now());
          audit.record(
              AuditEvent.by(
                  actor, actor.requireCommunity(), "ACTIVITY_RECONCILED", "ACTIVITY", id, null));
          return view(activities.selectById(id), null);
        });
  }

  // ------------------------------------------------------------------ readers

  /** One activity: published ones for every member, others for their organiser and staff. */
  public ActivityView get(Actor actor, long id) {
    actor.requireCommunity();
    return transactions.execute(
        status -> {
          ActivityEntity a = find(id);
          if (!visible(actor, a)) {
            throw new NotFoundException(ErrorCode.ACTIVITY_NOT_FOUND);
          }
          return view(a, mySignup(actor, id));
        });
  }

  /**
   * Browses activities.
   *
   * @param manage false: published activities not yet ended; true: what the caller may manage
   */
  public PageView<ActivityView> list(
      Actor actor,
      boolean manage,
      ActivityKind kind,
      Instant from,
      Instant to,
      ActivityStatus status,
      PageRequest page) {
    actor.requireCommunity();
    PageSlice<ActivityEntity> slice;
    if (manage) {
      requireOrganiserRole(actor);
      Long organiser = isStaff(actor) ? null : actor.userId();
      String phase =
          status == null
              ? null
              : switch (status) {
                case PUBLISHED -> "before";
                case SIGNUP_OPEN -> "open";
                case SIGNUP_CLOSED -> "closed";
                default -> null;
              };
      slice =
          activities.manage(
              organiser,
              status == null ? null : storedStatus(status),
              phase,
              now(),
              kind == null ? null : kind.name(),
              local(from),
              local(to),
              page.page(),
              page.size());
    } else {
      slice =
          transactions.execute(
              s ->
                  activities.browse(
                      now(),
                      kind == null ? null : kind.name(),
                      local(from),
                      local(to),
                      page.page(),
                      page.size()));
    }
    List<ActivityView> items = new ArrayList<>();
    for (ActivityEntity a : slice.records()) {
      items.add(view(a, null));
    }
    return new PageView<>(items, page.page(), page.size(), slice.total());
  }

  // ------------------------------------------------------------------ settings

  /** The current community's settings. */
  public ActivitySettingsView settings(Actor actor) {
    actor.requireCommunity();
    return transactions.execute(s -> settingsOf());
  }

  /** Changes the current community's settings (staff). */
  public ActivitySettingsView updateSettings(Actor actor, ActivitySettingsView update) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    transactions.executeWithoutResult(
        s -> {
          ActivitySettingsEntity e = settings.selectById(communityId);
          boolean insert = e == null;
          if (insert) {
            e = new ActivitySettingsEntity();
            e.setCommunityId(communityId);
          }
          e.setVolunteerNeedsApproval(update.volunteerActivitiesNeedApproval());
          e.setNoShowLimit(update.noShowLimit());
          e.setNoShowWindowDays(update.noShowWindowDays());
          if (insert) {
            settings.insert(e);
          } else {
            settings.updateById(e);
          }
          audit.record(
              AuditEvent.by(
                  actor,
                  communityId,
                  "ACTIVITY_SETTINGS_CHANGED",
                  "COMMUNITY",
                  communityId,
                  update.toString()));
        });
    // Forget the cached settings once the change is committed, then read them back.
    settingsCache.remove(communityId);
    return transactions.execute(s -> settingsOf());
  }

  // ------------------------------------------------------------------ shared with SignupService

  /**
   * Settings of the current community. Every sign-up reads them, so they are remembered for a few
   * seconds (a change made on this instance applies at once, on others within {@link
   * #SETTINGS_TTL}).
   */
  ActivitySettingsView settingsOf() {
    Long community = org.linli.persistence.common.TenantContext.current();
    CachedSettings cached = community == null ? null : settingsCache.get(community);
    long nowNanos = System.nanoTime();
    if (cached != null && nowNanos - cached.readAtNanos() < SETTINGS_TTL.toNanos()) {
      return cached.settings();
    }
    ActivitySettingsEntity e = settings.selectOne(null);
    ActivitySettingsView view =
        e == null
            ? ActivitySettingsView.DEFAULTS
            : new ActivitySettingsView(
                e.getVolunteerNeedsApproval(), e.getNoShowLimit(), e.getNoShowWindowDays());
    if (community != null) {
      settingsCache.put(community, new CachedSettings(view, nowNanos));
    }
    return view;
  }

  static final java.time.Duration SETTINGS_TTL = java.time.Duration.ofSeconds(10);

  private final java.util.Map<Long, CachedSettings> settingsCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private record CachedSettings(ActivitySettingsView settings, long readAtNanos) {}

  /** The activity in the current community. */
  ActivityEntity find(long id) {
    ActivityEntity a = activities.selectById(id);
    if (a == null) {
      throw new NotFoundException(ErrorCode.ACTIVITY_NOT_FOUND);
    }
    return a;
  }

  /** The activity, if the actor may manage it (its organiser or staff). */
  ActivityEntity manageable(Actor actor, long id) {
    actor.requireCommunity();
    ActivityEntity a = find(id);
    if (isStaff(actor)) {
      return a;
    }
    if (a.getOrganiserId() == actor.userId() && actor.hasAny(CommunityRole.VOLUNTEER)) {
      return a;
    }
    if (visible(actor, a)) {
      throw new org.linli.service.common.ForbiddenException();
    }
    throw new NotFoundException(ErrorCode.ACTIVITY_NOT_FOUND);
  }

  static boolean isStaff(Actor actor) {
    return actor.platformAdmin() || actor.has(CommunityRole.STAFF);
  }

  private static boolean visible(Actor actor, ActivityEntity a) {
    return Set.of("PUBLISHED", "FINISHED", "CANCELLED").contains(a.getStatus())
        || isStaff(actor)
        || a.getOrganiserId() == actor.userId();
  }

  private SignupView mySignup(Actor actor, long activityId) {
    ActivitySignupEntity s = signups.findActive(activityId, actor.userId());
    return s == null ? null : SignupService.view(s, position(s), false, null);
  }

  Integer position(ActivitySignupEntity s) {
    return SignupStatus.WAITLISTED.name().equals(s.getStatus())
        ? signups.position(s.getActivityId(), s.getWaitlistSeq())
        : null;
  }

  ActivityView view(ActivityEntity a, SignupView mySignup) {
    return new ActivityView(
        a.getId(),
        a.getTitle(),
        a.getDescription(),
        ActivityKind.valueOf(a.getKind()),
        a.getPlace(),
        instant(a.getStartsAt()),
        instant(a.getEndsAt()),
        instant(a.getSignupOpensAt()),
        instant(a.getSignupClosesAt()),
        instant(a.getCancelDeadline()),
        a.getCapacity(),
        a.getSeatsTaken(),
        Boolean.TRUE.equals(a.getWaitlistEnabled()),
        a.getWaitlistLimit(),
        a.getWaitlistTaken(),
        a.getMaxSeatsPerSignup(),
        ActivityAudience.valueOf(a.getAudience()),
        buildingIds(a),
        a.getMinAge(),
        a.getMaxAge(),
        ActivityJson.fields(a.getExtraFields()),
        ActivityStatus.shown(a.getStatus(), a.getSignupOpensAt(), a.getSignupClosesAt(), now()),
        a.getStatusReason(),
        a.getOrganiserId(),
        mySignup,
        instant(a.getCreatedAt()));
  }

  static List<Long> buildingIds(ActivityEntity a) {
    if (a.getBuildingIds() == null || a.getBuildingIds().isEmpty()) {
      return List.of();
    }
    return Arrays.stream(a.getBuildingIds().split(",")).map(Long::valueOf).toList();
  }

  LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  static Instant instant(LocalDateTime t) {
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  static LocalDateTime local(Instant t) {
    return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  // ------------------------------------------------------------------ helpers

  private long requireOrganiserRole(Actor actor) {
    actor.requireAny(CommunityRole.VOLUNTEER, CommunityRole.STAFF);
    return actor.requireCommunity();
  }

  private static String storedStatus(ActivityStatus status) {
    return switch (status) {
      case PUBLISHED, SIGNUP_OPEN, SIGNUP_CLOSED -> "PUBLISHED";
      default -> status.name();
    };
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldsException("reason", "REQUIRED", "a reason is required");
    }
    return reason.strip();
  }

  private void validate(ActivityCommand c) {
    List<Violation> v = new ArrayList<>();
    if (c.title() == null || c.title().isBlank()) {
      v.add(new Violation("title", "REQUIRED", "title is required"));
    }
    if (c.place() == null || c.place().isBlank()) {
      v.add(new Violation("place", "REQUIRED", "place is required"));
    }
    if (c.startsAt() != null && c.endsAt() != null && !c.endsAt().isAfter(c.startsAt())) {
      v.add(new Violation("endsAt", "BEFORE_START", "endsAt must be after startsAt"));
    }
    if (c.signupOpensAt() != null
        && c.signupClosesAt() != null
        && !c.signupClosesAt().isAfter(c.signupOpensAt())) {
      v.add(
          new Violation(
              "signupClosesAt", "BEFORE_START", "signupClosesAt must be after signupOpensAt"));
    }
    if (c.signupClosesAt() != null
        && c.endsAt() != null
        && c.signupClosesAt().isAfter(c.endsAt())) {
      v.add(new Violation("signupClosesAt", "OUT_OF_RANGE", "sign-up must close by the end"));
    }
    if (c.cancelDeadline() != null
        && c.startsAt() != null
        && c.cancelDeadline().isAfter(c.startsAt())) {
      v.add(
          new Violation(
              "cancelDeadline", "OUT_OF_RANGE", "cancelDeadline must not be after startsAt"));
    }
    if (c.capacity() < 1) {
      v.add(new Violation("capacity", "OUT_OF_RANGE", "capacity must be at least 1"));
    }
    if (c.maxSeatsPerSignup() < 1
        || c.maxSeatsPerSignup() > Math.max(1, Math.min(10, c.capacity()))) {
      v.add(
          new Violation("maxSeatsPerSignup", "OUT_OF_RANGE", "1 to 10, and at most the capacity"));
    }
    if (c.waitlistLimit() < 0) {
      v.add(new Violation("waitlistLimit", "OUT_OF_RANGE", "must not be negative"));
    }
    if (c.minAge() != null && c.maxAge() != null && c.minAge() > c.maxAge()) {
      v.add(new Violation("maxAge", "OUT_OF_RANGE", "maxAge must not be below minAge"));
    }
    if (c.audience() == ActivityAudience.BUILDINGS) {
      if (c.buildingIds().isEmpty()) {
        v.add(new Violation("buildingIds", "REQUIRED", "choose at least one building"));
      } else {
        Set<Long> distinct = new LinkedHashSet<>(c.buildingIds());
        Integer known = transactions.execute(s -> activities.countBuildings(distinct));
        if (known == null || known != distinct.size()) {
          v.add(new Violation("buildingIds", "UNKNOWN_BUILDING", "a building does not exist"));
        }
      }
    } else if (!c.buildingIds().isEmpty()) {
      v.add(
          new Violation(
              "buildingIds", "NOT_ALLOWED", "buildings apply to audience BUILDINGS only"));
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < c.extraFields().size(); i++) {
      ExtraField f = c.extraFields().get(i);
      if (!keys.add(f.key())) {
        v.add(new Violation("extraFields[" + i + "].key", "DUPLICATE_ID", "keys must be unique"));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidFieldsException(v);
    }
  }

  private void apply(ActivityEntity a, ActivityCommand c) {
    a.setTitle(c.title().strip());
    a.setDescription(
        c.description() == null || c.description().isBlank() ? null : c.description().strip());
    a.setKind(c.kind().name());
    a.setPlace(c.place().strip());
    a.setStartsAt(local(c.startsAt()));
    a.setEndsAt(local(c.endsAt()));
    a.setSignupOpensAt(local(c.signupOpensAt()));
    a.setSignupClosesAt(local(c.signupClosesAt()));
    // Without a deadline, sign-ups may be cancelled until sign-up closes, never after the start.
    Instant deadline = c.cancelDeadline();
    if (deadline == null) {
      deadline = c.signupClosesAt().isBefore(c.startsAt()) ? c.signupClosesAt() : c.startsAt();
    }
    a.setCancelDeadline(local(deadline));
    a.setCapacity(c.capacity());
    a.setWaitlistEnabled(c.waitlistEnabled());
    a.setWaitlistLimit(c.waitlistLimit());
    a.setMaxSeatsPerSignup(c.maxSeatsPerSignup());
    a.setAudience(c.audience().name());
    a.setBuildingIds(
        c.buildingIds().isEmpty()
            ? null
            : new LinkedHashSet<>(c.buildingIds())
                .stream().map(String::valueOf).collect(Collectors.joining(",")));
    a.setMinAge(c.minAge());
    a.setMaxAge(c.maxAge());
    a.setExtraFields(c.extraFields().isEmpty() ? null : ActivityJson.write(c.extraFields()));
  }
}
