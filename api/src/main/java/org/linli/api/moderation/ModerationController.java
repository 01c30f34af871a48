package org.linli.api.moderation;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.api.common.CurrentActor;
import org.linli.contract.api.ModerationApi;
import org.linli.contract.model.ContentReportDto;
import org.linli.contract.model.ContentReportRequestDto;
import org.linli.contract.model.ContentTypeDto;
import org.linli.contract.model.ModerationItemDto;
import org.linli.contract.model.ModerationItemPageDto;
import org.linli.contract.model.ModerationStatusDto;
import org.linli.contract.model.RejectRequestDto;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.moderation.ContentReportView;
import org.linli.service.moderation.ContentType;
import org.linli.service.moderation.ModerationItemView;
import org.linli.service.moderation.ModerationService;
import org.linli.service.moderation.ModerationStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moderation queue and reports. These paths serve the kinds of content their contract names ({@link
 * ContentTypeDto}); newer kinds are moderated where their feature's contract describes them.
 */
@RestController
class ModerationController implements ModerationApi {

  static final Set<ContentType> TYPES =
      Arrays.stream(ContentTypeDto.values())
          .map(t -> ContentType.valueOf(t.name()))
          .collect(Collectors.toUnmodifiableSet());

  private final ModerationService moderation;
  private final CurrentActor currentActor;

  ModerationController(ModerationService moderation, CurrentActor currentActor) {
    this.moderation = moderation;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<ModerationItemPageDto> listModerationItems(
      Long xCommunityId, ModerationStatusDto status, Integer page, Integer size) {
    PageView<ModerationItemView> result =
        moderation.list(
            currentActor.get(),
            status == null ? null : ModerationStatus.valueOf(status.name()),
            TYPES,
            PageRequest.of(page, size));
    ModerationItemPageDto dto =
        new ModerationItemPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(i -> dto.addItemsItem(toDto(i)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<ModerationItemDto> approveModerationItem(Long itemId, Long xCommunityId) {
    return ResponseEntity.ok(toDto(moderation.approve(currentActor.get(), itemId, TYPES)));
  }

  @Override
  public ResponseEntity<ModerationItemDto> rejectModerationItem(
      Long itemId, Long xCommunityId, RejectRequestDto body) {
    String note = body == null ? null : body.getNote();
    return ResponseEntity.ok(toDto(moderation.reject(currentActor.get(), itemId, TYPES, note)));
  }

  @Override
  public ResponseEntity<ContentReportDto> reportContent(
      ContentReportRequestDto body, Long xCommunityId) {
    ContentReportView view =
        moderation.report(
            currentActor.get(),
            ContentType.valueOf(body.getContentType().name()),
            body.getContentId(),
            body.getReason());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new ContentReportDto()
                .id(view.id())
                .contentType(ContentTypeDto.valueOf(view.type().name()))
                .contentId(view.contentId())
                .createdAt(view.createdAt().atOffset(ZoneOffset.UTC)));
  }

  private static ModerationItemDto toDto(ModerationItemView v) {
    return new ModerationItemDto()
        .id(v.id())
        .contentType(ContentTypeDto.valueOf(v.type().name()))
        .contentId(v.contentId())
        .authorId(v.authorId())
        .text(v.text())
        .status(ModerationStatusDto.valueOf(v.status().name()))
        .reason(v.reason())
        .label(v.label())
        .reportCount(v.reportCount())
        .decisionNote(v.decisionNote())
        .createdAt(v.createdAt().atOffset(ZoneOffset.UTC))
        .decidedAt(v.decidedAt() == null ? null : v.decidedAt().atOffset(ZoneOffset.UTC));
  }
}
