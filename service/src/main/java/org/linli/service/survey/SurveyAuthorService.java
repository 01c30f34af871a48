package org.linli.service.survey;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.linli.persistence.survey.SurveyAuthorEntity;
import org.linli.persistence.survey.SurveyAuthorMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.community.CommunityService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which volunteers may build surveys. The permission is per volunteer, not a community-wide
 * setting: staff choose the people they trust with wording that goes out in the community's name,
 * and can withdraw it from one without affecting the others. It only lets a volunteer create
 * surveys and edit their own drafts (see {@link SurveyService}); staff still open them.
 */
@Service
public class SurveyAuthorService {

  private final SurveyAuthorMapper authors;
  private final CommunityService communities;
  private final AuditService audit;

  public SurveyAuthorService(
      SurveyAuthorMapper authors, CommunityService communities, AuditService audit) {
    this.authors = authors;
    this.communities = communities;
    this.audit = audit;
  }

  /** Volunteers allowed to build surveys in the current community (staff). */
  @Transactional(readOnly = true)
  public List<SurveyAuthorView> list(Actor actor) {
    actor.requireAny(CommunityRole.STAFF);
    return authors.listAll().stream().map(SurveyAuthorService::view).toList();
  }

  /**
   * Allows a volunteer of the current community to build surveys (staff); granting twice is
   * harmless.
   *
   * @throws InvalidFieldsException {@code NOT_A_VOLUNTEER} when the user is no member here or holds
   *     no VOLUNTEER role
   */
  @Transactional
  public SurveyAuthorView grant(Actor actor, long userId) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    Set<CommunityRole> roles = communities.rolesIn(communityId, userId);
    if (roles == null || !roles.contains(CommunityRole.VOLUNTEER)) {
      throw new InvalidFieldsException(
          "userId", "NOT_A_VOLUNTEER", "the user is no volunteer of this community");
    }
    SurveyAuthorEntity grant = authors.find(userId);
    if (grant == null) {
      grant = new SurveyAuthorEntity();
      grant.setCommunityId(communityId);
      grant.setUserId(userId);
      try {
        authors.insert(grant);
      } catch (DuplicateKeyException e) {
        return view(authors.find(userId));
      }
      audit.record(
          AuditEvent.by(actor, communityId, "SURVEY_AUTHOR_GRANTED", "USER", userId, null));
    }
    return view(grant);
  }

  /** Withdraws the permission (staff); the volunteer's surveys stay. */
  @Transactional
  public void revoke(Actor actor, long userId) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    if (authors.revoke(userId) > 0) {
      audit.record(
          AuditEvent.by(actor, communityId, "SURVEY_AUTHOR_REVOKED", "USER", userId, null));
    }
  }

  private static SurveyAuthorView view(SurveyAuthorEntity e) {
    return new SurveyAuthorView(
        e.getUserId(),
        e.getCreatedBy(),
        e.getCreatedAt() == null ? null : e.getCreatedAt().toInstant(ZoneOffset.UTC));
  }
}
