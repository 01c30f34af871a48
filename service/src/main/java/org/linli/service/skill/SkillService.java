package org.linli.service.skill;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.linli.persistence.skill.SharingSuspensionEntity;
import org.linli.persistence.skill.SharingSuspensionMapper;
import org.linli.persistence.skill.SkillCategoryEntity;
import org.linli.persistence.skill.SkillCategoryMapper;
import org.linli.persistence.skill.SkillPostEntity;
import org.linli.persistence.skill.SkillPostMapper;
import org.linli.persistence.skill.SkillPostMapper.PostRow;
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
import org.linli.service.community.CommunityService;
import org.linli.service.moderation.ContentSafetyService;
import org.linli.service.resident.Masking;
import org.linli.service.wechat.ContentScene;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Skill posts (技能共享): residents offer and request help within their community. Text passes WeChat
 * content security before others see it (pass publishes; review, or WeChat unreachable, holds it
 * for staff; risky is refused) and must not carry contact details. Staff approve, hide and restore
 * posts and suspend residents from posting, all audit-logged.
 */
@Service
public class SkillService {

  private final SkillCategoryMapper categories;
  private final SkillPostMapper posts;
  private final SharingSuspensionMapper suspensions;
  private final ContentSafetyService contentSafety;
  private final UserService users;
  private final CommunityService communities;
  private final AuditService audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public SkillService(
      SkillCategoryMapper categories,
      SkillPostMapper posts,
      SharingSuspensionMapper suspensions,
      ContentSafetyService contentSafety,
      UserService users,
      CommunityService communities,
      AuditService audit,
      TransactionTemplate transactions,
      Clock clock) {
    this.categories = categories;
    this.posts = posts;
    this.suspensions = suspensions;
    this.contentSafety = contentSafety;
    this.users = users;
    this.communities = communities;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ categories

  /** The current community's categories. */
  public List<SkillViews.Category> categories(Actor actor) {
    actor.requireCommunity();
    return transactions.execute(
        s ->
            categories.all().stream()
                .map(c -> new SkillViews.Category(c.getId(), c.getName()))
                .toList());
  }

  /** Adds a category (staff). */
  public SkillViews.Category addCategory(Actor actor, String name) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    try {
      return transactions.execute(
          s -> {
            SkillCategoryEntity c = new SkillCategoryEntity();
            c.setCommunityId(communityId);
            c.setName(name.strip());
            categories.insert(c);
            audit.record(
                AuditEvent.by(
                    actor, communityId, "SKILL_CATEGORY_ADDED", "SKILL_CATEGORY", c.getId(), null));
            return new SkillViews.Category(c.getId(), c.getName());
          });
    } catch (DuplicateKeyException e) {
      throw new InvalidFieldsException("name", "DUPLICATE", "category exists");
    }
  }

  // ------------------------------------------------------------------ posts

  /**
   * Posts an offer or a request. Calls WeChat: never inside a transaction.
   *
   * @throws LinliException {@code CONTACT_DETAILS_IN_TEXT}, {@code POSTING_SUSPENDED}, {@code
   *     CONTENT_REJECTED}
   */
  public SkillViews.Post create(Actor actor, SkillPostCommand c) {
    long communityId = requireMember(actor);
    if (ContactDetails.in(c.title())
        || ContactDetails.in(c.description())
        || ContactDetails.in(c.availability())
        || ContactDetails.in(c.place())) {
      throw new LinliException(ErrorCode.CONTACT_DETAILS_IN_TEXT);
    }
    transactions.executeWithoutResult(
        s -> {
          requireNotSuspended(actor.userId());
          if (categories.selectById(c.categoryId()) == null) {
            throw new InvalidFieldsException("categoryId", "UNKNOWN_CATEGORY", "no such category");
          }
        });
    String text =
        join(c.title(), c.description(), c.availability(), c.place()).replace("\n\n", "\n");
    boolean passed =
        contentSafety.passes(
            users.openids(List.of(actor.userId())).get(actor.userId()), ContentScene.FORUM, text);
    return transactions.execute(
        s -> {
          SkillPostEntity p = new SkillPostEntity();
          p.setCommunityId(communityId);
          p.setAuthorId(actor.userId());
          p.setKind(c.kind().name());
          p.setCategoryId(c.categoryId());
          p.setTitle(c.title().strip());
          p.setDescription(c.description().strip());
          p.setAvailability(blankToNull(c.availability()));
          p.setPlace(blankToNull(c.place()));
          p.setPriceMinutes(
              c.priceMinutes() == null || c.priceMinutes() == 0 ? null : c.priceMinutes());
          p.setStatus(passed ? SkillPostStatus.PUBLISHED.name() : SkillPostStatus.HELD.name());
          posts.insert(p);
          return view(actor, p.getId());
        });
  }

  /**
   * Browses posts, newest first: published ones; the caller's own (any status) with {@code mine};
   * staff may ask for any status.
   */
  public SkillViews.Page<SkillViews.Post> list(
      Actor actor,
      SkillPostKind kind,
      Long categoryId,
      String keyword,
      boolean mine,
      SkillPostStatus status,
      PageRequest page) {
    actor.requireCommunity();
    if (status != null && !mine && !isStaff(actor)) {
      throw new ForbiddenException();
    }
    String st = status != null ? status.name() : mine ? null : SkillPostStatus.PUBLISHED.name();
    Long author = mine ? actor.userId() : null;
    String like =
        keyword == null || keyword.isBlank()
            ? null
            : "%"
                + keyword.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    String k = kind == null ? null : kind.name();
    return transactions.execute(
        s -> {
          List<SkillViews.Post> items = new ArrayList<>();
          for (PostRow r :
              posts.search(
                  null,
                  st,
                  author,
                  k,
                  categoryId,
                  like,
                  page.size(),
                  (long) (page.page() - 1) * page.size())) {
            items.add(view(actor, r));
          }
          return new SkillViews.Page<>(
              items, page.page(), page.size(), posts.count(st, author, k, categoryId, like));
        });
  }

  /** One post: published ones for every member, others for their author and staff. */
  public SkillViews.Post get(Actor actor, long postId) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          SkillPostEntity p = visible(actor, postId);
          return view(actor, p.getId());
        });
  }

  /** Closes a post (its author, or staff). */
  public SkillViews.Post close(Actor actor, long postId) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          SkillPostEntity p = visible(actor, postId);
          if (p.getAuthorId() != actor.userId() && !isStaff(actor)) {
            throw new ForbiddenException();
          }
          return change(
              actor,
              p,
              List.of(SkillPostStatus.HELD, SkillPostStatus.PUBLISHED),
              SkillPostStatus.CLOSED,
              "SKILL_POST_CLOSED",
              null);
        });
  }

  /** Publishes a held post (staff). */
  public SkillViews.Post approve(Actor actor, long postId) {
    actor.requireAny(CommunityRole.STAFF);
    return transactions.execute(
        s ->
            change(
                actor,
                find(postId),
                List.of(SkillPostStatus.HELD),
                SkillPostStatus.PUBLISHED,
                "SKILL_POST_APPROVED",
                null));
  }

  /** Takes a post down (staff), with a reason. */
  public SkillViews.Post hide(Actor actor, long postId, String reason) {
    actor.requireAny(CommunityRole.STAFF);
    String why = requireReason(reason);
    return transactions.execute(
        s ->
            change(
                actor,
                find(postId),
                List.of(SkillPostStatus.HELD, SkillPostStatus.PUBLISHED),
                SkillPostStatus.HIDDEN,
                "SKILL_POST_HIDDEN",
                why));
  }

  /** Publishes a hidden post again (staff). */
  public SkillViews.Post restore(Actor actor, long postId) {
    actor.requireAny(CommunityRole.STAFF);
    return transactions.execute(
        s ->
            change(
                actor,
                find(postId),
                List.of(SkillPostStatus.HIDDEN),
                SkillPostStatus.PUBLISHED,
                "SKILL_POST_RESTORED",
                null));
  }

  /**
   * Suspends a member from posting and proposing exchanges for {@code days} (staff).
   *
   * @throws InvalidFieldsException when the user is not a member
   */
  public SkillViews.Suspension suspend(Actor actor, long userId, int days, String reason) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    String why = requireReason(reason);
    if (!communities.isMember(communityId, userId)) {
      throw new InvalidFieldsException("userId", "NOT_A_MEMBER", "not a member");
    }
    if (days < 1 || days > 365) {
      throw new InvalidFieldsException("days", "OUT_OF_RANGE", "1 to 365");
    }
    return transactions.execute(
        s -> {
          SharingSuspensionEntity e = new SharingSuspensionEntity();
          e.setCommunityId(communityId);
          e.setUserId(userId);
          e.setUntilAt(LocalDateTime.now(clock).plusDays(days));
          e.setReason(why);
          suspensions.insert(e);
          audit.record(
              AuditEvent.by(
                  actor, communityId, "SHARING_SUSPENDED", "USER", userId, days + " days: " + why));
          return new SkillViews.Suspension(
              e.getId(), userId, e.getUntilAt().toInstant(ZoneOffset.UTC), why);
        });
  }

  // ------------------------------------------------------------------ shared with exchanges

  /** Requires a member role in the current community; returns the community id. */
  long requireMember(Actor actor) {
    actor.requireAny(CommunityRole.RESIDENT, CommunityRole.VOLUNTEER, CommunityRole.STAFF);
    return actor.requireCommunity();
  }

  /**
   * Refuses users suspended from posting (also goods). Runs in the caller's transaction.
   *
   * @throws ForbiddenException {@code POSTING_SUSPENDED}
   */
  public void requireNotSuspended(long userId) {
    if (posts.suspensions(userId, LocalDateTime.now(clock)) > 0) {
      throw new ForbiddenException(ErrorCode.POSTING_SUSPENDED);
    }
  }

  /** A post of the current community. */
  SkillPostEntity find(long postId) {
    SkillPostEntity p = posts.selectById(postId);
    if (p == null) {
      throw new NotFoundException(ErrorCode.SKILL_POST_NOT_FOUND);
    }
    return p;
  }

  static boolean isStaff(Actor actor) {
    return actor.platformAdmin() || actor.has(CommunityRole.STAFF);
  }

  // ------------------------------------------------------------------ internals

  private SkillPostEntity visible(Actor actor, long postId) {
    SkillPostEntity p = find(postId);
    if (!SkillPostStatus.PUBLISHED.name().equals(p.getStatus())
        && p.getAuthorId() != actor.userId()
        && !isStaff(actor)) {
      throw new NotFoundException(ErrorCode.SKILL_POST_NOT_FOUND);
    }
    return p;
  }

  private SkillViews.Post change(
      Actor actor,
      SkillPostEntity p,
      List<SkillPostStatus> from,
      SkillPostStatus to,
      String action,
      String detail) {
    if (from.stream().noneMatch(f -> f.name().equals(p.getStatus()))) {
      throw new LinliException(ErrorCode.SKILL_POST_NOT_OPEN);
    }
    p.setStatus(to.name());
    if (posts.updateById(p) != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    audit.record(AuditEvent.by(actor, p.getCommunityId(), action, "SKILL_POST", p.getId(), detail));
    return view(actor, p.getId());
  }

  private SkillViews.Post view(Actor actor, long postId) {
    List<PostRow> rows = posts.search(postId, null, null, null, null, null, 1, 0);
    if (rows.isEmpty()) {
      throw new NotFoundException(ErrorCode.SKILL_POST_NOT_FOUND);
    }
    return view(actor, rows.get(0));
  }

  private static SkillViews.Post view(Actor actor, PostRow r) {
    return new SkillViews.Post(
        r.id(),
        SkillPostKind.valueOf(r.kind()),
        r.categoryId(),
        r.categoryName(),
        r.title(),
        r.description(),
        r.availability(),
        r.place(),
        r.priceMinutes(),
        SkillPostStatus.valueOf(r.status()),
        Masking.displayName(r.authorName(), r.authorId()),
        r.authorId() == actor.userId(),
        r.createdAt().toInstant(ZoneOffset.UTC));
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldsException(
          List.of(new Violation("reason", "REQUIRED", "a reason is required")));
    }
    return reason.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        if (!b.isEmpty()) {
          b.append('\n');
        }
        b.append(p.strip());
      }
    }
    return b.toString();
  }
}
