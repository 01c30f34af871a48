package org.linli.service.deliberation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.linli.persistence.common.PageSlice;
import org.linli.persistence.common.TenantContext;
import org.linli.persistence.deliberation.ProposalEntity;
import org.linli.persistence.deliberation.ProposalEventEntity;
import org.linli.persistence.deliberation.ProposalEventMapper;
import org.linli.persistence.deliberation.ProposalMapper;
import org.linli.persistence.deliberation.ProposalSettingsEntity;
import org.linli.persistence.deliberation.ProposalSettingsMapper;
import org.linli.persistence.deliberation.ProposalSupportEntity;
import org.linli.persistence.deliberation.ProposalSupportMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.auth.UserService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.ForbiddenException;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.InvalidFieldsException.Violation;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.moderation.ContentSafetyService;
import org.linli.service.moderation.ContentSubmission;
import org.linli.service.moderation.ContentType;
import org.linli.service.moderation.ModerationDecidedEvent;
import org.linli.service.moderation.ModerationStatus;
import org.linli.service.moderation.ScreeningResult;
import org.linli.service.resident.Masking;
import org.linli.service.wechat.ContentScene;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposals (议题) of the current community: residents raise and support them, staff decide those
 * that reached the support threshold, and the formal-vote feature links a vote to accepted ones.
 * Comments are {@link ProposalCommentService}'s.
 */
@Service
public class DeliberationService {

  static final String AUTHOR = "AUTHOR";
  static final String STAFF = "STAFF";
  static final String MODERATOR = "MODERATOR";
  static final String SYSTEM = "SYSTEM";

  /** Statuses in which a proposal may still be discussed and merged into. */
  static final Set<ProposalStatus> LIVE =
      EnumSet.of(
          ProposalStatus.OPEN,
          ProposalStatus.SUBMITTED,
          ProposalStatus.ACCEPTED,
          ProposalStatus.VOTING);

  private static final int MAX_TITLE = 60;
  private static final int MAX_BODY = 5000;
  private static final int MAX_REASON = 200;

  private final ProposalMapper proposals;
  private final ProposalSupportMapper supports;
  private final ProposalEventMapper events;
  private final ProposalSettingsMapper settings;
  private final ContentSafetyService contentSafety;
  private final UserService users;
  private final AuditService audit;
  private final DeliberationProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public DeliberationService(
      ProposalMapper proposals,
      ProposalSupportMapper supports,
      ProposalEventMapper events,
      ProposalSettingsMapper settings,
      ContentSafetyService contentSafety,
      UserService users,
      AuditService audit,
      DeliberationProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.proposals = proposals;
    this.supports = supports;
    this.events = events;
    this.settings = settings;
    this.contentSafety = contentSafety;
    this.users = users;
    this.audit = audit;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ residents

  /**
   * Raises a proposal in the current community (any member). Its text passes WeChat content
   * security first: risky text is refused and nothing is kept; text WeChat wants reviewed, or
   * cannot check, waits in the moderation queue as {@link ProposalStatus#PENDING_REVIEW}, seen by
   * its author and staff only. The community's current support threshold applies to it for good.
   *
   * @throws InvalidFieldsException on a missing or too long title or text, or a bad attachment
   * @throws org.linli.service.moderation.ContentRejectedException when judged risky
   */
  public ProposalView raise(Actor actor, ProposalCommand command) {
    long communityId = actor.requireCommunity();
    String title = strip(command.title());
    String body = strip(command.body());
    List<String> attachments = validate(title, body, command.attachments());
    long id =
        transactions.execute(
            s -> {
              ProposalEntity p = new ProposalEntity();
              p.setCommunityId(communityId);
              p.setAuthorId(actor.userId());
              p.setTitle(title);
              p.setBody(body);
              p.setAttachments(attachments.isEmpty() ? null : String.join("\n", attachments));
              p.setStatus(ProposalStatus.PENDING_REVIEW.name());
              p.setSupportThreshold(settingsOf(communityId).supportThreshold());
              p.setSupportCount(0);
              p.setCommentCount(0);
              proposals.insert(p);
              return p.getId();
            });
    ScreeningResult screening;
    try {
      screening =
          contentSafety.screen(
              new ContentSubmission(
                  communityId,
                  actor.userId(),
                  users.openids(List.of(actor.userId())).get(actor.userId()),
                  ContentType.PROPOSAL,
                  Long.toString(id),
                  ContentScene.FORUM,
                  title + "\n" + body));
    } catch (RuntimeException e) {
      // Refused (or not checked at all): nothing of it stays.
      transactions.executeWithoutResult(
          s -> {
            events.removeOf(id);
            proposals.deleteById(id);
          });
      throw e;
    }
    return transactions.execute(
        s -> {
          LocalDateTime now = now();
          if (screening.published()) {
            proposals.transition(
                id,
                List.of(ProposalStatus.PENDING_REVIEW.name()),
                ProposalStatus.OPEN.name(),
                null,
                null,
                null,
                now);
            record(communityId, id, null, ProposalStatus.OPEN, AUTHOR, null, null);
          } else {
            record(communityId, id, null, ProposalStatus.PENDING_REVIEW, AUTHOR, "内容需人工审核", null);
          }
          audit.record(
              AuditEvent.by(
                  actor,
                  communityId,
                  "PROPOSAL_RAISED",
                  "PROPOSAL",
                  id,
                  screening.published() ? null : "content review"));
          return view(proposals.selectById(id), actor.userId(), true);
        });
  }

  /**
   * One proposal with its timeline.
   *
   * @throws NotFoundException when it is not in the current community, or is held or removed and
   *     the caller is neither its author nor staff
   */
  public ProposalView get(Actor actor, long id) {
    actor.requireCommunity();
    return transactions.execute(s -> view(visible(actor, proposals.selectById(id)), actor, true));
  }

  /**
   * Browses proposals.
   *
   * @param status only this status, or {@code null} for all public ones (held and removed ones
   *     appear only in the caller's own list, or for staff asking for that status)
   * @param bySupport most supported first; otherwise newest first
   * @param keyword words in the title or text, or {@code null}
   * @param mine only the caller's own proposals, in any status
   */
  public PageView<ProposalView> list(
      Actor actor,
      ProposalStatus status,
      boolean bySupport,
      String keyword,
      boolean mine,
      PageRequest page) {
    actor.requireCommunity();
    Set<ProposalStatus> statuses;
    if (status != null) {
      if (ProposalStatus.HIDDEN.contains(status) && !mine && !isStaff(actor)) {
        throw new ForbiddenException();
      }
      statuses = EnumSet.of(status);
    } else if (mine) {
      statuses = EnumSet.allOf(ProposalStatus.class);
    } else {
      statuses = EnumSet.complementOf(EnumSet.copyOf(ProposalStatus.HIDDEN));
    }
    String words = keyword == null || keyword.isBlank() ? null : keyword.strip();
    return transactions.execute(
        s -> {
          PageSlice<ProposalEntity> slice =
              proposals.browse(
                  statuses.stream().map(Enum::name).toList(),
                  mine ? actor.userId() : null,
                  words,
                  bySupport,
                  page.page(),
                  page.size());
          List<ProposalEntity> rows = slice.records();
          Set<Long> supported =
              new HashSet<>(
                  supports.supportedBy(
                      actor.userId(), rows.stream().map(ProposalEntity::getId).toList()));
          Map<Long, String> names = names(rows.stream().map(ProposalEntity::getAuthorId).toList());
          List<ProposalView> items = new ArrayList<>();
          for (ProposalEntity p : rows) {
            items.add(view(p, actor.userId(), supported.contains(p.getId()), names, List.of()));
          }
          return new PageView<>(items, page.page(), page.size(), slice.total());
        });
  }

  /**
   * Supports an open proposal (附议). One support per resident: repeating it changes nothing. The
   * support that reaches the threshold submits the proposal to staff, exactly once however many
   * arrive together (the proposal row is locked while a support is counted).
   *
   * @throws LinliException PROPOSAL_OWN_SUPPORT for the author; PROPOSAL_NOT_OPEN when it is not
   *     collecting support
   */
  public ProposalView support(Actor actor, long id) {
    long communityId = actor.requireCommunity();
    return transactions.execute(
        s -> {
          ProposalEntity p = visible(actor, proposals.lock(id));
          if (p.getAuthorId() == actor.userId()) {
            throw new LinliException(ErrorCode.PROPOSAL_OWN_SUPPORT);
          }
          if (supports.exists(id, actor.userId())) {
            return view(p, actor, true);
          }
          if (!ProposalStatus.OPEN.name().equals(p.getStatus())) {
            throw new LinliException(ErrorCode.PROPOSAL_NOT_OPEN);
          }
          ProposalSupportEntity support = new ProposalSupportEntity();
          support.setCommunityId(communityId);
          support.setProposalId(id);
          support.setUserId(actor.userId());
          supports.insert(support);
          LocalDateTime now = now();
          if (proposals.addSupport(id, 1, now) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          if (proposals.submitIfReached(id, now) == 1) {
            record(
                communityId, id, ProposalStatus.OPEN, ProposalStatus.SUBMITTED, SYSTEM, null, null);
          }
          return view(proposals.selectById(id), actor, true);
        });
  }

  /**
   * Takes back the caller's support while the proposal is open; without a support nothing changes.
   *
   * @throws LinliException PROPOSAL_NOT_OPEN once the proposal stopped collecting support
   */
  public ProposalView withdrawSupport(Actor actor, long id) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          ProposalEntity p = visible(actor, proposals.lock(id));
          if (!supports.exists(id, actor.userId())) {
            return view(p, actor, true);
          }
          if (!ProposalStatus.OPEN.name().equals(p.getStatus())) {
            throw new LinliException(ErrorCode.PROPOSAL_NOT_OPEN);
          }
          supports.remove(id, actor.userId());
          if (proposals.addSupport(id, -1, now()) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          return view(proposals.selectById(id), actor, true);
        });
  }

  /**
   * The author withdraws a proposal before staff decide (waiting for review, open or submitted).
   *
   * @param reason optional public reason
   * @throws ForbiddenException when the caller is not the author
   * @throws LinliException PROPOSAL_TRANSITION_INVALID in any other status
   */
  public ProposalView withdraw(Actor actor, long id, String reason) {
    actor.requireCommunity();
    String why = optionalReason(reason);
    return transactions.execute(
        s -> {
          ProposalEntity p = visible(actor, proposals.lock(id));
          if (p.getAuthorId() != actor.userId()) {
            throw new ForbiddenException();
          }
          return change(
              actor,
              p,
              EnumSet.of(
                  ProposalStatus.PENDING_REVIEW, ProposalStatus.OPEN, ProposalStatus.SUBMITTED),
              ProposalStatus.WITHDRAWN,
              AUTHOR,
              why,
              null,
              null);
        });
  }

  // ------------------------------------------------------------------ staff

  /**
   * Staff put a submitted proposal on the agenda.
   *
   * @param reason optional public note
   * @throws LinliException PROPOSAL_TRANSITION_INVALID unless it is SUBMITTED
   */
  public ProposalView accept(Actor actor, long id, String reason) {
    actor.requireAny(CommunityRole.STAFF);
    String why = optionalReason(reason);
    return transactions.execute(
        s ->
            change(
                actor,
                found(proposals.lock(id)),
                EnumSet.of(ProposalStatus.SUBMITTED),
                ProposalStatus.ACCEPTED,
                STAFF,
                why,
                null,
                null));
  }

  /**
   * Staff decline an open or submitted proposal with a public reason.
   *
   * @throws InvalidFieldsException without a reason
   * @throws LinliException PROPOSAL_TRANSITION_INVALID in any other status
   */
  public ProposalView decline(Actor actor, long id, String reason) {
    actor.requireAny(CommunityRole.STAFF);
    String why = optionalReason(reason);
    if (why == null) {
      throw new InvalidFieldsException("reason", "REQUIRED", "a reason is required");
    }
    return transactions.execute(
        s ->
            change(
                actor,
                found(proposals.lock(id)),
                EnumSet.of(ProposalStatus.OPEN, ProposalStatus.SUBMITTED),
                ProposalStatus.DECLINED,
                STAFF,
                why,
                null,
                null));
  }

  /**
   * Staff merge an open or submitted proposal into another live one of the community (a duplicate).
   *
   * @throws LinliException PROPOSAL_TRANSITION_INVALID when this one is in any other status;
   *     PROPOSAL_MERGE_TARGET_INVALID when the target is itself, absent or no longer live
   */
  public ProposalView merge(Actor actor, long id, long targetId, String reason) {
    actor.requireAny(CommunityRole.STAFF);
    String why = optionalReason(reason);
    return transactions.execute(
        s -> {
          ProposalEntity p = found(proposals.lock(id));
          Set<ProposalStatus> from = EnumSet.of(ProposalStatus.OPEN, ProposalStatus.SUBMITTED);
          if (!from.contains(ProposalStatus.valueOf(p.getStatus()))) {
            throw new LinliException(ErrorCode.PROPOSAL_TRANSITION_INVALID);
          }
          ProposalEntity target = targetId == id ? null : proposals.selectById(targetId);
          if (target == null || !LIVE.contains(ProposalStatus.valueOf(target.getStatus()))) {
            throw new LinliException(ErrorCode.PROPOSAL_MERGE_TARGET_INVALID);
          }
          return change(actor, p, from, ProposalStatus.MERGED, STAFF, why, targetId, null);
        });
  }

  /** The current community's settings (any member). */
  public DeliberationSettingsView settings(Actor actor) {
    long communityId = actor.requireCommunity();
    return transactions.execute(s -> settingsOf(communityId));
  }

  /**
   * Changes the current community's settings (staff). Proposals already raised keep the threshold
   * they were raised with.
   */
  public DeliberationSettingsView updateSettings(Actor actor, DeliberationSettingsView update) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    if (update.supportThreshold() < 1 || update.supportThreshold() > 10_000) {
      throw new InvalidFieldsException("supportThreshold", "OUT_OF_RANGE", "1 to 10000");
    }
    return transactions.execute(
        s -> {
          ProposalSettingsEntity e = settings.selectById(communityId);
          boolean insert = e == null;
          if (insert) {
            e = new ProposalSettingsEntity();
            e.setCommunityId(communityId);
          }
          e.setSupportThreshold(update.supportThreshold());
          if (insert) {
            settings.insert(e);
          } else {
            settings.updateById(e);
          }
          audit.record(
              AuditEvent.by(
                  actor,
                  communityId,
                  "PROPOSAL_SETTINGS_CHANGED",
                  "COMMUNITY",
                  communityId,
                  update.toString()));
          return settingsOf(communityId);
        });
  }

  // ------------------------------------------------------------------ for the vote feature

  /**
   * A proposal of a community, as its residents see it (without a caller's own marks).
   *
   * @throws NotFoundException PROPOSAL_NOT_FOUND when it is not a proposal of that community
   */
  public ProposalView proposal(long communityId, long proposalId) {
    return TenantContext.callIn(
        communityId,
        () -> transactions.execute(s -> view(found(proposals.selectById(proposalId)), 0L, true)));
  }

  /**
   * Records that a formal vote (表决) on an accepted proposal has been set up: ACCEPTED becomes
   * VOTING with the vote id on the timeline. Repeating it with the same vote id changes nothing.
   * Call it in or after the transaction that creates the vote; it joins a running transaction.
   *
   * @throws NotFoundException PROPOSAL_NOT_FOUND when it is not a proposal of that community
   * @throws LinliException PROPOSAL_TRANSITION_INVALID unless it is ACCEPTED (or already VOTING on
   *     this vote)
   */
  public ProposalView markPutToVote(long communityId, long proposalId, long voteId) {
    return TenantContext.callIn(
        communityId,
        () ->
            transactions.execute(
                s -> {
                  ProposalEntity p = found(proposals.lock(proposalId));
                  if (ProposalStatus.VOTING.name().equals(p.getStatus())
                      && Long.valueOf(voteId).equals(p.getVoteId())) {
                    return view(p, 0L, true);
                  }
                  return change(
                      null,
                      p,
                      EnumSet.of(ProposalStatus.ACCEPTED),
                      ProposalStatus.VOTING,
                      SYSTEM,
                      null,
                      null,
                      voteId);
                }));
  }

  /**
   * Records that the vote set up on a proposal was cancelled before it opened: VOTING on {@code
   * voteId} goes back to ACCEPTED (on the agenda) with {@code reason} on the public timeline.
   *
   * @throws NotFoundException PROPOSAL_NOT_FOUND when it is not a proposal of that community
   * @throws LinliException PROPOSAL_TRANSITION_INVALID unless it is VOTING on {@code voteId}
   */
  public ProposalView markVoteCancelled(
      long communityId, long proposalId, long voteId, String reason) {
    return TenantContext.callIn(
        communityId,
        () ->
            transactions.execute(
                s -> {
                  ProposalEntity p = found(proposals.lock(proposalId));
                  if (!Long.valueOf(voteId).equals(p.getVoteId())) {
                    throw new LinliException(ErrorCode.PROPOSAL_TRANSITION_INVALID);
                  }
                  return change(
                      null,
                      p,
                      EnumSet.of(ProposalStatus.VOTING),
                      ProposalStatus.ACCEPTED,
                      SYSTEM,
                      reason,
                      null,
                      null);
                }));
  }

  /**
   * Records the end of the vote on a proposal: VOTING becomes DECIDED with {@code outcome} as the
   * public reason. Repeating it changes nothing.
   *
   * @param outcome a short public summary of the result (at most 200 characters), or {@code null}
   * @throws NotFoundException PROPOSAL_NOT_FOUND when it is not a proposal of that community
   * @throws LinliException PROPOSAL_TRANSITION_INVALID unless it is VOTING on {@code voteId} (or
   *     already DECIDED on it)
   */
  public ProposalView markDecided(long communityId, long proposalId, long voteId, String outcome) {
    String why = optionalReason(outcome);
    return TenantContext.callIn(
        communityId,
        () ->
            transactions.execute(
                s -> {
                  ProposalEntity p = found(proposals.lock(proposalId));
                  boolean sameVote = Long.valueOf(voteId).equals(p.getVoteId());
                  if (ProposalStatus.DECIDED.name().equals(p.getStatus()) && sameVote) {
                    return view(p, 0L, true);
                  }
                  if (!sameVote) {
                    throw new LinliException(ErrorCode.PROPOSAL_TRANSITION_INVALID);
                  }
                  return change(
                      null,
                      p,
                      EnumSet.of(ProposalStatus.VOTING),
                      ProposalStatus.DECIDED,
                      SYSTEM,
                      why,
                      null,
                      voteId);
                }));
  }

  // ------------------------------------------------------------------ moderation

  /** Applies a moderator's decision on a held proposal (in the deciding transaction). */
  @EventListener
  public void onModerationDecided(ModerationDecidedEvent event) {
    if (event.type() != ContentType.PROPOSAL) {
      return;
    }
    long id = Long.parseLong(event.contentId());
    ProposalEntity p = proposals.lock(id);
    if (p == null || !ProposalStatus.PENDING_REVIEW.name().equals(p.getStatus())) {
      return;
    }
    ProposalStatus to =
        event.decision() == ModerationStatus.APPROVED
            ? ProposalStatus.OPEN
            : ProposalStatus.REMOVED;
    String reason = to == ProposalStatus.REMOVED ? "未通过内容审核" : null;
    proposals.transition(
        id, List.of(ProposalStatus.PENDING_REVIEW.name()), to.name(), reason, null, null, now());
    record(p.getCommunityId(), id, ProposalStatus.PENDING_REVIEW, to, MODERATOR, reason, null);
  }

  // ------------------------------------------------------------------ shared with comments

  /**
   * The proposal if the caller may see it: public statuses for every member, held and removed ones
   * for their author and staff.
   */
  ProposalEntity visible(Actor actor, ProposalEntity p) {
    found(p);
    if (ProposalStatus.HIDDEN.contains(ProposalStatus.valueOf(p.getStatus()))
        && p.getAuthorId() != actor.userId()
        && !isStaff(actor)) {
      throw new NotFoundException(ErrorCode.PROPOSAL_NOT_FOUND);
    }
    return p;
  }

  ProposalEntity visible(Actor actor, long id) {
    return visible(actor, proposals.selectById(id));
  }

  /** Counts visible comments of a proposal. */
  void addComments(long proposalId, int delta) {
    proposals.addComments(proposalId, delta);
  }

  /** Masked display names of users, by id. */
  Map<Long, String> names(Collection<Long> userIds) {
    Map<Long, String> result = new HashMap<>();
    if (userIds.isEmpty()) {
      return result;
    }
    for (ProposalMapper.NameRow r : proposals.names(new HashSet<>(userIds))) {
      String name = r.residentName() != null ? r.residentName() : r.nickname();
      String shown = Masking.displayName(name, r.userId());
      // A registry name wins over a nickname when a user appears twice.
      if (r.residentName() != null || !result.containsKey(r.userId())) {
        result.put(r.userId(), shown);
      }
    }
    for (Long id : userIds) {
      result.computeIfAbsent(id, u -> Masking.displayName(null, u));
    }
    return result;
  }

  static boolean isStaff(Actor actor) {
    return actor.platformAdmin() || actor.has(CommunityRole.STAFF);
  }

  LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  static Instant instant(LocalDateTime t) {
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  // ------------------------------------------------------------------ helpers

  private ProposalView change(
      Actor actor,
      ProposalEntity p,
      Set<ProposalStatus> from,
      ProposalStatus to,
      String role,
      String reason,
      Long mergedInto,
      Long voteId) {
    ProposalStatus current = ProposalStatus.valueOf(p.getStatus());
    if (!from.contains(current)) {
      throw new LinliException(ErrorCode.PROPOSAL_TRANSITION_INVALID);
    }
    if (proposals.transition(
            p.getId(), List.of(current.name()), to.name(), reason, mergedInto, voteId, now())
        != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    Long related = mergedInto != null ? mergedInto : voteId;
    record(p.getCommunityId(), p.getId(), current, to, role, reason, related);
    if (actor != null) {
      audit.record(
          AuditEvent.by(
              actor,
              p.getCommunityId(),
              "PROPOSAL_" + to.name(),
              "PROPOSAL",
              p.getId(),
              related == null
                  ? reason
                  : "related " + related + (reason == null ? "" : ": " + reason)));
    }
    return view(proposals.selectById(p.getId()), actor == null ? 0L : actor.userId(), true);
  }

  private void record(
      long communityId,
      long proposalId,
      ProposalStatus from,
      ProposalStatus to,
      String role,
      String reason,
      Long relatedId) {
    ProposalEventEntity e = new ProposalEventEntity();
    e.setCommunityId(communityId);
    e.setProposalId(proposalId);
    e.setFromStatus(from == null ? null : from.name());
    e.setToStatus(to.name());
    e.setActorRole(role);
    e.setReason(reason);
    e.setRelatedId(relatedId);
    events.insert(e);
  }

  private DeliberationSettingsView settingsOf(long communityId) {
    ProposalSettingsEntity e = settings.selectById(communityId);
    return e == null
        ? DeliberationSettingsView.DEFAULTS
        : new DeliberationSettingsView(e.getSupportThreshold());
  }

  private static ProposalEntity found(ProposalEntity p) {
    if (p == null) {
      throw new NotFoundException(ErrorCode.PROPOSAL_NOT_FOUND);
    }
    return p;
  }

  private ProposalView view(ProposalEntity p, Actor actor, boolean withTimeline) {
    return view(p, actor.userId(), withTimeline);
  }

  private ProposalView view(ProposalEntity p, long viewerId, boolean withTimeline) {
    boolean supported = viewerId != 0 && supports.exists(p.getId(), viewerId);
    List<ProposalEventView> timeline = List.of();
    if (withTimeline) {
      timeline =
          events.timeline(p.getId()).stream()
              .map(
                  e ->
                      new ProposalEventView(
                          e.getFromStatus() == null
                              ? null
                              : ProposalStatus.valueOf(e.getFromStatus()),
                          ProposalStatus.valueOf(e.getToStatus()),
                          e.getActorRole(),
                          e.getReason(),
                          e.getRelatedId(),
                          instant(e.getCreatedAt())))
              .toList();
    }
    return view(p, viewerId, supported, names(List.of(p.getAuthorId())), timeline);
  }

  private static ProposalView view(
      ProposalEntity p,
      long viewerId,
      boolean supported,
      Map<Long, String> names,
      List<ProposalEventView> timeline) {
    return new ProposalView(
        p.getId(),
        p.getTitle(),
        p.getBody(),
        p.getAttachments() == null ? List.of() : Arrays.asList(p.getAttachments().split("\n")),
        ProposalStatus.valueOf(p.getStatus()),
        p.getStatusReason(),
        p.getMergedIntoId(),
        p.getVoteId(),
        names.get(p.getAuthorId()),
        p.getAuthorId() == viewerId,
        supported,
        p.getSupportCount(),
        p.getSupportThreshold(),
        p.getCommentCount(),
        instant(p.getCreatedAt()),
        instant(p.getSubmittedAt()),
        instant(p.getDecidedAt()),
        timeline);
  }

  private List<String> validate(String title, String body, List<String> attachments) {
    List<Violation> v = new ArrayList<>();
    if (title == null) {
      v.add(new Violation("title", "REQUIRED", "title is required"));
    } else if (title.codePointCount(0, title.length()) > MAX_TITLE) {
      v.add(new Violation("title", "TOO_LONG", "at most " + MAX_TITLE + " characters"));
    }
    if (body == null) {
      v.add(new Violation("body", "REQUIRED", "text is required"));
    } else if (body.codePointCount(0, body.length()) > MAX_BODY) {
      v.add(new Violation("body", "TOO_LONG", "at most " + MAX_BODY + " characters"));
    }
    if (attachments.size() > properties.maxAttachments()) {
      v.add(
          new Violation(
              "attachments",
              "TOO_MANY",
              "at most " + properties.maxAttachments() + " attachments"));
    }
    Set<String> hosts = new HashSet<>();
    properties.attachmentHosts().forEach(h -> hosts.add(h.strip().toLowerCase(Locale.ROOT)));
    List<String> clean = new ArrayList<>();
    for (int i = 0; i < attachments.size(); i++) {
      String url = attachments.get(i) == null ? "" : attachments.get(i).strip();
      if (!allowed(url, hosts)) {
        v.add(
            new Violation(
                "attachments[" + i + "]",
                "ATTACHMENT_NOT_ALLOWED",
                "an https URL on an allowed host"));
      } else {
        clean.add(url);
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidFieldsException(v);
    }
    return clean;
  }

  private static boolean allowed(String url, Set<String> hosts) {
    if (url.isEmpty() || url.length() > 500 || url.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return "https".equals(uri.getScheme())
          && uri.getHost() != null
          && uri.getUserInfo() == null
          && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String optionalReason(String reason) {
    String why = strip(reason);
    if (why != null && why.codePointCount(0, why.length()) > MAX_REASON) {
      throw new InvalidFieldsException(
          "reason", "TOO_LONG", "at most " + MAX_REASON + " characters");
    }
    return why;
  }
}
