package org.linli.service.moderation;

import org.linli.persistence.moderation.ModerationItemEntity;
import org.linli.persistence.moderation.ModerationItemMapper;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.linli.service.wechat.ContentScene;
import org.linli.service.wechat.ContentVerdict;
import org.linli.service.wechat.WeChatGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens user text with WeChat content security before others see it: {@code pass} publishes,
 * {@code review} holds it for a moderator, {@code risky} is refused. When WeChat cannot answer the
 * text is held, never published unchecked.
 */
@Service
public class ContentSafetyService {

  static final String REASON_REVIEW = "CONTENT_CHECK_REVIEW";
  static final String REASON_UNAVAILABLE = "CONTENT_CHECK_UNAVAILABLE";

  private final WeChatGateway weChat;
  private final ModerationItemMapper items;
  private final TransactionTemplate transactions;

  public ContentSafetyService(
      WeChatGateway weChat, ModerationItemMapper items, TransactionTemplate transactions) {
    this.weChat = weChat;
    this.items = items;
    this.transactions = transactions;
  }

  /**
   * Screens a submission. Must not be called inside a transaction: it calls WeChat.
   *
   * @return published, or held with the moderation item id
   * @throws ContentRejectedException when WeChat judges the text risky
   */
  public ScreeningResult screen(ContentSubmission submission) {
    ContentVerdict verdict;
    String reason;
    try {
      verdict = weChat.checkText(submission.authorOpenid(), submission.scene(), submission.text());
      reason = REASON_REVIEW;
    } catch (LinliException e) {
      if (e.code() != ErrorCode.WECHAT_UNAVAILABLE) {
        throw e;
      }
      verdict = new ContentVerdict(ContentVerdict.Suggestion.REVIEW, null);
      reason = REASON_UNAVAILABLE;
    }
    return switch (verdict.suggestion()) {
      case PASS -> new ScreeningResult(true, null);
      case RISKY -> throw new ContentRejectedException();
      case REVIEW -> new ScreeningResult(false, hold(submission, reason, verdict.label()));
    };
  }

  /**
   * Checks text that waits for a staff decision anyway (an activity to approve) without holding it
   * in the moderation queue. Must not be called inside a transaction.
   *
   * @return true when WeChat passes it; false when it wants a review or cannot be reached
   * @throws ContentRejectedException when WeChat judges the text risky
   */
  public boolean passes(String authorOpenid, ContentScene scene, String text) {
    ContentVerdict verdict;
    try {
      verdict = weChat.checkText(authorOpenid, scene, text);
    } catch (LinliException e) {
      if (e.code() != ErrorCode.WECHAT_UNAVAILABLE) {
        throw e;
      }
      return false;
    }
    return switch (verdict.suggestion()) {
      case PASS -> true;
      case RISKY -> throw new ContentRejectedException();
      case REVIEW -> false;
    };
  }

  private Long hold(ContentSubmission submission, String reason, Integer label) {
    return transactions.execute(
        status -> {
          ModerationItemEntity item = new ModerationItemEntity();
          item.setCommunityId(submission.communityId());
          item.setContentType(submission.type().name());
          item.setContentId(submission.contentId());
          item.setAuthorId(submission.authorId());
          item.setText(submission.text());
          item.setStatus(ModerationStatus.HELD.name());
          item.setReason(reason);
          item.setLabel(label);
          item.setReportCount(0);
          items.insert(item);
          return item.getId();
        });
  }
}
