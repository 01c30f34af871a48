package org.linli.service.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.linli.persistence.auth.AccountRemovalMapper;
import org.linli.persistence.auth.PrivacyConsentMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.ActorChanged;
import org.linli.service.common.CredentialKind;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.ForbiddenException;
import org.linli.service.common.Hashing;
import org.linli.service.common.InvalidFieldsException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's own account: the privacy notice they accept, and deleting the account (PIPL Art. 13,
 * 17, 47).
 */
@Service
public class AccountService {

  private final PrivacyConsentMapper consents;
  private final AccountRemovalMapper removal;
  private final SessionTokenStore sessions;
  private final AuditService audit;
  private final PrivacyProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public AccountService(
      PrivacyConsentMapper consents,
      AccountRemovalMapper removal,
      SessionTokenStore sessions,
      AuditService audit,
      PrivacyProperties properties,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.consents = consents;
    this.removal = removal;
    this.sessions = sessions;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /** The current privacy notice. */
  public PrivacyNoticeView notice() {
    String version = properties.noticeVersion();
    try (InputStream in =
        AccountService.class.getResourceAsStream("/privacy/notice-" + version + ".md")) {
      if (in == null) {
        throw new IllegalStateException("privacy notice text missing for version " + version);
      }
      return new PrivacyNoticeView(version, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Records the user's acceptance of the current notice.
   *
   * @throws InvalidFieldsException {@code OUTDATED} for any other version
   */
  @Transactional
  public void accept(Actor actor, String version) {
    if (!properties.noticeVersion().equals(version)) {
      throw new InvalidFieldsException("version", "OUTDATED", "not the current privacy notice");
    }
    consents.accept(actor.userId(), version, LocalDateTime.now(clock));
  }

  /** Versions the user accepted, newest first. */
  @Transactional(readOnly = true)
  public List<String> acceptedVersions(long userId) {
    return consents.versions(userId);
  }

  /**
   * Deletes the caller's account; the session in use stops working at once, others at their next
   * request.
   *
   * @throws ForbiddenException for API tokens
   */
  @Transactional
  public void delete(Actor actor) {
    if (actor.credential() != CredentialKind.SESSION) {
      throw new ForbiddenException(ErrorCode.INSUFFICIENT_SCOPE);
    }
    long userId = actor.userId();
    audit.record(
        new AuditEvent(
            AuditEvent.PLATFORM,
            userId,
            actor.primaryRole(),
            "ACCOUNT_DELETED",
            "USER",
            Long.toString(userId),
            null,
            actor.ip(),
            actor.requestId()));
    removal.deleteApiTokens(userId);
    removal.deleteRoles(userId);
    removal.deleteMemberships(userId);
    removal.deleteSubscriptionCredits(userId);
    removal.deleteSurveyDrafts(userId);
    removal.unbindResidents(userId);
    removal.withdrawClaims(userId);
    consents.deleteOf(userId);
    removal.anonymise(userId, UserService.DELETED_PREFIX + Hashing.randomToken("", 12));
    sessions.revokeFamily(actor.credentialId());
    // The account's other sessions end at their next request, when the deletion is read.
    events.publishEvent(new ActorChanged(userId));
  }
}
