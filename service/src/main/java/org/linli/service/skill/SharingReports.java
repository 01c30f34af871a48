package org.linli.service.skill;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.linli.persistence.skill.SkillExchangeEntity;
import org.linli.persistence.skill.SkillExchangeMapper;
import org.linli.persistence.skill.SkillPostEntity;
import org.linli.persistence.skill.SkillPostMapper;
import org.linli.service.common.Actor;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.moderation.ContentReportView;
import org.linli.service.moderation.ContentType;
import org.linli.service.moderation.ModerationDecidedEvent;
import org.linli.service.moderation.ModerationItemView;
import org.linli.service.moderation.ModerationService;
import org.linli.service.moderation.ModerationStatus;
import org.linli.service.moderation.ReportableContent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Reports (举报) on neighbour sharing: residents report posts, thank-you notes and goods items; staff
 * see the reported content in one queue and keep it up or take it down. Taking down hides a post or
 * an item and makes a note visible to its writer and staff only. The queue and the reports are the
 * moderation feature's; goods items apply their own decisions.
 */
@Service
public class SharingReports {

  /** The kinds of content this queue serves. */
  public static final Set<ContentType> TYPES =
      EnumSet.of(ContentType.SKILL_POST, ContentType.SKILL_NOTE, ContentType.GOODS_ITEM);

  private final ModerationService moderation;
  private final SkillPostMapper posts;
  private final SkillExchangeMapper exchanges;

  public SharingReports(
      ModerationService moderation, SkillPostMapper posts, SkillExchangeMapper exchanges) {
    this.moderation = moderation;
    this.posts = posts;
    this.exchanges = exchanges;
  }

  /**
   * Reports a published post (once per reporter).
   *
   * @throws NotFoundException {@code CONTENT_NOT_FOUND} unless published in the community
   */
  public ContentReportView reportPost(Actor actor, long postId, String reason) {
    return moderation.report(actor, ContentType.SKILL_POST, Long.toString(postId), reason);
  }

  /**
   * Reports the note the other side of an exchange left for the caller.
   *
   * @throws NotFoundException {@code SKILL_EXCHANGE_NOT_FOUND} unless the caller is a side of it;
   *     {@code CONTENT_NOT_FOUND} when the other side left no visible note
   */
  public ContentReportView reportThanks(Actor actor, long exchangeId, String reason) {
    actor.requireCommunity();
    SkillExchangeEntity e = exchanges.selectById(exchangeId);
    if (e == null || (e.getHelperId() != actor.userId() && e.getReceiverId() != actor.userId())) {
      throw new NotFoundException(ErrorCode.SKILL_EXCHANGE_NOT_FOUND);
    }
    long writer = e.getHelperId() == actor.userId() ? e.getReceiverId() : e.getHelperId();
    return moderation.report(actor, ContentType.SKILL_NOTE, exchangeId + ":" + writer, reason);
  }

  /** Reported sharing content (staff). */
  public PageView<ModerationItemView> list(Actor actor, ModerationStatus status, PageRequest page) {
    return moderation.list(actor, status, TYPES, page);
  }

  /** Keeps reported content up (staff). */
  public ModerationItemView approve(Actor actor, long itemId) {
    return moderation.approve(actor, itemId, TYPES);
  }

  /** Takes reported content down (staff). */
  public ModerationItemView reject(Actor actor, long itemId, String note) {
    return moderation.reject(actor, itemId, TYPES, note);
  }

  /** Takes down a post or a note whose report a moderator upheld (in the deciding transaction). */
  @EventListener
  public void onModerationDecided(ModerationDecidedEvent event) {
    if (event.decision() != ModerationStatus.REJECTED) {
      return;
    }
    if (event.type() == ContentType.SKILL_POST) {
      SkillPostEntity p = posts.selectById(Long.parseLong(event.contentId()));
      if (p != null
          && (SkillPostStatus.PUBLISHED.name().equals(p.getStatus())
              || SkillPostStatus.HELD.name().equals(p.getStatus()))) {
        p.setStatus(SkillPostStatus.HIDDEN.name());
        posts.updateById(p);
      }
    } else if (event.type() == ContentType.SKILL_NOTE) {
      Note note = Note.parse(event.contentId()).orElse(null);
      SkillExchangeEntity e = note == null ? null : exchanges.selectById(note.exchangeId());
      if (e != null) {
        if (e.getHelperId() == note.writerId()) {
          e.setHelperThanksHeld(true);
        } else if (e.getReceiverId() == note.writerId()) {
          e.setReceiverThanksHeld(true);
        }
        exchanges.updateById(e);
      }
    }
  }

  /** A thank-you note's content id: the exchange and its writer. */
  record Note(long exchangeId, long writerId) {
    static Optional<Note> parse(String contentId) {
      String[] parts = contentId.split(":", -1);
      try {
        return parts.length == 2
            ? Optional.of(new Note(Long.parseLong(parts[0]), Long.parseLong(parts[1])))
            : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /** Published posts, for reports. */
  @org.springframework.stereotype.Component
  static class Posts implements ReportableContent {
    private final SkillPostMapper posts;

    Posts(SkillPostMapper posts) {
      this.posts = posts;
    }

    @Override
    public ContentType type() {
      return ContentType.SKILL_POST;
    }

    @Override
    public Optional<Found> find(long communityId, String contentId) {
      SkillPostEntity p;
      try {
        p = posts.selectById(Long.parseLong(contentId));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (p == null
          || p.getCommunityId() != communityId
          || !SkillPostStatus.PUBLISHED.name().equals(p.getStatus())) {
        return Optional.empty();
      }
      return Optional.of(new Found(p.getAuthorId(), p.getTitle() + "\n" + p.getDescription()));
    }
  }

  /** Visible thank-you notes, for reports. */
  @org.springframework.stereotype.Component
  static class Notes implements ReportableContent {
    private final SkillExchangeMapper exchanges;

    Notes(SkillExchangeMapper exchanges) {
      this.exchanges = exchanges;
    }

    @Override
    public ContentType type() {
      return ContentType.SKILL_NOTE;
    }

    @Override
    public Optional<Found> find(long communityId, String contentId) {
      Note note = Note.parse(contentId).orElse(null);
      SkillExchangeEntity e = note == null ? null : exchanges.selectById(note.exchangeId());
      if (e == null || e.getCommunityId() != communityId) {
        return Optional.empty();
      }
      boolean helper = e.getHelperId() == note.writerId();
      boolean receiver = e.getReceiverId() == note.writerId();
      String text = helper ? e.getHelperThanks() : receiver ? e.getReceiverThanks() : null;
      boolean held =
          Boolean.TRUE.equals(helper ? e.getHelperThanksHeld() : e.getReceiverThanksHeld());
      return text == null || held
          ? Optional.empty()
          : Optional.of(new Found(note.writerId(), text));
    }
  }
}
