package org.linli.service.notice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.linli.persistence.notice.SubscriptionCreditMapper;
import org.linli.service.auth.UserService;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.linli.service.wechat.WeChatGateway;
import org.springframework.stereotype.Service;

/**
 * WeChat one-time subscribe messages (订阅消息): each time a user accepts a template in the mini
 * program, we may send them one message of it. Consent is recorded per user and template and used
 * up by sending; a user who turned the messages off (43101) loses the rest.
 */
@Service
public class NoticeService {

  /** A user cannot bank more than this many messages of one template. */
  static final int MAX_CREDITS = 50;

  private final SubscriptionCreditMapper credits;
  private final UserService users;
  private final WeChatGateway weChat;
  private final NoticeProperties properties;

  public NoticeService(
      SubscriptionCreditMapper credits,
      UserService users,
      WeChatGateway weChat,
      NoticeProperties properties) {
    this.credits = credits;
    this.users = users;
    this.weChat = weChat;
    this.properties = properties;
  }

  /** The templates this deployment uses, with the user's remaining consent for each. */
  public List<SubscriptionView> subscriptions(long userId) {
    List<SubscriptionView> views = new ArrayList<>();
    for (NoticePurpose purpose : NoticePurpose.values()) {
      String template = template(purpose);
      if (template != null) {
        views.add(new SubscriptionView(purpose, template, credits.credits(userId, template)));
      }
    }
    return views;
  }

  /** Records that the user accepted these templates once each; unknown template ids are ignored. */
  public List<SubscriptionView> recordConsent(long userId, Collection<String> acceptedTemplateIds) {
    java.util.Set<String> done = new java.util.HashSet<>();
    for (SubscriptionView known : subscriptions(userId)) {
      // Two purposes may share one template; one acceptance is one message.
      if (acceptedTemplateIds.contains(known.templateId()) && done.add(known.templateId())) {
        credits.addOne(userId, known.templateId(), MAX_CREDITS);
      }
    }
    return subscriptions(userId);
  }

  /**
   * Sends one message of {@code purpose} to each user who consented. Must not be called inside a
   * database transaction: it calls WeChat once per user.
   *
   * @throws LinliException {@code NOTICE_NOT_CONFIGURED} when the template is not set up
   */
  public ReminderOutcome send(
      NoticePurpose purpose, Collection<Long> userIds, String page, Map<String, String> data) {
    String template = template(purpose);
    if (template == null) {
      throw new LinliException(ErrorCode.NOTICE_NOT_CONFIGURED);
    }
    Map<Long, String> openids = users.openids(userIds);
    int sent = 0;
    int noConsent = 0;
    int failed = 0;
    for (Long userId : userIds) {
      switch (deliver(userId, openids.get(userId), template, page, data)) {
        case SENT -> sent++;
        case NO_CONSENT, REFUSED -> noConsent++;
        case FAILED, UNKNOWN -> failed++;
      }
    }
    return new ReminderOutcome(userIds.size(), sent, noConsent, failed);
  }

  /** Outcome of sending one message. */
  public enum SingleOutcome {
    SENT,
    /** The user gave no consent (left) for the template, or it is not configured. */
    NO_CONSENT,
    /** WeChat answered 43101: the user turned the messages off; their credits are dropped. */
    REFUSED,
    /** WeChat failed; the credit was given back and the message may be retried. */
    FAILED,
    /** WeChat did not answer in time: the message may have been delivered; not retried. */
    UNKNOWN
  }

  /**
   * Sends one message of {@code purpose} to one user, using up one of their credits. Must not be
   * called inside a database transaction.
   */
  public SingleOutcome sendOne(
      NoticePurpose purpose, long userId, String page, Map<String, String> data) {
    String template = template(purpose);
    if (template == null) {
      return SingleOutcome.NO_CONSENT;
    }
    return deliver(userId, users.openids(List.of(userId)).get(userId), template, page, data);
  }

  /** Uses up one credit and sends; the credit is dropped on 43101 and given back on failure. */
  private SingleOutcome deliver(
      long userId, String openid, String template, String page, Map<String, String> data) {
    if (openid == null || credits.takeOne(userId, template) != 1) {
      return SingleOutcome.NO_CONSENT;
    }
    return switch (weChat.sendSubscribeMessage(openid, template, page, state(), data)) {
      case SENT -> SingleOutcome.SENT;
      case REFUSED -> {
        credits.clear(userId, template);
        yield SingleOutcome.REFUSED;
      }
      case FAILED -> {
        credits.giveBack(userId, template);
        yield SingleOutcome.FAILED;
      }
      case UNKNOWN -> SingleOutcome.UNKNOWN;
    };
  }

  private String template(NoticePurpose purpose) {
    return properties.template(purpose);
  }

  private String state() {
    return properties.miniprogramState() == null ? "formal" : properties.miniprogramState();
  }
}
