package org.linli.service.goods;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.linli.persistence.goods.GoodsItemEntity;
import org.linli.persistence.goods.GoodsItemMapper;
import org.linli.persistence.goods.GoodsRequestEntity;
import org.linli.persistence.goods.GoodsRequestMapper;
import org.linli.persistence.goods.GoodsRequestMapper.RequestRow;
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
import org.linli.service.moderation.ContentSafetyService;
import org.linli.service.notice.NoticeService;
import org.linli.service.resident.Masking;
import org.linli.service.skill.ContactDetails;
import org.linli.service.skill.SkillService;
import org.linli.service.wechat.ContentScene;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Goods to give away or lend. Give away: residents ask, the giver picks one, the item is taken and
 * the other requests declined. Lend: borrowers ask for dates in a queue, the owner approves one at
 * a time and confirms the return with a note on the condition; loans past their due date show as
 * late to the owner and staff. Items of the community's lending library are managed by staff. Text
 * passes content security like skill posts; photos only from the configured storage host.
 */
@Service
public class GoodsService {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final String GIVE = "GIVE";
  static final String LEND = "LEND";
  private static final Set<String> VISIBLE = Set.of("AVAILABLE", "LENT", "TAKEN");

  private final GoodsItemMapper items;
  private final GoodsRequestMapper requests;
  private final SkillService skills;
  private final ContentSafetyService contentSafety;
  private final UserService users;
  private final NoticeService notices;
  private final AuditService audit;
  private final GoodsProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public GoodsService(
      GoodsItemMapper items,
      GoodsRequestMapper requests,
      SkillService skills,
      ContentSafetyService contentSafety,
      UserService users,
      NoticeService notices,
      AuditService audit,
      GoodsProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.items = items;
    this.requests = requests;
    this.skills = skills;
    this.contentSafety = contentSafety;
    this.users = users;
    this.notices = notices;
    this.audit = audit;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Posts an item. Calls WeChat: never inside a transaction.
   *
   * @throws InvalidFieldsException for photos off the storage host
   * @throws LinliException {@code CONTACT_DETAILS_IN_TEXT}, {@code POSTING_SUSPENDED}, {@code
   *     CONTENT_REJECTED}
   */
  public GoodsViews.Item create(Actor actor, GoodsViews.ItemCommand c) {
    actor.requireAny(CommunityRole.RESIDENT, CommunityRole.VOLUNTEER, CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    if (c.communityOwned() && !isStaff(actor)) {
      throw new ForbiddenException();
    }
    List<Violation> v = new ArrayList<>();
    for (int i = 0; i < c.photoUrls().size(); i++) {
      if (!onStorageHost(c.photoUrls().get(i))) {
        v.add(new Violation("photoUrls[" + i + "]", "PHOTO_HOST", "not on the storage host"));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidFieldsException(v);
    }
    if (ContactDetails.in(c.title())
        || ContactDetails.in(c.description())
        || ContactDetails.in(c.condition())
        || ContactDetails.in(c.pickupBuilding())) {
      throw new LinliException(ErrorCode.CONTACT_DETAILS_IN_TEXT);
    }
    transactions.executeWithoutResult(s -> skills.requireNotSuspended(actor.userId()));
    String text =
        String.join(
            "\n", c.title(), nz(c.description()), nz(c.condition()), nz(c.pickupBuilding()));
    boolean passed =
        contentSafety.passes(
            users.openids(List.of(actor.userId())).get(actor.userId()),
            ContentScene.FORUM,
            text.strip());
    return transactions.execute(
        s -> {
          GoodsItemEntity e = new GoodsItemEntity();
          e.setCommunityId(communityId);
          e.setOwnerId(c.communityOwned() ? null : actor.userId());
          e.setMode(c.mode());
          e.setTitle(c.title().strip());
          e.setDescription(blankToNull(c.description()));
          e.setItemCondition(blankToNull(c.condition()));
          e.setPickupBuilding(blankToNull(c.pickupBuilding()));
          e.setPhotoUrls(c.photoUrls().isEmpty() ? null : String.join("\n", c.photoUrls()));
          e.setStatus(passed ? "AVAILABLE" : "HELD");
          items.insert(e);
          if (c.communityOwned()) {
            audit.record(
                AuditEvent.by(
                    actor, communityId, "GOODS_LIBRARY_ITEM_ADDED", "GOODS", e.getId(), null));
          }
          return view(actor, items.selectById(e.getId()));
        });
  }

  /** Items on offer (and the caller's own with {@code mine}), newest first. */
  public GoodsViews.Page<GoodsViews.Item> list(
      Actor actor, String mode, boolean mine, PageRequest page) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          Long owner = mine ? actor.userId() : null;
          long total = items.count(mode, owner);
          List<GoodsViews.Item> list = new ArrayList<>();
          for (GoodsItemEntity e :
              items.page(mode, owner, page.size(), (long) (page.page() - 1) * page.size())) {
            list.add(view(actor, e));
          }
          return new GoodsViews.Page<>(list, page.page(), page.size(), total);
        });
  }

  /** One item: visible ones for members, held and hidden ones for their owner and staff. */
  public GoodsViews.Item get(Actor actor, long itemId) {
    actor.requireCommunity();
    return transactions.execute(s -> view(actor, visible(actor, itemId)));
  }

  /** Publishes a held item (staff). */
  public GoodsViews.Item approveItem(Actor actor, long itemId) {
    return staffChange(actor, itemId, Set.of("HELD"), "AVAILABLE", "GOODS_APPROVED", null);
  }

  /** Takes an item down (staff), with a reason. */
  public GoodsViews.Item hideItem(Actor actor, long itemId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldsException("reason", "REQUIRED", "a reason is required");
    }
    return staffChange(
        actor, itemId, Set.of("HELD", "AVAILABLE"), "HIDDEN", "GOODS_HIDDEN", reason.strip());
  }

  /** Puts a hidden item back up (staff). */
  public GoodsViews.Item restoreItem(Actor actor, long itemId) {
    return staffChange(actor, itemId, Set.of("HIDDEN"), "AVAILABLE", "GOODS_RESTORED", null);
  }

  /**
   * Asks for an item: interest in a gift, or a loan for dates (from today, due on or after the
   * start). Records the subscribe-message templates the requester accepted (for due reminders).
   *
   * @throws LinliException {@code GOODS_REQUEST_INVALID} for one's own item, an item not available
   *     for gifts, or a second open request
   */
  public GoodsViews.Request request(
      Actor actor,
      long itemId,
      LocalDate startsOn,
      LocalDate dueOn,
      String message,
      List<String> acceptedTemplateIds) {
    actor.requireAny(CommunityRole.RESIDENT, CommunityRole.VOLUNTEER, CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    if (ContactDetails.in(message)) {
      throw new LinliException(ErrorCode.CONTACT_DETAILS_IN_TEXT);
    }
    GoodsViews.Request created =
        transactions.execute(
            s -> {
              skills.requireNotSuspended(actor.userId());
              GoodsItemEntity item = items.lock(itemId);
              if (item == null || !VISIBLE.contains(item.getStatus())) {
                throw new NotFoundException(ErrorCode.GOODS_ITEM_NOT_FOUND);
              }
              if (Long.valueOf(actor.userId()).equals(item.getOwnerId())
                  || "TAKEN".equals(item.getStatus())
                  || requests.hasOpen(itemId, actor.userId())) {
                throw new LinliException(ErrorCode.GOODS_REQUEST_INVALID);
              }
              if (LEND.equals(item.getMode())) {
                LocalDate today = LocalDate.now(clock.withZone(CHINA));
                List<Violation> v = new ArrayList<>();
                if (startsOn == null || startsOn.isBefore(today)) {
                  v.add(new Violation("startsOn", "OUT_OF_RANGE", "today or later"));
                }
                if (dueOn == null || (startsOn != null && dueOn.isBefore(startsOn))) {
                  v.add(new Violation("dueOn", "BEFORE_START", "on or after startsOn"));
                }
                if (!v.isEmpty()) {
                  throw new InvalidFieldsException(v);
                }
              }
              GoodsRequestEntity r = new GoodsRequestEntity();
              r.setCommunityId(communityId);
              r.setItemId(itemId);
              r.setRequesterId(actor.userId());
              r.setStatus("WAITING");
              r.setStartsOn(LEND.equals(item.getMode()) ? startsOn : null);
              r.setDueOn(LEND.equals(item.getMode()) ? dueOn : null);
              r.setMessage(blankToNull(message));
              requests.insert(r);
              return request(actor, itemId, r.getId());
            });
    if (acceptedTemplateIds != null && !acceptedTemplateIds.isEmpty()) {
      notices.recordConsent(actor.userId(), acceptedTemplateIds);
    }
    return created;
  }

  /** An item's requests in queue order (its manager: owner, or staff for the library). */
  public List<GoodsViews.Request> requests(Actor actor, long itemId) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          requireManager(actor, visible(actor, itemId));
          LocalDate today = LocalDate.now(clock.withZone(CHINA));
          return requests.ofItem(itemId).stream().map(r -> view(actor, r, today)).toList();
        });
  }

  /** The manager picks a waiting request: the gift is taken, or the item lent. */
  public GoodsViews.Request approve(Actor actor, long requestId) {
    return change(
        actor,
        requestId,
        true,
        (item, r, now) -> {
          requireStatus(r, "WAITING");
          if (!"AVAILABLE".equals(item.getStatus())) {
            throw new LinliException(ErrorCode.GOODS_REQUEST_INVALID);
          }
          if (GIVE.equals(item.getMode())) {
            item.setStatus("TAKEN");
            r.setStatus("CHOSEN");
            requests.declineOthers(item.getId(), r.getId(), now);
          } else {
            item.setStatus("LENT");
            r.setStatus("LENT");
          }
        });
  }

  /** The manager declines a waiting request. */
  public GoodsViews.Request decline(Actor actor, long requestId) {
    return change(
        actor,
        requestId,
        true,
        (item, r, now) -> {
          requireStatus(r, "WAITING");
          r.setStatus("DECLINED");
        });
  }

  /** The manager confirms a loan came back, noting the condition; the item is available again. */
  public GoodsViews.Request returned(Actor actor, long requestId, String conditionNote) {
    return change(
        actor,
        requestId,
        true,
        (item, r, now) -> {
          requireStatus(r, "LENT");
          r.setStatus("RETURNED");
          r.setReturnNote(blankToNull(conditionNote));
          r.setReturnedAt(now);
          item.setStatus("AVAILABLE");
        });
  }

  /** The requester withdraws a waiting request. */
  public GoodsViews.Request cancel(Actor actor, long requestId) {
    return change(
        actor,
        requestId,
        false,
        (item, r, now) -> {
          if (r.getRequesterId() != actor.userId()) {
            throw new NotFoundException(ErrorCode.GOODS_REQUEST_NOT_FOUND);
          }
          requireStatus(r, "WAITING");
          r.setStatus("CANCELLED");
        });
  }

  // ------------------------------------------------------------------ internals

  private interface RequestChange {
    void apply(GoodsItemEntity item, GoodsRequestEntity request, LocalDateTime now);
  }

  private GoodsViews.Request change(
      Actor actor, long requestId, boolean byManager, RequestChange change) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          GoodsRequestEntity found = requests.selectById(requestId);
          if (found == null) {
            throw new NotFoundException(ErrorCode.GOODS_REQUEST_NOT_FOUND);
          }
          // The item's row lock serialises every change of its requests.
          GoodsItemEntity item = items.lock(found.getItemId());
          GoodsRequestEntity r = requests.selectById(requestId);
          if (byManager) {
            if (!mayManage(actor, item)) {
              throw r.getRequesterId() == actor.userId()
                  ? new ForbiddenException()
                  : new NotFoundException(ErrorCode.GOODS_REQUEST_NOT_FOUND);
            }
          }
          String before = item.getStatus();
          LocalDateTime now = LocalDateTime.now(clock);
          change.apply(item, r, now);
          if (requests.updateById(r) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          if (!before.equals(item.getStatus()) && items.updateById(item) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          return request(actor, item.getId(), requestId);
        });
  }

  private GoodsViews.Item staffChange(
      Actor actor, long itemId, Set<String> from, String to, String action, String detail) {
    actor.requireAny(CommunityRole.STAFF);
    return transactions.execute(
        s -> {
          GoodsItemEntity item = items.lock(itemId);
          if (item == null) {
            throw new NotFoundException(ErrorCode.GOODS_ITEM_NOT_FOUND);
          }
          if (!from.contains(item.getStatus())) {
            throw new LinliException(ErrorCode.GOODS_REQUEST_INVALID);
          }
          item.setStatus(to);
          if (items.updateById(item) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          audit.record(
              AuditEvent.by(actor, item.getCommunityId(), action, "GOODS", itemId, detail));
          return view(actor, item);
        });
  }

  private GoodsViews.Request request(Actor actor, long itemId, long requestId) {
    LocalDate today = LocalDate.now(clock.withZone(CHINA));
    return requests.ofItem(itemId).stream()
        .filter(r -> r.id() == requestId)
        .findFirst()
        .map(r -> view(actor, r, today))
        .orElseThrow(() -> new NotFoundException(ErrorCode.GOODS_REQUEST_NOT_FOUND));
  }

  private GoodsItemEntity visible(Actor actor, long itemId) {
    GoodsItemEntity item = items.selectById(itemId);
    if (item == null || (!VISIBLE.contains(item.getStatus()) && !mayManage(actor, item))) {
      throw new NotFoundException(ErrorCode.GOODS_ITEM_NOT_FOUND);
    }
    return item;
  }

  private static void requireManager(Actor actor, GoodsItemEntity item) {
    if (!mayManage(actor, item)) {
      throw new ForbiddenException();
    }
  }

  private static boolean mayManage(Actor actor, GoodsItemEntity item) {
    return isStaff(actor) || Long.valueOf(actor.userId()).equals(item.getOwnerId());
  }

  private static boolean isStaff(Actor actor) {
    return actor.platformAdmin() || actor.has(CommunityRole.STAFF);
  }

  private static void requireStatus(GoodsRequestEntity r, String status) {
    if (!status.equals(r.getStatus())) {
      throw new LinliException(ErrorCode.GOODS_REQUEST_INVALID);
    }
  }

  private boolean onStorageHost(String url) {
    String host = properties.photoHost();
    if (host == null || host.isBlank() || url == null) {
      return false;
    }
    try {
      URI u = new URI(url.strip());
      return "https".equalsIgnoreCase(u.getScheme())
          && host.strip().equalsIgnoreCase(u.getHost())
          && u.getUserInfo() == null
          && (u.getPort() == -1 || u.getPort() == 443);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private GoodsViews.Item view(Actor actor, GoodsItemEntity e) {
    boolean library = e.getOwnerId() == null;
    return new GoodsViews.Item(
        e.getId(),
        e.getMode(),
        e.getTitle(),
        e.getDescription(),
        e.getItemCondition(),
        e.getPickupBuilding(),
        e.getPhotoUrls() == null ? List.of() : Arrays.asList(e.getPhotoUrls().split("\n")),
        e.getStatus(),
        library,
        library ? "社区" : Masking.displayName(null, e.getOwnerId()),
        !library && e.getOwnerId() == actor.userId(),
        e.getCreatedAt().toInstant(ZoneOffset.UTC));
  }

  private static GoodsViews.Request view(Actor actor, RequestRow r, LocalDate today) {
    return new GoodsViews.Request(
        r.id(),
        r.itemId(),
        Masking.displayName(r.name(), r.requesterId()),
        r.requesterId() == actor.userId(),
        r.status(),
        r.startsOn(),
        r.dueOn(),
        r.message(),
        r.returnNote(),
        "LENT".equals(r.status()) && r.dueOn() != null && r.dueOn().isBefore(today),
        r.createdAt().toInstant(ZoneOffset.UTC));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
