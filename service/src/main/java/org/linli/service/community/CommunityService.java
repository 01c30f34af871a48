package org.linli.service.community;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.persistence.common.PageSlice;
import org.linli.persistence.community.CommunityEntity;
import org.linli.persistence.community.CommunityMapper;
import org.linli.persistence.community.MemberMapper;
import org.linli.persistence.community.MemberRoleMapper;
import org.linli.persistence.community.MemberRow;
import org.linli.persistence.community.MembershipRow;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.ActorChanged;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.CredentialKind;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.ForbiddenException;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities (社区), membership and roles. Every method that names a community checks that the actor
 * may see it; a community the actor does not belong to answers 404, never 403, so that its data
 * does not leak.
 */
@Service
public class CommunityService {

  /** Roles community staff may grant and revoke; the rest need a platform admin. */
  static final Set<CommunityRole> STAFF_GRANTABLE =
      EnumSet.of(CommunityRole.RESIDENT, CommunityRole.VOLUNTEER, CommunityRole.STAFF);

  private final CommunityMapper communities;
  private final MemberMapper members;
  private final MemberRoleMapper roles;
  private final AuditService audit;
  private final ApplicationEventPublisher events;

  public CommunityService(
      CommunityMapper communities,
      MemberMapper members,
      MemberRoleMapper roles,
      AuditService audit,
      ApplicationEventPublisher events) {
    this.communities = communities;
    this.members = members;
    this.roles = roles;
    this.audit = audit;
    this.events = events;
  }

  /** All communities of the deployment, marking those the user belongs to. */
  @Transactional(readOnly = true)
  public List<CommunityView> list(long userId) {
    Set<Long> joined =
        members.listMembershipsOfUser(userId).stream()
            .map(MembershipRow::communityId)
            .collect(Collectors.toSet());
    return communities.listAll().stream()
        .map(
            c ->
                new CommunityView(
                    c.getId(), c.getName(), c.getDistrict(), joined.contains(c.getId())))
        .toList();
  }

  /**
   * Creates a community.
   *
   * @throws ForbiddenException unless the actor is a platform admin using a session
   * @throws LinliException {@code COMMUNITY_NAME_TAKEN} when the name exists
   */
  @Transactional
  public CommunityView create(Actor actor, CreateCommunityCommand command) {
    if (!actor.platformAdmin() || actor.credential() != CredentialKind.SESSION) {
      throw new ForbiddenException();
    }
    CommunityEntity entity = new CommunityEntity();
    entity.setName(command.name().strip());
    entity.setDistrict(command.district() == null ? null : command.district().strip());
    try {
      communities.insert(entity);
    } catch (DuplicateKeyException e) {
      throw new LinliException(ErrorCode.COMMUNITY_NAME_TAKEN);
    }
    audit.record(
        AuditEvent.by(
            actor,
            entity.getId(),
            "COMMUNITY_CREATED",
            "COMMUNITY",
            entity.getId(),
            entity.getName()));
    return new CommunityView(entity.getId(), entity.getName(), entity.getDistrict(), false);
  }

  /**
   * Joins a community as a resident; joining again changes nothing.
   *
   * @throws NotFoundException when the community does not exist
   */
  @Transactional
  public MembershipView join(Actor actor, long communityId) {
    if (actor.credential() != CredentialKind.SESSION) {
      throw new ForbiddenException();
    }
    CommunityEntity community = communities.selectById(communityId);
    if (community == null) {
      throw new NotFoundException(ErrorCode.COMMUNITY_NOT_FOUND);
    }
    if (members.insertIfAbsent(communityId, actor.userId()) == 1) {
      roles.grant(communityId, actor.userId(), CommunityRole.RESIDENT.name(), actor.userId());
      events.publishEvent(new ActorChanged(actor.userId()));
      audit.record(
          AuditEvent.by(actor, communityId, "MEMBER_JOINED", "USER", actor.userId(), "RESIDENT"));
    }
    return membershipOf(actor.userId(), communityId);
  }

  /** Memberships of a user, in joining order. */
  @Transactional(readOnly = true)
  public List<MembershipView> memberships(long userId) {
    return members.listMembershipsOfUser(userId).stream().map(CommunityService::toView).toList();
  }

  /**
   * The roles a user holds in a community.
   *
   * @return the roles, or {@code null} when the user is not a member
   */
  public Set<CommunityRole> rolesIn(long communityId, long userId) {
    // One statement without a transaction: this runs on every authenticated request.
    String held = members.rolesOfMember(communityId, userId);
    return held == null ? null : parseRoles(held);
  }

  /**
   * Everything authentication needs about a user, in one statement (it runs on every request).
   *
   * @param requestedCommunityId the community the request asks to act in, or {@code null} for the
   *     one joined first
   * @return {@code null} for an unknown user
   */
  public ActorFacts actorFacts(long userId, Long requestedCommunityId) {
    MemberMapper.ActorRow row = members.actorOf(userId, requestedCommunityId);
    if (row == null) {
      return null;
    }
    return new ActorFacts(
        Boolean.TRUE.equals(row.admin()),
        Boolean.TRUE.equals(row.deleted()),
        row.communityId(),
        row.communityId() == null ? Set.of() : parseRoles(row.roles()));
  }

  /**
   * A user as authentication sees them.
   *
   * @param communityId the community acted in, or {@code null} when not a member of the requested
   *     one (or of any)
   */
  public record ActorFacts(
      boolean platformAdmin, boolean deleted, Long communityId, Set<CommunityRole> roles) {}

  /**
   * One page of a community's members.
   *
   * @throws NotFoundException when the actor cannot see the community
   * @throws ForbiddenException unless the actor is staff, a data admin or a platform admin
   */
  @Transactional(readOnly = true)
  public PageView<MemberView> listMembers(Actor actor, long communityId, PageRequest request) {
    requireRoleIn(actor, communityId, CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
    PageSlice<MemberRow> page = members.membersPage(communityId, request.page(), request.size());
    return new PageView<>(
        page.records().stream().map(CommunityService::toView).toList(),
        request.page(),
        request.size(),
        page.total());
  }

  /**
   * Grants a role (idempotent). Staff may grant {@link #STAFF_GRANTABLE}; other roles need a
   * platform admin, keeping security roles apart from operators.
   */
  @Transactional
  public MemberView grantRole(Actor actor, long communityId, long userId, CommunityRole role) {
    requireMayManage(actor, communityId, role);
    requireMember(communityId, userId);
    if (roles.grant(communityId, userId, role.name(), actor.userId()) == 1) {
      audit.record(AuditEvent.by(actor, communityId, "ROLE_GRANTED", "USER", userId, role.name()));
      events.publishEvent(new ActorChanged(userId));
    }
    return memberView(communityId, userId);
  }

  /** Revokes a role (idempotent); same rules as {@link #grantRole}. */
  @Transactional
  public MemberView revokeRole(Actor actor, long communityId, long userId, CommunityRole role) {
    requireMayManage(actor, communityId, role);
    requireMember(communityId, userId);
    if (roles.revoke(communityId, userId, role.name()) == 1) {
      audit.record(AuditEvent.by(actor, communityId, "ROLE_REVOKED", "USER", userId, role.name()));
      events.publishEvent(new ActorChanged(userId));
    }
    return memberView(communityId, userId);
  }

  /** Marks a member as verified (bound to a registered resident); idempotent. */
  @Transactional
  public void markVerified(long communityId, long userId) {
    members.markVerified(communityId, userId);
  }

  /** Residents (holders of RESIDENT) of a community, verified ones only when asked, by id. */
  @Transactional(readOnly = true)
  public List<Long> residents(long communityId, boolean verifiedOnly) {
    return roles.residents(communityId, verifiedOnly);
  }

  /** Whether {@code userId} is a member of {@code communityId}. */
  @Transactional(readOnly = true)
  public boolean isMember(long communityId, long userId) {
    return members.find(communityId, userId) != null;
  }

  private void requireMayManage(Actor actor, long communityId, CommunityRole role) {
    requireRoleIn(actor, communityId, CommunityRole.STAFF);
    if (!actor.platformAdmin() && !STAFF_GRANTABLE.contains(role)) {
      throw new ForbiddenException();
    }
  }

  /**
   * Requires one of {@code wanted} in {@code communityId}: platform admins pass; non-members get
   * 404; members without the role 403; an API token only reaches its own community.
   */
  private void requireRoleIn(Actor actor, long communityId, CommunityRole... wanted) {
    if (actor.credential() == CredentialKind.API_TOKEN
        && (actor.communityId() == null || actor.communityId() != communityId)) {
      throw new NotFoundException(ErrorCode.COMMUNITY_NOT_FOUND);
    }
    if (actor.platformAdmin()) {
      if (communities.selectById(communityId) == null) {
        throw new NotFoundException(ErrorCode.COMMUNITY_NOT_FOUND);
      }
      return;
    }
    Set<CommunityRole> held = rolesIn(communityId, actor.userId());
    if (held == null) {
      throw new NotFoundException(ErrorCode.COMMUNITY_NOT_FOUND);
    }
    if (Arrays.stream(wanted).noneMatch(held::contains)) {
      throw new ForbiddenException();
    }
  }

  private void requireMember(long communityId, long userId) {
    if (members.find(communityId, userId) == null) {
      throw new NotFoundException(ErrorCode.MEMBER_NOT_FOUND);
    }
  }

  private MemberView memberView(long communityId, long userId) {
    MemberRow row = members.findMember(communityId, userId);
    if (row == null) {
      throw new NotFoundException(ErrorCode.MEMBER_NOT_FOUND);
    }
    return toView(row);
  }

  private MembershipView membershipOf(long userId, long communityId) {
    return memberships(userId).stream()
        .filter(m -> m.communityId() == communityId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException(ErrorCode.COMMUNITY_NOT_FOUND));
  }

  private static MembershipView toView(MembershipRow row) {
    return new MembershipView(
        row.communityId(),
        row.communityName(),
        List.copyOf(parseRoles(row.roles())),
        Boolean.TRUE.equals(row.verified()));
  }

  private static MemberView toView(MemberRow row) {
    return new MemberView(
        row.userId(),
        row.nickname(),
        List.copyOf(parseRoles(row.roles())),
        Boolean.TRUE.equals(row.verified()),
        row.joinedAt().toInstant(ZoneOffset.UTC));
  }

  static Set<CommunityRole> parseRoles(String csv) {
    EnumSet<CommunityRole> result = EnumSet.noneOf(CommunityRole.class);
    if (csv == null || csv.isBlank()) {
      return result;
    }
    for (String r : csv.split(",")) {
      try {
        result.add(CommunityRole.valueOf(r.trim()));
      } catch (IllegalArgumentException ignored) {
        // A role this version does not know: not granted here.
      }
    }
    return result;
  }
}
