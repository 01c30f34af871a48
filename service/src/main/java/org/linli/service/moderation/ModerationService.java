package org.linli.service.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linli.persistence.common.PageSlice;
import org.linli.persistence.moderation.ContentReportEntity;
import org.linli.persistence.moderation.ContentReportMapper;
import org.linli.persistence.moderation.ModerationItemEntity;
import org.linli.persistence.moderation.ModerationItemMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.common.RateLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moderation queue (内容审核) of the current community and residents' reports (举报). */
@Service
public class ModerationService {

  static final String REASON_REPORTED = "REPORTED";

  private final ModerationItemMapper items;
  private final ContentReportMapper reports;
  private final Map<ContentType, ReportableContent> sources;
  private final AuditService audit;
  private final ApplicationEventPublisher events;
  private final RateLimits rateLimits;
  private final Clock clock;

  public ModerationService(
      ModerationItemMapper items,
      ContentReportMapper reports,
      List<ReportableContent> sources,
      AuditService audit,
      ApplicationEventPublisher events,
      RateLimits rateLimits,
      Clock clock) {
    this.items = items;
    this.reports = reports;
    this.sources =
        sources.stream().collect(Collectors.toMap(ReportableContent::type, Function.identity()));
    this.audit = audit;
    this.events = events;
    this.rateLimits = rateLimits;
    this.clock = clock;
  }

  /**
   * One page of the queue, oldest first, optionally of one status, of the given kinds of content.
   * Staff only.
   */
  @Transactional(readOnly = true)
  public PageView<ModerationItemView> list(
      Actor actor, ModerationStatus status, Set<ContentType> types, PageRequest request) {
    actor.requireAny(CommunityRole.STAFF);
    if (types.isEmpty()) {
      return new PageView<>(List.of(), request.page(), request.size(), 0);
    }
    PageSlice<ModerationItemEntity> page =
        items.queue(
            status == null ? null : status.name(),
            types.stream().map(Enum::name).toList(),
            request.page(),
            request.size());
    return new PageView<>(
        page.records().stream().map(ModerationService::toView).toList(),
        request.page(),
        request.size(),
        page.total());
  }

  /**
   * Publishes held content.
   *
   * @param types the kinds of content the caller decides here; an item of another kind is not found
   */
  @Transactional
  public ModerationItemView approve(Actor actor, long itemId, Set<ContentType> types) {
    return decide(actor, itemId, types, ModerationStatus.APPROVED, null);
  }

  /**
   * Rejects (takes down) content.
   *
   * @param types the kinds of content the caller decides here; an item of another kind is not found
   */
  @Transactional
  public ModerationItemView reject(Actor actor, long itemId, Set<ContentType> types, String note) {
    return decide(actor, itemId, types, ModerationStatus.REJECTED, note);
  }

  /**
   * Records a report and queues the content for a moderator (once per reporter and content).
   *
   * @throws NotFoundException when the content is not visible in the current community
   */
  @Transactional
  public ContentReportView report(Actor actor, ContentType type, String contentId, String reason) {
    long communityId = actor.requireCommunity();
    rateLimits.acquire("report:" + actor.userId(), 20, Duration.ofHours(1), ErrorCode.RATE_LIMITED);
    ReportableContent source = sources.get(type);
    ReportableContent.Found found =
        source == null ? null : source.find(communityId, contentId).orElse(null);
    if (found == null) {
      throw new NotFoundException(ErrorCode.CONTENT_NOT_FOUND);
    }
    ContentReportEntity report = reports.findByReporter(type.name(), contentId, actor.userId());
    if (report != null) {
      return toView(report);
    }
    report = new ContentReportEntity();
    report.setCommunityId(communityId);
    report.setContentType(type.name());
    report.setContentId(contentId);
    report.setReporterId(actor.userId());
    report.setReason(reason.strip());
    try {
      reports.insert(report);
    } catch (DuplicateKeyException e) {
      return toView(reports.findByReporter(type.name(), contentId, actor.userId()));
    }
    ModerationItemEntity item = items.findHeld(type.name(), contentId);
    if (item == null) {
      item = new ModerationItemEntity();
      item.setCommunityId(communityId);
      item.setContentType(type.name());
      item.setContentId(contentId);
      item.setAuthorId(found.authorId());
      item.setText(found.text());
      item.setStatus(ModerationStatus.HELD.name());
      item.setReason(REASON_REPORTED);
      item.setReportCount(1);
      items.insert(item);
    } else {
      item.setReportCount(item.getReportCount() + 1);
      if (items.updateById(item) != 1) {
        throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
      }
    }
    audit.record(
        AuditEvent.by(actor, communityId, "CONTENT_REPORTED", type.name(), contentId, null));
    return toView(report);
  }

  private ModerationItemView decide(
      Actor actor, long itemId, Set<ContentType> types, ModerationStatus decision, String note) {
    actor.requireAny(CommunityRole.STAFF);
    ModerationItemEntity item = items.selectById(itemId);
    if (item == null || !types.contains(ContentType.valueOf(item.getContentType()))) {
      throw new NotFoundException(ErrorCode.MODERATION_ITEM_NOT_FOUND);
    }
    if (!ModerationStatus.HELD.name().equals(item.getStatus())) {
      throw new LinliException(ErrorCode.MODERATION_ALREADY_DECIDED);
    }
    item.setStatus(decision.name());
    item.setDecidedBy(actor.userId());
    item.setDecidedAt(LocalDateTime.now(clock));
    item.setDecisionNote(note == null || note.isBlank() ? null : note.strip());
    if (items.updateById(item) != 1) {
      throw new LinliException(ErrorCode.MODERATION_ALREADY_DECIDED);
    }
    events.publishEvent(
        new ModerationDecidedEvent(
            item.getId(),
            item.getCommunityId(),
            ContentType.valueOf(item.getContentType()),
            item.getContentId(),
            item.getText(),
            decision));
    audit.record(
        AuditEvent.by(
            actor,
            item.getCommunityId(),
            "MODERATION_" + decision.name(),
            item.getContentType(),
            item.getContentId(),
            "item " + item.getId()));
    return toView(item);
  }

  private static ModerationItemView toView(ModerationItemEntity e) {
    return new ModerationItemView(
        e.getId(),
        ContentType.valueOf(e.getContentType()),
        e.getContentId(),
        e.getAuthorId(),
        e.getText(),
        ModerationStatus.valueOf(e.getStatus()),
        e.getReason(),
        e.getLabel(),
        e.getReportCount() == null ? 0 : e.getReportCount(),
        e.getDecisionNote(),
        e.getCreatedAt().toInstant(ZoneOffset.UTC),
        e.getDecidedAt() == null ? null : e.getDecidedAt().toInstant(ZoneOffset.UTC));
  }

  private static ContentReportView toView(ContentReportEntity e) {
    return new ContentReportView(
        e.getId(),
        ContentType.valueOf(e.getContentType()),
        e.getContentId(),
        e.getCreatedAt().toInstant(ZoneOffset.UTC));
  }
}
