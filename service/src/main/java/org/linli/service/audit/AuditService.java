package org.linli.service.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.linli.persistence.audit.AuditChainHeadEntity;
import org.linli.persistence.audit.AuditChainHeadMapper;
import org.linli.persistence.audit.AuditLogEntity;
import org.linli.persistence.audit.AuditLogMapper;
import org.linli.persistence.common.PageSlice;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.Hashing;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log (审计日志). Each community has its own chain; each entry's
 * hash covers its content and the previous entry's hash, so editing or deleting a row breaks the
 * chain from there on.
 */
@Service
public class AuditService {

  static final String GENESIS = "0".repeat(64);
  private static final int VERIFY_BATCH = 500;

  private final AuditLogMapper logMapper;
  private final AuditChainHeadMapper headMapper;
  private final Clock clock;

  public AuditService(AuditLogMapper logMapper, AuditChainHeadMapper headMapper, Clock clock) {
    this.logMapper = logMapper;
    this.headMapper = headMapper;
    this.clock = clock;
  }

  /**
   * Appends an entry in the caller's transaction (so it commits or rolls back with the change it
   * records). Appends to one chain are serialised by a row lock on the chain head.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(AuditEvent event) {
    // Lock first: INSERT IGNORE on an existing head would take a shared lock, and two appenders
    // upgrading shared locks to exclusive ones deadlock. Only a community's first entry inserts.
    AuditChainHeadEntity head = headMapper.lockHead(event.communityId());
    if (head == null) {
      headMapper.createIfAbsent(event.communityId(), GENESIS);
      head = headMapper.lockHead(event.communityId());
    }
    AuditLogEntity entry = new AuditLogEntity();
    entry.setCommunityId(event.communityId());
    entry.setSeq(head.getLastSeq() + 1);
    // Whole seconds: some MySQL-protocol servers and drivers drop fractions, which would break
    // the hash when recomputed from the stored row.
    entry.setOccurredAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    entry.setActorId(event.actorId());
    entry.setActorRole(event.actorRole());
    entry.setAction(event.action());
    entry.setSubjectType(event.subjectType());
    entry.setSubjectId(event.subjectId());
    entry.setDetail(truncate(event.detail(), 1000));
    entry.setIp(truncate(event.ip(), 64));
    entry.setRequestId(truncate(event.requestId(), 64));
    entry.setPrevHash(head.getLastHash());
    entry.setHash(hashOf(entry));
    logMapper.insert(entry);
    headMapper.advance(event.communityId(), entry.getSeq(), entry.getHash());
  }

  /**
   * One page of the current community's log, newest first.
   *
   * @throws org.linli.service.common.ForbiddenException unless the actor is an auditor or admin
   */
  @Transactional(readOnly = true)
  public PageView<AuditEntryView> list(Actor actor, PageRequest request) {
    actor.requireAny(CommunityRole.AUDITOR);
    PageSlice<AuditLogEntity> page = logMapper.newestFirst(request.page(), request.size());
    return new PageView<>(
        page.records().stream().map(AuditService::toView).toList(),
        request.page(),
        request.size(),
        page.total());
  }

  /**
   * Recomputes the current community's chain.
   *
   * @throws org.linli.service.common.ForbiddenException unless the actor is an auditor or admin
   */
  @Transactional(readOnly = true)
  public AuditVerificationView verify(Actor actor) {
    actor.requireAny(CommunityRole.AUDITOR);
    String expectedPrev = GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    long after = 0;
    while (true) {
      List<AuditLogEntity> slice = logMapper.chainSlice(after, VERIFY_BATCH);
      if (slice.isEmpty()) {
        return new AuditVerificationView(true, checked, null);
      }
      for (AuditLogEntity e : slice) {
        checked++;
        boolean linked = e.getSeq() == expectedSeq && Objects.equals(e.getPrevHash(), expectedPrev);
        if (!linked || !Objects.equals(hashOf(e), e.getHash())) {
          return new AuditVerificationView(false, checked, e.getSeq());
        }
        expectedPrev = e.getHash();
        expectedSeq++;
        after = e.getSeq();
      }
    }
  }

  static String hashOf(AuditLogEntity e) {
    String canonical =
        String.join(
            "|",
            e.getPrevHash(),
            String.valueOf(e.getCommunityId()),
            String.valueOf(e.getSeq()),
            e.getOccurredAt().truncatedTo(ChronoUnit.SECONDS).toInstant(ZoneOffset.UTC).toString(),
            String.valueOf(e.getActorId()),
            String.valueOf(e.getActorRole()),
            String.valueOf(e.getAction()),
            String.valueOf(e.getSubjectType()),
            String.valueOf(e.getSubjectId()),
            String.valueOf(e.getDetail()),
            String.valueOf(e.getIp()),
            String.valueOf(e.getRequestId()));
    return Hashing.sha256Hex(canonical);
  }

  private static AuditEntryView toView(AuditLogEntity e) {
    return new AuditEntryView(
        e.getId(),
        e.getSeq(),
        e.getOccurredAt().toInstant(ZoneOffset.UTC),
        e.getActorId(),
        e.getActorRole(),
        e.getAction(),
        e.getSubjectType(),
        e.getSubjectId(),
        e.getDetail(),
        e.getIp(),
        e.getRequestId(),
        e.getPrevHash(),
        e.getHash());
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
