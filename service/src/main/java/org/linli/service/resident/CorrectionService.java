package org.linli.service.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.linli.persistence.resident.CorrectionRequestEntity;
import org.linli.persistence.resident.CorrectionRequestMapper;
import org.linli.persistence.resident.ResidentEntity;
import org.linli.persistence.resident.ResidentMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' requests to correct their registry data (PIPL Art. 46, GB/T 35273 §8.7): due within 30
 * days, answered by staff with a recorded outcome, all audit-logged.
 */
@Service
public class CorrectionService {

  static final int DAYS_TO_ANSWER = 30;

  private final CorrectionRequestMapper requests;
  private final ResidentMapper residents;
  private final RegistryEncryption encryption;
  private final AuditService audit;
  private final Clock clock;

  public CorrectionService(
      CorrectionRequestMapper requests,
      ResidentMapper residents,
      RegistryEncryption encryption,
      AuditService audit,
      Clock clock) {
    this.requests = requests;
    this.residents = residents;
    this.encryption = encryption;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records the caller's request to correct one field of their own registry entry.
   *
   * @throws NotFoundException when the caller is not bound to a registry entry here
   */
  @Transactional
  public CorrectionRequestView request(
      Actor actor, RegistryField field, String proposedValue, String note) {
    long communityId = actor.requireCommunity();
    encryption.require();
    ResidentEntity self = residents.findByUser(actor.userId());
    if (self == null) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    CorrectionRequestEntity r = new CorrectionRequestEntity();
    r.setCommunityId(communityId);
    r.setResidentId(self.getId());
    r.setUserId(actor.userId());
    r.setField(field.name());
    r.setProposedValue(
        proposedValue == null || proposedValue.isBlank() ? null : proposedValue.strip());
    r.setNote(note == null || note.isBlank() ? null : note.strip());
    r.setStatus("OPEN");
    r.setDueDate(LocalDate.now(clock).plusDays(DAYS_TO_ANSWER));
    requests.insert(r);
    audit.record(
        AuditEvent.by(
            actor, communityId, "CORRECTION_REQUESTED", "RESIDENT", self.getId(), field.name()));
    return view(r);
  }

  /** Requests, optionally of one status, soonest due first (staff, data admins). */
  @Transactional(readOnly = true)
  public List<CorrectionRequestView> list(Actor actor, String status) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
    encryption.require();
    return requests.list(status).stream().map(this::view).toList();
  }

  /** Records the outcome (staff, data admins); the correction itself is made on the resident. */
  @Transactional
  public CorrectionRequestView resolve(
      Actor actor, long requestId, boolean corrected, String note) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
    long communityId = actor.requireCommunity();
    encryption.require();
    CorrectionRequestEntity r = requests.selectById(requestId);
    if (r == null) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    if (!"OPEN".equals(r.getStatus())) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    r.setStatus(corrected ? "CORRECTED" : "REJECTED");
    r.setOutcomeNote(note == null || note.isBlank() ? null : note.strip());
    r.setResolvedBy(actor.userId());
    r.setResolvedAt(LocalDateTime.now(clock));
    if (requests.updateById(r) != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    audit.record(
        AuditEvent.by(
            actor,
            communityId,
            "CORRECTION_" + r.getStatus(),
            "RESIDENT",
            r.getResidentId(),
            r.getField()));
    return view(r);
  }

  private CorrectionRequestView view(CorrectionRequestEntity r) {
    String proposed = r.getProposedValue();
    String masked =
        proposed == null
            ? null
            : switch (RegistryField.valueOf(r.getField())) {
              case ID_NUMBER -> Masking.idNumber(proposed);
              case PHONE -> Masking.phone(proposed);
              case NAME -> Masking.name(proposed);
              case NOTES, CARE_TAGS, ADDRESS, BIRTH_DATE -> Masking.text(proposed);
              default -> proposed;
            };
    return new CorrectionRequestView(
        r.getId(),
        r.getResidentId(),
        r.getField(),
        masked,
        r.getNote(),
        r.getStatus(),
        r.getDueDate(),
        "OPEN".equals(r.getStatus()) && r.getDueDate().isBefore(LocalDate.now(clock)),
        r.getOutcomeNote(),
        r.getCreatedAt() == null ? null : r.getCreatedAt().toInstant(ZoneOffset.UTC));
  }
}
