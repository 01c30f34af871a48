package org.linli.api.audit;

import java.time.ZoneOffset;
import org.linli.api.common.CurrentActor;
import org.linli.contract.api.AuditApi;
import org.linli.contract.model.AuditEntryDto;
import org.linli.contract.model.AuditEntryPageDto;
import org.linli.contract.model.AuditVerificationDto;
import org.linli.service.audit.AuditEntryView;
import org.linli.service.audit.AuditService;
import org.linli.service.audit.AuditVerificationView;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, read-only. */
@RestController
class AuditController implements AuditApi {

  private final AuditService audit;
  private final CurrentActor currentActor;

  AuditController(AuditService audit, CurrentActor currentActor) {
    this.audit = audit;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<AuditEntryPageDto> listAuditEntries(
      Long xCommunityId, Integer page, Integer size) {
    PageView<AuditEntryView> result = audit.list(currentActor.get(), PageRequest.of(page, size));
    AuditEntryPageDto dto =
        new AuditEntryPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(e -> dto.addItemsItem(toDto(e)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<AuditVerificationDto> verifyAuditChain(Long xCommunityId) {
    AuditVerificationView result = audit.verify(currentActor.get());
    return ResponseEntity.ok(
        new AuditVerificationDto()
            .valid(result.valid())
            .checked(result.checked())
            .firstBrokenSeq(result.firstBrokenSeq()));
  }

  private static AuditEntryDto toDto(AuditEntryView e) {
    return new AuditEntryDto()
        .id(e.id())
        .seq(e.seq())
        .occurredAt(e.occurredAt().atOffset(ZoneOffset.UTC))
        .actorId(e.actorId())
        .actorRole(e.actorRole())
        .action(e.action())
        .subjectType(e.subjectType())
        .subjectId(e.subjectId())
        .detail(e.detail())
        .ip(e.ip())
        .requestId(e.requestId())
        .prevHash(e.prevHash())
        .hash(e.hash());
  }
}
