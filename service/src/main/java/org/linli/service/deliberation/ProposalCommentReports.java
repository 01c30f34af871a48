package org.linli.service.deliberation;

import java.util.Optional;
import org.linli.persistence.deliberation.ProposalCommentEntity;
import org.linli.persistence.deliberation.ProposalCommentMapper;
import org.linli.service.moderation.ContentType;
import org.linli.service.moderation.ReportableContent;
import org.springframework.stereotype.Component;

/** Lets residents report (举报) published comments on proposals through the moderation queue. */
@Component
class ProposalCommentReports implements ReportableContent {

  private final ProposalCommentMapper comments;

  ProposalCommentReports(ProposalCommentMapper comments) {
    this.comments = comments;
  }

  @Override
  public ContentType type() {
    return ContentType.PROPOSAL_COMMENT;
  }

  /** A published comment of a proposal in {@code communityId}. */
  @Override
  public Optional<Found> find(long communityId, String contentId) {
    long id;
    try {
      id = Long.parseLong(contentId);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    ProposalCommentEntity c = comments.selectById(id);
    if (c == null
        || c.getCommunityId() != communityId
        || !CommentStatus.VISIBLE.name().equals(c.getStatus())) {
      return Optional.empty();
    }
    return Optional.of(new Found(c.getAuthorId(), c.getText()));
  }
}
