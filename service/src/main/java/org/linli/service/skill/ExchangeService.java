package org.linli.service.skill;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.linli.persistence.skill.SkillExchangeEntity;
import org.linli.persistence.skill.SkillExchangeMapper;
import org.linli.persistence.skill.SkillPostEntity;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.auth.UserService;
import org.linli.service.common.Actor;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.moderation.ContentSafetyService;
import org.linli.service.resident.Masking;
import org.linli.service.resident.ResidentService;
import org.linli.service.timebank.TimeBankService;
import org.linli.service.timebank.TransferKind;
import org.linli.service.wechat.ContentScene;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exchanges of help on a post. The non-author proposes; the post's author accepts or declines;
 * either side cancels before completion; after the help both confirm (or one confirms and the other
 * does not cancel within {@link SkillProperties#autoCompleteAfter()}), and the agreed minutes move
 * from the receiver's time-bank account to the helper's in the completing transaction, within the
 * community's limits. Every change locks the exchange row first; a change not allowed in the
 * current state is a 409 {@code EXCHANGE_TRANSITION_INVALID}.
 */
@Service
public class ExchangeService {

  /** The side helping. */
  public static final String HELPER = "HELPER";

  /** The side helped (who pays the minutes). */
  public static final String RECEIVER = "RECEIVER";

  private final SkillExchangeMapper exchanges;
  private final SkillService skills;
  private final TimeBankService timeBank;
  private final ResidentService residents;
  private final ContentSafetyService contentSafety;
  private final UserService users;
  private final AuditService audit;
  private final SkillProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public ExchangeService(
      SkillExchangeMapper exchanges,
      SkillService skills,
      TimeBankService timeBank,
      ResidentService residents,
      ContentSafetyService contentSafety,
      UserService users,
      AuditService audit,
      SkillProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.exchanges = exchanges;
    this.skills = skills;
    this.timeBank = timeBank;
    this.residents = residents;
    this.contentSafety = contentSafety;
    this.users = users;
    this.audit = audit;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Proposes an exchange on someone else's published post. A message WeChat does not pass outright
   * (review, or unreachable) is withheld from the other side; a risky one is refused. Calls WeChat:
   * never inside a transaction.
   *
   * @param minutes agreed credits, {@code null} for the post's price (or 0)
   * @throws LinliException {@code SKILL_POST_NOT_OPEN}, {@code SKILL_OWN_POST}, {@code
   *     POSTING_SUSPENDED}, {@code CONTACT_DETAILS_IN_TEXT}, {@code CONTENT_REJECTED}
   */
  public SkillViews.Exchange propose(Actor actor, long postId, Integer minutes, String message) {
    long communityId = skills.requireMember(actor);
    String text = message == null || message.isBlank() ? null : message.strip();
    if (ContactDetails.in(text)) {
      throw new LinliException(ErrorCode.CONTACT_DETAILS_IN_TEXT);
    }
    transactions.executeWithoutResult(s -> openPost(actor, postId));
    boolean passed =
        text == null
            || contentSafety.passes(
                users.openids(List.of(actor.userId())).get(actor.userId()),
                ContentScene.COMMENT,
                text);
    return transactions.execute(
        s -> {
          SkillPostEntity post = openPost(actor, postId);
          boolean offer = SkillPostKind.OFFER.name().equals(post.getKind());
          SkillExchangeEntity e = new SkillExchangeEntity();
          e.setCommunityId(communityId);
          e.setPostId(postId);
          e.setProposerId(actor.userId());
          e.setHelperId(offer ? post.getAuthorId() : actor.userId());
          e.setReceiverId(offer ? actor.userId() : post.getAuthorId());
          e.setMinutes(
              minutes != null
                  ? minutes
                  : post.getPriceMinutes() == null ? 0 : post.getPriceMinutes());
          e.setMessage(passed ? text : null);
          e.setStatus(ExchangeStatus.PROPOSED.name());
          e.setHelperSharesPhone(false);
          e.setReceiverSharesPhone(false);
          e.setHelperThanksHeld(false);
          e.setReceiverThanksHeld(false);
          exchanges.insert(e);
          return view(actor, exchanges.selectById(e.getId()), post.getTitle());
        });
  }

  /** The caller's exchanges, newest first. */
  public SkillViews.Page<SkillViews.Exchange> mine(
      Actor actor, ExchangeStatus status, PageRequest page) {
    actor.requireCommunity();
    String st = status == null ? null : status.name();
    return transactions.execute(
        s -> {
          List<SkillViews.Exchange> items = new ArrayList<>();
          for (SkillExchangeEntity e :
              exchanges.ofUser(
                  actor.userId(), st, page.size(), (long) (page.page() - 1) * page.size())) {
            items.add(view(actor, e, null));
          }
          return new SkillViews.Page<>(
              items, page.page(), page.size(), exchanges.countOfUser(actor.userId(), st));
        });
  }

  /** One exchange, for its two sides and staff. */
  public SkillViews.Exchange get(Actor actor, long id) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          SkillExchangeEntity e = exchanges.selectById(id);
          requireVisible(actor, e);
          return view(actor, e, null);
        });
  }

  /** The post's author accepts a proposal. */
  public SkillViews.Exchange accept(Actor actor, long id) {
    return transition(
        actor,
        id,
        e -> {
          requireAnswerer(actor, e, ExchangeStatus.PROPOSED);
          e.setStatus(ExchangeStatus.ACCEPTED.name());
        });
  }

  /** The post's author declines a proposal. */
  public SkillViews.Exchange decline(Actor actor, long id) {
    return transition(
        actor,
        id,
        e -> {
          requireAnswerer(actor, e, ExchangeStatus.PROPOSED);
          e.setStatus(ExchangeStatus.DECLINED.name());
        });
  }

  /** Either side cancels before completion (also objecting to the other's confirmation). */
  public SkillViews.Exchange cancel(Actor actor, long id) {
    return transition(
        actor,
        id,
        e -> {
          requireSide(actor, e);
          requireStatus(e, ExchangeStatus.PROPOSED, ExchangeStatus.ACCEPTED);
          e.setStatus(ExchangeStatus.CANCELLED.name());
        });
  }

  /**
   * One side confirms the help happened; the second confirmation completes the exchange and moves
   * the minutes.
   *
   * @throws LinliException {@code TIME_BALANCE_BELOW_MINIMUM} / {@code TIME_BALANCE_ABOVE_MAXIMUM}
   *     when the move would cross a limit (nothing is confirmed then)
   */
  public SkillViews.Exchange confirm(Actor actor, long id) {
    return transition(
        actor,
        id,
        e -> {
          String role = requireSide(actor, e);
          requireStatus(e, ExchangeStatus.ACCEPTED);
          LocalDateTime now = LocalDateTime.now(clock);
          if (HELPER.equals(role)) {
            if (e.getHelperConfirmedAt() != null) {
              throw invalid(e);
            }
            e.setHelperConfirmedAt(now);
          } else {
            if (e.getReceiverConfirmedAt() != null) {
              throw invalid(e);
            }
            e.setReceiverConfirmedAt(now);
          }
          if (e.getHelperConfirmedAt() != null && e.getReceiverConfirmedAt() != null) {
            complete(e, now);
          }
        });
  }

  /**
   * The caller shows their registered phone number to the other side of an accepted (or completed)
   * exchange; nobody else sees it. Audit-logged without the number.
   *
   * @throws LinliException {@code CONTACT_PHONE_UNKNOWN} when the registry has no phone of theirs
   */
  public SkillViews.Exchange sharePhone(Actor actor, long id) {
    return transition(
        actor,
        id,
        e -> {
          String role = requireSide(actor, e);
          requireStatus(e, ExchangeStatus.ACCEPTED, ExchangeStatus.COMPLETED);
          if (residents.boundPhone(actor.userId()).isEmpty()) {
            throw new LinliException(ErrorCode.CONTACT_PHONE_UNKNOWN);
          }
          if (HELPER.equals(role)) {
            e.setHelperSharesPhone(true);
          } else {
            e.setReceiverSharesPhone(true);
          }
          audit.record(
              AuditEvent.by(
                  actor,
                  e.getCommunityId(),
                  "CONTACT_SHARED",
                  "SKILL_EXCHANGE",
                  e.getId(),
                  "phone shared with the other side"));
        });
  }

  /**
   * One side leaves a short thank-you note on a completed exchange, once. It passes content
   * security: risky is refused; review (or WeChat unreachable) holds it, seen by its writer and
   * staff only. Calls WeChat: never inside a transaction.
   *
   * @throws LinliException {@code CONTACT_DETAILS_IN_TEXT}, {@code CONTENT_REJECTED}, {@code
   *     EXCHANGE_TRANSITION_INVALID}
   */
  public SkillViews.Exchange thank(Actor actor, long id, String note) {
    actor.requireCommunity();
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      throw new org.linli.service.common.InvalidFieldsException("text", "REQUIRED", "required");
    }
    if (ContactDetails.in(text)) {
      throw new LinliException(ErrorCode.CONTACT_DETAILS_IN_TEXT);
    }
    // Check state and side before calling WeChat, and again under the lock.
    get(actor, id);
    boolean passed =
        contentSafety.passes(
            users.openids(List.of(actor.userId())).get(actor.userId()), ContentScene.COMMENT, text);
    return transition(
        actor,
        id,
        e -> {
          String role = requireSide(actor, e);
          requireStatus(e, ExchangeStatus.COMPLETED);
          if (HELPER.equals(role)) {
            if (e.getHelperThanks() != null) {
              throw invalid(e);
            }
            e.setHelperThanks(text);
            e.setHelperThanksHeld(!passed);
          } else {
            if (e.getReceiverThanks() != null) {
              throw invalid(e);
            }
            e.setReceiverThanks(text);
            e.setReceiverThanksHeld(!passed);
          }
        });
  }

  /**
   * Completes an exchange one side confirmed long enough ago, unless it changed meanwhile. Runs in
   * the caller's transaction with the exchange's community current.
   *
   * @return whether it completed
   */
  boolean completeIfDue(long id, LocalDateTime confirmedBefore) {
    SkillExchangeEntity e = exchanges.lock(id);
    if (e == null || !ExchangeStatus.ACCEPTED.name().equals(e.getStatus())) {
      return false;
    }
    LocalDateTime confirmed =
        e.getHelperConfirmedAt() != null ? e.getHelperConfirmedAt() : e.getReceiverConfirmedAt();
    if (confirmed == null || !confirmed.isBefore(confirmedBefore)) {
      return false;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    complete(e, now);
    if (exchanges.updateById(e) != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    audit.record(
        new AuditEvent(
            e.getCommunityId(),
            null,
            "SYSTEM",
            "SKILL_EXCHANGE_AUTO_COMPLETED",
            "SKILL_EXCHANGE",
            e.getId().toString(),
            e.getMinutes() + " minutes",
            null,
            null));
    return true;
  }

  // ------------------------------------------------------------------ internals

  private void complete(SkillExchangeEntity e, LocalDateTime now) {
    if (e.getMinutes() > 0) {
      long transfer =
          timeBank.transfer(
              e.getCommunityId(),
              e.getReceiverId(),
              e.getHelperId(),
              e.getMinutes(),
              TransferKind.EXCHANGE,
              "互助 #" + e.getId());
      e.setTransferId(transfer);
    }
    e.setStatus(ExchangeStatus.COMPLETED.name());
    e.setCompletedAt(now);
  }

  private interface Change {
    void apply(SkillExchangeEntity e);
  }

  private SkillViews.Exchange transition(Actor actor, long id, Change change) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          SkillExchangeEntity e = exchanges.lock(id);
          requireVisible(actor, e);
          change.apply(e);
          if (exchanges.updateById(e) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          return view(actor, exchanges.selectById(id), null);
        });
  }

  private SkillPostEntity openPost(Actor actor, long postId) {
    SkillPostEntity post = skills.find(postId);
    if (!SkillPostStatus.PUBLISHED.name().equals(post.getStatus())) {
      if (post.getAuthorId() != actor.userId() && !SkillService.isStaff(actor)) {
        throw new NotFoundException(ErrorCode.SKILL_POST_NOT_FOUND);
      }
      throw new LinliException(ErrorCode.SKILL_POST_NOT_OPEN);
    }
    if (post.getAuthorId() == actor.userId()) {
      throw new LinliException(ErrorCode.SKILL_OWN_POST);
    }
    skills.requireNotSuspended(actor.userId());
    return post;
  }

  private static void requireVisible(Actor actor, SkillExchangeEntity e) {
    if (e == null || (role(actor, e) == null && !SkillService.isStaff(actor))) {
      throw new NotFoundException(ErrorCode.SKILL_EXCHANGE_NOT_FOUND);
    }
  }

  /** The caller must be the side that did not propose (the post's author). */
  private static void requireAnswerer(Actor actor, SkillExchangeEntity e, ExchangeStatus status) {
    requireSide(actor, e);
    requireStatus(e, status);
    if (e.getProposerId() == actor.userId()) {
      throw invalid(e);
    }
  }

  private static String requireSide(Actor actor, SkillExchangeEntity e) {
    String role = role(actor, e);
    if (role == null) {
      // Staff may look on but never act for a side.
      throw invalid(e);
    }
    return role;
  }

  private static void requireStatus(SkillExchangeEntity e, ExchangeStatus... allowed) {
    for (ExchangeStatus s : allowed) {
      if (s.name().equals(e.getStatus())) {
        return;
      }
    }
    throw invalid(e);
  }

  private static LinliException invalid(SkillExchangeEntity e) {
    return new LinliException(ErrorCode.EXCHANGE_TRANSITION_INVALID, e.getStatus());
  }

  private static String role(Actor actor, SkillExchangeEntity e) {
    if (e.getHelperId() == actor.userId()) {
      return HELPER;
    }
    if (e.getReceiverId() == actor.userId()) {
      return RECEIVER;
    }
    return null;
  }

  private SkillViews.Exchange view(Actor actor, SkillExchangeEntity e, String postTitle) {
    String role = role(actor, e);
    String title = postTitle != null ? postTitle : skills.find(e.getPostId()).getTitle();
    boolean connected =
        ExchangeStatus.ACCEPTED.name().equals(e.getStatus())
            || ExchangeStatus.COMPLETED.name().equals(e.getStatus());
    String counterpartName = null;
    String counterpartPhone = null;
    boolean mySharesPhone = false;
    if (role != null) {
      boolean helper = HELPER.equals(role);
      long other = helper ? e.getReceiverId() : e.getHelperId();
      mySharesPhone =
          Boolean.TRUE.equals(helper ? e.getHelperSharesPhone() : e.getReceiverSharesPhone());
      if (connected) {
        counterpartName = Masking.displayName(exchanges.name(other), other);
        boolean otherShares =
            Boolean.TRUE.equals(helper ? e.getReceiverSharesPhone() : e.getHelperSharesPhone());
        if (otherShares) {
          counterpartPhone = residents.boundPhone(other).orElse(null);
        }
      }
    }
    Instant autoCompletesAt = null;
    if (ExchangeStatus.ACCEPTED.name().equals(e.getStatus())
        && (e.getHelperConfirmedAt() == null) != (e.getReceiverConfirmedAt() == null)) {
      LocalDateTime first =
          Objects.requireNonNullElse(e.getHelperConfirmedAt(), e.getReceiverConfirmedAt());
      autoCompletesAt = first.plus(properties.autoCompleteAfter()).toInstant(ZoneOffset.UTC);
    }
    boolean staff = role == null;
    String helperThanks =
        shown(e.getHelperThanks(), e.getHelperThanksHeld(), staff || HELPER.equals(role));
    String receiverThanks =
        shown(e.getReceiverThanks(), e.getReceiverThanksHeld(), staff || RECEIVER.equals(role));
    return new SkillViews.Exchange(
        e.getId(),
        e.getPostId(),
        title,
        role,
        e.getMinutes(),
        e.getMessage(),
        ExchangeStatus.valueOf(e.getStatus()),
        counterpartName,
        e.getHelperConfirmedAt() != null,
        e.getReceiverConfirmedAt() != null,
        mySharesPhone,
        counterpartPhone,
        autoCompletesAt,
        e.getTransferId(),
        e.getCreatedAt().toInstant(ZoneOffset.UTC),
        e.getCompletedAt() == null ? null : e.getCompletedAt().toInstant(ZoneOffset.UTC),
        helperThanks,
        receiverThanks);
  }

  /** A note as a viewer sees it: held notes only for their writer and staff. */
  private static String shown(String note, Boolean held, boolean writerOrStaff) {
    return note == null || (Boolean.TRUE.equals(held) && !writerOrStaff) ? null : note;
  }
}
