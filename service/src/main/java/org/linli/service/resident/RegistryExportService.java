package org.linli.service.resident;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linli.persistence.common.crypto.FieldCipher;
import org.linli.persistence.resident.ExportRequestEntity;
import org.linli.persistence.resident.ExportRequestMapper;
import org.linli.persistence.resident.HouseholdEntity;
import org.linli.persistence.resident.HouseholdMapper;
import org.linli.persistence.resident.ResidentEntity;
import org.linli.persistence.resident.ResidentMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.CredentialKind;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.ForbiddenException;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.SpreadsheetWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registry exports (GB/T 35273 §7.1, privacy notes item 6): masked by default; an unmasked export
 * needs a second data admin's approval, may be downloaded once within 24 hours by the requester,
 * names the exporter, approver and time in the file, and is audit-logged. Residents whose
 * processing is restricted are never exported. Memory stays bounded: the masked export streams one
 * row at a time from the database (with the place joined in and the stored masked forms of ID
 * number and phone, so nothing is decrypted unless a masked form is missing), the unmasked one
 * reads in batches.
 */
@Service
public class RegistryExportService {

  static final Duration APPROVAL_VALIDITY = Duration.ofHours(24);
  private static final int BATCH = 1000;
  private static final List<String> HEADER =
      List.of(
          "姓名", "性别", "出生日期", "身份证号", "手机号", "楼栋", "单元", "房号", "与户主关系", "居住类型", "入住日期", "迁出日期",
          "标签");

  private final ResidentMapper residents;
  private final HouseholdMapper households;
  private final RegistryPlaces registryPlaces;
  private final ExportRequestMapper requests;
  private final RegistryEncryption encryption;
  private final AuditService audit;
  private final ObjectProvider<FieldCipher> ciphers;
  private final Clock clock;

  public RegistryExportService(
      ResidentMapper residents,
      HouseholdMapper households,
      RegistryPlaces registryPlaces,
      ExportRequestMapper requests,
      RegistryEncryption encryption,
      AuditService audit,
      ObjectProvider<FieldCipher> ciphers,
      Clock clock) {
    this.residents = residents;
    this.households = households;
    this.registryPlaces = registryPlaces;
    this.requests = requests;
    this.encryption = encryption;
    this.audit = audit;
    this.ciphers = ciphers;
    this.clock = clock;
  }

  /** Writes every resident, masked (staff and data admins; minors for data admins only). */
  @Transactional
  public void exportMasked(Actor actor, SpreadsheetWriter.Format format, OutputStream out) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
    long communityId = requireEncryption(actor);
    int rows = writeMasked(format, out, !actor.has(CommunityRole.DATA_ADMIN));
    audit.record(
        AuditEvent.by(
            actor,
            communityId,
            "RESIDENTS_EXPORTED",
            "REGISTRY",
            null,
            "masked, " + rows + " rows"));
  }

  /** Asks for an unmasked export (data admins, with a session). */
  @Transactional
  public ExportRequestView request(Actor actor, String reason) {
    long communityId = requireDataAdmin(actor);
    ExportRequestEntity r = new ExportRequestEntity();
    r.setCommunityId(communityId);
    r.setRequestedBy(actor.userId());
    r.setReason(reason.strip());
    r.setStatus("PENDING");
    requests.insert(r);
    audit.record(
        AuditEvent.by(
            actor, communityId, "EXPORT_REQUESTED", "EXPORT_REQUEST", r.getId(), r.getReason()));
    return view(r);
  }

  /** Recent requests (data admins). */
  @Transactional(readOnly = true)
  public List<ExportRequestView> list(Actor actor) {
    requireDataAdmin(actor);
    return requests.recent().stream().map(RegistryExportService::view).toList();
  }

  /**
   * Approves another data admin's request; it may then be downloaded once within 24 hours.
   *
   * @throws ForbiddenException when the approver is the requester
   */
  @Transactional
  public ExportRequestView approve(Actor actor, long requestId) {
    long communityId = requireDataAdmin(actor);
    ExportRequestEntity r = find(requestId);
    if (r.getRequestedBy() == actor.userId()) {
      throw new ForbiddenException();
    }
    if (!"PENDING".equals(r.getStatus())) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    r.setStatus("APPROVED");
    r.setApprovedBy(actor.userId());
    r.setExpiresAt(LocalDateTime.now(clock).plus(APPROVAL_VALIDITY));
    if (requests.updateById(r) != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    audit.record(
        AuditEvent.by(actor, communityId, "EXPORT_APPROVED", "EXPORT_REQUEST", requestId, null));
    return view(r);
  }

  /**
   * Writes the approved unmasked export once, for its requester. The first row names the exporter,
   * the approver, the time and the reason.
   *
   * @throws LinliException {@code CONCURRENT_UPDATE} (409) when not approved, expired or used
   */
  @Transactional
  public void downloadUnmasked(
      Actor actor, long requestId, SpreadsheetWriter.Format format, OutputStream out) {
    long communityId = requireDataAdmin(actor);
    ExportRequestEntity r = find(requestId);
    if (r.getRequestedBy() != actor.userId()) {
      throw new ForbiddenException();
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (!"APPROVED".equals(r.getStatus())
        || r.getExpiresAt() == null
        || r.getExpiresAt().isBefore(now)) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    r.setStatus("USED");
    r.setUsedAt(now);
    if (requests.updateById(r) != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    String banner =
        "导出人 user "
            + actor.userId()
            + "，审批人 user "
            + r.getApprovedBy()
            + "，导出时间 "
            + now.atOffset(ZoneOffset.UTC)
            + "，用途："
            + r.getReason()
            + "。含个人敏感信息，仅限上述用途使用。";
    int rows = writeUnmasked(format, out, banner);
    audit.record(
        AuditEvent.by(
            actor,
            communityId,
            "RESIDENTS_EXPORTED",
            "EXPORT_REQUEST",
            requestId,
            "unmasked, " + rows + " rows"));
  }

  /** Writes the masked export, streaming rows from the database; returns how many. */
  private int writeMasked(SpreadsheetWriter.Format format, OutputStream out, boolean hideMinors) {
    LocalDate bornOnOrBefore = hideMinors ? LocalDate.now(clock).minusYears(14) : null;
    int[] count = {0};
    try (SpreadsheetWriter writer = new SpreadsheetWriter(format, "居民", out)) {
      writer.row(HEADER);
      List<String> cells = new ArrayList<>(HEADER.size());
      residents.forEachForExport(
          bornOnOrBefore,
          r -> {
            cells.clear();
            cells.add(Masking.name(r.name()));
            cells.add(gender(r.gender()));
            cells.add(r.birthDate() == null ? null : Integer.toString(r.birthDate().getYear()));
            cells.add(
                r.idNumberMasked() != null
                    ? r.idNumberMasked()
                    : r.idNumberStored() == null
                        ? null
                        : Masking.idNumber(cipher().decrypt(r.idNumberStored())));
            cells.add(
                r.phoneMasked() != null
                    ? r.phoneMasked()
                    : r.phoneStored() == null
                        ? null
                        : Masking.phone(cipher().decrypt(r.phoneStored())));
            cells.add(r.building());
            cells.add(r.unit());
            cells.add(r.room());
            cells.add(r.relation());
            cells.add(r.residenceKind());
            cells.add(r.moveInDate() == null ? null : r.moveInDate().toString());
            cells.add(r.moveOutDate() == null ? null : r.moveOutDate().toString());
            cells.add(r.tags() == null ? null : r.tags().replace(",", "、"));
            writer.row(cells);
            count[0]++;
          });
    }
    return count[0];
  }

  /** Writes the unmasked export after its banner, in batches; returns how many rows. */
  private int writeUnmasked(SpreadsheetWriter.Format format, OutputStream out, String banner) {
    Map<Long, String[]> placeOfHousehold = places();
    int count = 0;
    try (SpreadsheetWriter writer = new SpreadsheetWriter(format, "居民", out)) {
      writer.row(List.of(banner));
      writer.row(HEADER);
      long after = 0;
      while (true) {
        List<ResidentEntity> batch = residents.batchAfter(after, BATCH, null);
        for (ResidentEntity r : batch) {
          String[] place =
              r.getHouseholdId() == null ? null : placeOfHousehold.get(r.getHouseholdId());
          List<String> cells = new ArrayList<>(HEADER.size());
          cells.add(r.getName());
          cells.add(gender(r.getGender()));
          cells.add(r.getBirthDate() == null ? null : r.getBirthDate().toString());
          cells.add(r.getIdNumber());
          cells.add(r.getPhone());
          cells.add(place == null ? null : place[0]);
          cells.add(place == null ? null : place[1]);
          cells.add(place == null ? null : place[2]);
          cells.add(r.getRelation());
          cells.add(r.getResidenceKind());
          cells.add(r.getMoveInDate() == null ? null : r.getMoveInDate().toString());
          cells.add(r.getMoveOutDate() == null ? null : r.getMoveOutDate().toString());
          cells.add(r.getTags() == null ? null : r.getTags().replace(",", "、"));
          writer.row(cells);
          count++;
        }
        if (batch.size() < BATCH) {
          break;
        }
        after = batch.get(batch.size() - 1).getId();
      }
    }
    return count;
  }

  private static String gender(String gender) {
    return gender == null ? null : gender.equals("MALE") ? "男" : "女";
  }

  /** The cipher, for rows written before masked forms were stored. */
  private FieldCipher cipher() {
    FieldCipher cipher = ciphers.getIfAvailable();
    if (cipher == null) {
      throw new LinliException(ErrorCode.ENCRYPTION_NOT_CONFIGURED);
    }
    return cipher;
  }

  /** Building, unit and room of every household. */
  private Map<Long, String[]> places() {
    Map<Long, RegistryPlaces.Place> byRoom = registryPlaces.byRoom();
    Map<Long, String[]> result = new HashMap<>();
    for (HouseholdEntity h : households.listAll()) {
      RegistryPlaces.Place p = byRoom.get(h.getRoomId());
      if (p != null) {
        result.put(h.getId(), new String[] {p.building(), p.unit(), p.room()});
      }
    }
    return result;
  }

  private long requireDataAdmin(Actor actor) {
    long communityId = requireEncryption(actor);
    if (!actor.has(CommunityRole.DATA_ADMIN) || actor.credential() != CredentialKind.SESSION) {
      throw new ForbiddenException();
    }
    return communityId;
  }

  private long requireEncryption(Actor actor) {
    long communityId = actor.requireCommunity();
    encryption.require();
    return communityId;
  }

  private ExportRequestEntity find(long id) {
    ExportRequestEntity r = requests.selectById(id);
    if (r == null) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    return r;
  }

  private static ExportRequestView view(ExportRequestEntity r) {
    return new ExportRequestView(
        r.getId(),
        r.getStatus(),
        r.getRequestedBy(),
        r.getApprovedBy(),
        r.getReason(),
        r.getExpiresAt() == null ? null : r.getExpiresAt().toInstant(ZoneOffset.UTC),
        r.getCreatedAt() == null ? null : r.getCreatedAt().toInstant(ZoneOffset.UTC));
  }
}
