package org.linli.service.auth;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linli.persistence.auth.PrivacyConsentMapper;
import org.linli.persistence.auth.UserEntity;
import org.linli.persistence.auth.UserMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.ActorChanged;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.community.CommunityService;
import org.linli.service.community.MembershipView;
import org.linli.service.moderation.ContentSafetyService;
import org.linli.service.moderation.ContentSubmission;
import org.linli.service.moderation.ContentType;
import org.linli.service.moderation.ModerationDecidedEvent;
import org.linli.service.moderation.ModerationStatus;
import org.linli.service.moderation.ReportableContent;
import org.linli.service.moderation.ScreeningResult;
import org.linli.service.wechat.ContentScene;
import org.linli.service.wechat.WeChatSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Users (用户): accounts created at login, and their nickname (screened as user content). */
@Service
public class UserService implements ReportableContent {

  /** Prefix of the placeholder openid of a deleted account. */
  static final String DELETED_PREFIX = "deleted:";

  private final UserMapper users;
  private final PrivacyConsentMapper consents;
  private final CommunityService communities;
  private final ContentSafetyService contentSafety;
  private final AuditService audit;
  private final AuthProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public UserService(
      UserMapper users,
      PrivacyConsentMapper consents,
      CommunityService communities,
      ContentSafetyService contentSafety,
      AuditService audit,
      AuthProperties properties,
      TransactionTemplate transactions,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.users = users;
    this.consents = consents;
    this.communities = communities;
    this.contentSafety = contentSafety;
    this.audit = audit;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Finds or creates the user of a WeChat identity and records the login. Openids listed in {@code
   * LINLI_BOOTSTRAP_ADMIN_OPENIDS} become platform admins.
   *
   * @return the user's id
   */
  public long recordLogin(WeChatSession session, String ip, String requestId) {
    try {
      return transactions.execute(status -> upsert(session, ip, requestId));
    } catch (DuplicateKeyException e) {
      // Two first logins of one user raced; the other one created the row.
      return transactions.execute(status -> upsert(session, ip, requestId));
    }
  }

  private long upsert(WeChatSession session, String ip, String requestId) {
    boolean bootstrapAdmin = properties.bootstrapAdminOpenids().contains(session.openid());
    UserEntity user = users.findByOpenid(session.openid());
    LocalDateTime now = LocalDateTime.now(clock);
    if (user == null) {
      user = new UserEntity();
      user.setOpenid(session.openid());
      user.setUnionid(session.unionid());
      user.setPlatformAdmin(bootstrapAdmin);
      user.setLastLoginAt(now);
      users.insert(user);
    } else {
      boolean promote = bootstrapAdmin && !Boolean.TRUE.equals(user.getPlatformAdmin());
      if (promote) {
        user.setPlatformAdmin(true);
        events.publishEvent(new ActorChanged(user.getId()));
      }
      if (session.unionid() != null) {
        user.setUnionid(session.unionid());
      }
      user.setLastLoginAt(now);
      users.updateById(user);
    }
    if (Boolean.TRUE.equals(user.getPlatformAdmin())) {
      // Logins of privileged staff are audit-logged (privacy rules, item 5).
      audit.record(
          new AuditEvent(
              AuditEvent.PLATFORM,
              user.getId(),
              "ADMIN",
              "LOGIN",
              "USER",
              user.getId().toString(),
              null,
              ip,
              requestId));
    }
    return user.getId();
  }

  /** The openids of the given users (users that do not exist are left out). */
  @Transactional(readOnly = true)
  public Map<Long, String> openids(java.util.Collection<Long> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> result = new java.util.HashMap<>();
    users.selectByIds(userIds).forEach(u -> result.put(u.getId(), u.getOpenid()));
    return result;
  }

  /** Whether the user exists. */
  @Transactional(readOnly = true)
  public boolean exists(long userId) {
    return users.selectById(userId) != null;
  }

  /**
   * The user as they see themselves.
   *
   * @param currentCommunityId the community the request acts in, or {@code null}
   * @throws NotFoundException when the user does not exist
   */
  @Transactional(readOnly = true)
  public UserView view(long userId, Long currentCommunityId) {
    UserEntity user = users.selectById(userId);
    if (user == null) {
      throw new NotFoundException(ErrorCode.NOT_FOUND);
    }
    List<MembershipView> memberships = communities.memberships(userId);
    Long current = currentCommunityId;
    if (current == null && !memberships.isEmpty()) {
      current = memberships.get(0).communityId();
    }
    List<String> accepted = consents.versions(userId);
    return new UserView(
        user.getId(),
        user.getNickname(),
        user.getPendingNickname(),
        Boolean.TRUE.equals(user.getPlatformAdmin()),
        current,
        memberships,
        accepted.isEmpty() ? null : accepted.get(0));
  }

  /**
   * Changes the nickname after WeChat content security: published at once when it passes, held as
   * {@code pendingNickname} for a moderator of the current community otherwise.
   *
   * @throws org.linli.service.moderation.ContentRejectedException when judged risky
   */
  public UserView changeNickname(Actor actor, String nickname) {
    String text = nickname.strip();
    if (text.isEmpty()) {
      throw new LinliException(ErrorCode.VALIDATION_FAILED);
    }
    UserEntity user = users.selectById(actor.userId());
    if (user == null) {
      throw new NotFoundException(ErrorCode.NOT_FOUND);
    }
    long community = actor.communityId() == null ? AuditEvent.PLATFORM : actor.communityId();
    ScreeningResult result =
        contentSafety.screen(
            new ContentSubmission(
                community,
                user.getId(),
                user.getOpenid(),
                ContentType.NICKNAME,
                user.getId().toString(),
                ContentScene.PROFILE,
                text));
    transactions.executeWithoutResult(
        status -> {
          UserEntity fresh = users.selectById(actor.userId());
          if (result.published()) {
            fresh.setNickname(text);
            fresh.setPendingNickname(null);
          } else {
            fresh.setPendingNickname(text);
          }
          if (users.updateById(fresh) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
        });
    return view(actor.userId(), actor.communityId());
  }

  /** Applies a moderator's decision on a nickname (in the deciding transaction). */
  @EventListener
  public void onModerationDecided(ModerationDecidedEvent event) {
    if (event.type() != ContentType.NICKNAME) {
      return;
    }
    UserEntity user = users.selectById(Long.parseLong(event.contentId()));
    if (user == null) {
      return;
    }
    if (event.decision() == ModerationStatus.APPROVED) {
      if (event.text().equals(user.getPendingNickname())) {
        user.setNickname(event.text());
        user.setPendingNickname(null);
      }
    } else if (event.decision() == ModerationStatus.REJECTED) {
      if (event.text().equals(user.getPendingNickname())) {
        user.setPendingNickname(null);
      }
      if (event.text().equals(user.getNickname())) {
        user.setNickname(null);
      }
    }
    if (users.updateById(user) != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
  }

  @Override
  public ContentType type() {
    return ContentType.NICKNAME;
  }

  /** A published nickname of a member of {@code communityId}. */
  @Override
  public Optional<Found> find(long communityId, String contentId) {
    long userId;
    try {
      userId = Long.parseLong(contentId);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (!communities.isMember(communityId, userId)) {
      return Optional.empty();
    }
    UserEntity user = users.selectById(userId);
    if (user == null || user.getNickname() == null) {
      return Optional.empty();
    }
    return Optional.of(new Found(userId, user.getNickname()));
  }
}
