package org.linli.service.deliberation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linli.persistence.common.PageSlice;
import org.linli.persistence.deliberation.ProposalCommentEntity;
import org.linli.persistence.deliberation.ProposalCommentMapper;
import org.linli.persistence.deliberation.ProposalEntity;
import org.linli.service.auth.UserService;
import org.linli.service.common.Actor;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.moderation.ContentReportView;
import org.linli.service.moderation.ContentSafetyService;
import org.linli.service.moderation.ContentSubmission;
import org.linli.service.moderation.ContentType;
import org.linli.service.moderation.ModerationDecidedEvent;
import org.linli.service.moderation.ModerationService;
import org.linli.service.moderation.ModerationStatus;
import org.linli.service.moderation.ScreeningResult;
import org.linli.service.wechat.ContentScene;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Comments on proposals, threaded one level: a comment answers the proposal or replies to a
 * top-level comment. Every comment passes WeChat content security; residents may report (举报)
 * published ones, and a moderator's take-down leaves them shown as hidden.
 */
@Service
public class ProposalCommentService {

  private static final int MAX_TEXT = 1000;

  /** Statuses in which a proposal may be discussed. */
  private static final Set<ProposalStatus> DISCUSSABLE = DeliberationService.LIVE;

  private final ProposalCommentMapper comments;
  private final DeliberationService deliberation;
  private final ContentSafetyService contentSafety;
  private final ModerationService moderation;
  private final UserService users;
  private final TransactionTemplate transactions;

  public ProposalCommentService(
      ProposalCommentMapper comments,
      DeliberationService deliberation,
      ContentSafetyService contentSafety,
      ModerationService moderation,
      UserService users,
      TransactionTemplate transactions) {
    this.comments = comments;
    this.deliberation = deliberation;
    this.contentSafety = contentSafety;
    this.moderation = moderation;
    this.users = users;
    this.transactions = transactions;
  }

  /**
   * Comments on a proposal that is open for discussion (open, submitted, accepted or voting), or
   * replies to one of its top-level comments. Risky text is refused and not kept; text WeChat wants
   * reviewed, or cannot check, is held for a moderator and shown to its author only.
   *
   * @param parentId the top-level comment replied to, or {@code null}
   * @throws LinliException PROPOSAL_CLOSED when the proposal is not open for discussion;
   *     COMMENT_REPLY_TOO_DEEP when {@code parentId} is itself a reply
   * @throws NotFoundException PROPOSAL_COMMENT_NOT_FOUND when the parent is not a shown comment of
   *     this proposal
   * @throws org.linli.service.moderation.ContentRejectedException when judged risky
   */
  public CommentView comment(Actor actor, long proposalId, Long parentId, String text) {
    long communityId = actor.requireCommunity();
    String clean = text == null || text.isBlank() ? null : text.strip();
    if (clean == null) {
      throw new InvalidFieldsException("text", "REQUIRED", "text is required");
    }
    if (clean.codePointCount(0, clean.length()) > MAX_TEXT) {
      throw new InvalidFieldsException("text", "TOO_LONG", "at most " + MAX_TEXT + " characters");
    }
    long id =
        transactions.execute(
            s -> {
              ProposalEntity p = deliberation.visible(actor, proposalId);
              if (!DISCUSSABLE.contains(ProposalStatus.valueOf(p.getStatus()))) {
                throw new LinliException(ErrorCode.PROPOSAL_CLOSED);
              }
              if (parentId != null) {
                ProposalCommentEntity parent = shown(actor, proposalId, parentId);
                if (parent.getParentId() != null) {
                  throw new LinliException(ErrorCode.COMMENT_REPLY_TOO_DEEP);
                }
                if (!CommentStatus.VISIBLE.name().equals(parent.getStatus())) {
                  // Replies go under published comments only.
                  throw new NotFoundException(ErrorCode.PROPOSAL_COMMENT_NOT_FOUND);
                }
              }
              ProposalCommentEntity c = new ProposalCommentEntity();
              c.setCommunityId(communityId);
              c.setProposalId(proposalId);
              c.setParentId(parentId);
              c.setAuthorId(actor.userId());
              c.setText(clean);
              c.setStatus(CommentStatus.HELD.name());
              c.setReplyCount(0);
              comments.insert(c);
              return c.getId();
            });
    ScreeningResult screening;
    try {
      screening =
          contentSafety.screen(
              new ContentSubmission(
                  communityId,
                  actor.userId(),
                  users.openids(List.of(actor.userId())).get(actor.userId()),
                  ContentType.PROPOSAL_COMMENT,
                  Long.toString(id),
                  ContentScene.COMMENT,
                  clean));
    } catch (RuntimeException e) {
      transactions.executeWithoutResult(s -> comments.deleteById(id));
      throw e;
    }
    return transactions.execute(
        s -> {
          if (screening.published()) {
            publish(id);
          }
          ProposalCommentEntity c = comments.selectById(id);
          return view(c, actor.userId(), deliberation.names(List.of(c.getAuthorId())));
        });
  }

  /**
   * One page of a proposal's top-level comments, or of the replies to one of them. Hidden comments
   * appear without their text; held ones only to their author.
   *
   * @param parentId the top-level comment whose replies to list, or {@code null}
   */
  public PageView<CommentView> thread(
      Actor actor, long proposalId, Long parentId, boolean newestFirst, PageRequest page) {
    actor.requireCommunity();
    return transactions.execute(
        s -> {
          deliberation.visible(actor, proposalId);
          if (parentId != null) {
            shown(actor, proposalId, parentId);
          }
          PageSlice<ProposalCommentEntity> slice =
              comments.thread(
                  proposalId, parentId, actor.userId(), newestFirst, page.page(), page.size());
          Map<Long, String> names =
              deliberation.names(
                  slice.records().stream().map(ProposalCommentEntity::getAuthorId).toList());
          List<CommentView> items = new ArrayList<>();
          for (ProposalCommentEntity c : slice.records()) {
            items.add(view(c, actor.userId(), names));
          }
          return new PageView<>(items, page.page(), page.size(), slice.total());
        });
  }

  /**
   * Reports a published comment of a proposal to the moderators (once per resident and comment).
   *
   * @throws NotFoundException PROPOSAL_COMMENT_NOT_FOUND when it is not a published comment of this
   *     proposal
   */
  public ContentReportView report(Actor actor, long proposalId, long commentId, String reason) {
    actor.requireCommunity();
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why == null) {
      throw new InvalidFieldsException("reason", "REQUIRED", "a reason is required");
    }
    transactions.executeWithoutResult(
        s -> {
          deliberation.visible(actor, proposalId);
          ProposalCommentEntity c = comments.selectById(commentId);
          if (c == null
              || c.getProposalId() != proposalId
              || !CommentStatus.VISIBLE.name().equals(c.getStatus())) {
            throw new NotFoundException(ErrorCode.PROPOSAL_COMMENT_NOT_FOUND);
          }
        });
    return moderation.report(actor, ContentType.PROPOSAL_COMMENT, Long.toString(commentId), why);
  }

  /** Applies a moderator's decision on a held or reported comment (in the deciding transaction). */
  @EventListener
  public void onModerationDecided(ModerationDecidedEvent event) {
    if (event.type() != ContentType.PROPOSAL_COMMENT) {
      return;
    }
    long id = Long.parseLong(event.contentId());
    ProposalCommentEntity c = comments.selectById(id);
    if (c == null) {
      return;
    }
    CommentStatus status = CommentStatus.valueOf(c.getStatus());
    if (event.decision() == ModerationStatus.APPROVED) {
      if (status == CommentStatus.HELD) {
        publish(id);
      }
    } else if (event.decision() == ModerationStatus.REJECTED) {
      if (status == CommentStatus.HELD) {
        comments.changeStatus(id, CommentStatus.HELD.name(), CommentStatus.REMOVED.name());
      } else if (status == CommentStatus.VISIBLE) {
        comments.changeStatus(id, CommentStatus.VISIBLE.name(), CommentStatus.HIDDEN.name());
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Makes a held comment public and counts it. */
  private void publish(long id) {
    if (comments.changeStatus(id, CommentStatus.HELD.name(), CommentStatus.VISIBLE.name()) != 1) {
      return;
    }
    ProposalCommentEntity c = comments.selectById(id);
    deliberation.addComments(c.getProposalId(), 1);
    if (c.getParentId() != null) {
      comments.addReplies(c.getParentId(), 1);
    }
  }

  /** A comment of the proposal the caller may see (shown to all, or their own). */
  private ProposalCommentEntity shown(Actor actor, long proposalId, long commentId) {
    ProposalCommentEntity c = comments.selectById(commentId);
    if (c == null
        || c.getProposalId() != proposalId
        || (!EnumSet.of(CommentStatus.VISIBLE, CommentStatus.HIDDEN)
                .contains(CommentStatus.valueOf(c.getStatus()))
            && c.getAuthorId() != actor.userId())) {
      throw new NotFoundException(ErrorCode.PROPOSAL_COMMENT_NOT_FOUND);
    }
    return c;
  }

  private static CommentView view(ProposalCommentEntity c, long viewerId, Map<Long, String> names) {
    CommentStatus status = CommentStatus.valueOf(c.getStatus());
    boolean textShown = status == CommentStatus.VISIBLE || status == CommentStatus.HELD;
    return new CommentView(
        c.getId(),
        c.getProposalId(),
        c.getParentId(),
        names.get(c.getAuthorId()),
        c.getAuthorId() == viewerId,
        textShown ? c.getText() : null,
        status,
        c.getReplyCount(),
        DeliberationService.instant(c.getCreatedAt()));
  }
}
