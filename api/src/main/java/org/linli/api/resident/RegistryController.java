package org.linli.api.resident;

import java.time.ZoneOffset;
import org.linli.api.common.CurrentActor;
import org.linli.api.common.Downloads;
import org.linli.api.common.Problems;
import org.linli.contract.api.RegistryApi;
import org.linli.contract.model.AreaByPlaceDto;
import org.linli.contract.model.AreaSourceDto;
import org.linli.contract.model.BuildingDto;
import org.linli.contract.model.BuildingListDto;
import org.linli.contract.model.BuildingRequestDto;
import org.linli.contract.model.BuildingUnitDto;
import org.linli.contract.model.CareTagDto;
import org.linli.contract.model.CareTagListDto;
import org.linli.contract.model.CareTagRequestDto;
import org.linli.contract.model.CareTagUpdateDto;
import org.linli.contract.model.CatalogueEntryDto;
import org.linli.contract.model.ClaimApprovalDto;
import org.linli.contract.model.ClaimStatusDto;
import org.linli.contract.model.CorrectionOutcomeDto;
import org.linli.contract.model.CorrectionRequestDto;
import org.linli.contract.model.CorrectionRequestListDto;
import org.linli.contract.model.CountByKeyDto;
import org.linli.contract.model.ExportRequestCreateDto;
import org.linli.contract.model.ExportRequestDto;
import org.linli.contract.model.ExportRequestListDto;
import org.linli.contract.model.FieldCatalogueDto;
import org.linli.contract.model.GenderDto;
import org.linli.contract.model.HouseholdClaimDto;
import org.linli.contract.model.HouseholdClaimListDto;
import org.linli.contract.model.HouseholdDto;
import org.linli.contract.model.ImportProblemDto;
import org.linli.contract.model.ImportReportDto;
import org.linli.contract.model.OwnerRequestDto;
import org.linli.contract.model.OwnershipDto;
import org.linli.contract.model.RegistryStatisticsDto;
import org.linli.contract.model.RelationDto;
import org.linli.contract.model.ResidenceKindDto;
import org.linli.contract.model.ResidentDto;
import org.linli.contract.model.ResidentPageDto;
import org.linli.contract.model.ResidentRequestDto;
import org.linli.contract.model.ResidentSearchDto;
import org.linli.contract.model.ResidentUpdateDto;
import org.linli.contract.model.RestrictionRequestDto;
import org.linli.contract.model.RevealRequestDto;
import org.linli.contract.model.RevealedFieldDto;
import org.linli.contract.model.RoomDto;
import org.linli.contract.model.RoomListDto;
import org.linli.contract.model.RoomRequestDto;
import org.linli.contract.model.UnitRequestDto;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.common.SpreadsheetWriter;
import org.linli.service.resident.CareTagService;
import org.linli.service.resident.CareTagView;
import org.linli.service.resident.CorrectionService;
import org.linli.service.resident.ExportRequestView;
import org.linli.service.resident.Gender;
import org.linli.service.resident.HouseholdClaimService;
import org.linli.service.resident.ImportReport;
import org.linli.service.resident.RegistryExportService;
import org.linli.service.resident.RegistryImportService;
import org.linli.service.resident.RegistryProperties;
import org.linli.service.resident.RegistryStatisticsView;
import org.linli.service.resident.RegistryViews.BuildingView;
import org.linli.service.resident.RegistryViews.RoomCommand;
import org.linli.service.resident.RegistryViews.RoomView;
import org.linli.service.resident.RegistryViews.UnitView;
import org.linli.service.resident.ResidentCommand;
import org.linli.service.resident.ResidentSearchCriteria;
import org.linli.service.resident.ResidentService;
import org.linli.service.resident.ResidentUpdate;
import org.linli.service.resident.ResidentView;
import org.linli.service.resident.RevealField;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The resident registry: places, residents (always masked) and audited reveals. */
@RestController
class RegistryController implements RegistryApi {

  private final ResidentService registry;
  private final HouseholdClaimService claims;
  private final RegistryImportService imports;
  private final RegistryExportService exports;
  private final RegistryProperties retention;
  private final CorrectionService corrections;
  private final CareTagService careTags;
  private final Problems problems;
  private final CurrentActor currentActor;

  RegistryController(
      ResidentService registry,
      HouseholdClaimService claims,
      RegistryImportService imports,
      RegistryExportService exports,
      RegistryProperties retention,
      CorrectionService corrections,
      CareTagService careTags,
      Problems problems,
      CurrentActor currentActor) {
    this.registry = registry;
    this.claims = claims;
    this.imports = imports;
    this.exports = exports;
    this.retention = retention;
    this.corrections = corrections;
    this.careTags = careTags;
    this.problems = problems;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<CorrectionRequestListDto> listCorrectionRequests(
      Long xCommunityId, String status) {
    if (status != null && !java.util.Set.of("OPEN", "CORRECTED", "REJECTED").contains(status)) {
      throw new org.linli.service.common.InvalidFieldsException(
          "status", "INVALID", "unknown status");
    }
    CorrectionRequestListDto dto = new CorrectionRequestListDto();
    dto.setItems(new java.util.ArrayList<>());
    corrections
        .list(currentActor.get(), status)
        .forEach(r -> dto.addItemsItem(RegistryDtos.correction(r)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<CorrectionRequestDto> resolveCorrectionRequest(
      Long requestId, CorrectionOutcomeDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        RegistryDtos.correction(
            corrections.resolve(
                currentActor.get(),
                requestId,
                body.getOutcome() == CorrectionOutcomeDto.OutcomeEnum.CORRECTED,
                body.getNote())));
  }

  @Override
  public ResponseEntity<FieldCatalogueDto> getRegistryFieldCatalogue(Long xCommunityId) {
    FieldCatalogueDto dto =
        new FieldCatalogueDto().retentionAfterMoveOut(retention.retentionAfterMoveOut().toString());
    dto.setItems(new java.util.ArrayList<>());
    registry
        .catalogue(currentActor.get())
        .forEach(
            f ->
                dto.addItemsItem(
                    new CatalogueEntryDto()
                        .field(f.name())
                        .sensitive(f.sensitive())
                        .encrypted(f.encrypted())
                        .masked(f.masked())
                        .legalBasis(f.legalBasis())
                        .purpose(f.purpose())
                        .retention(f.retention())));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<Resource> exportResidentsMasked(Long xCommunityId, String format) {
    SpreadsheetWriter.Format chosen = Downloads.format(format);
    return Downloads.spreadsheet(
        "residents", chosen, out -> exports.exportMasked(currentActor.get(), chosen, out));
  }

  @Override
  public ResponseEntity<ExportRequestListDto> listExportRequests(Long xCommunityId) {
    ExportRequestListDto dto = new ExportRequestListDto();
    dto.setItems(new java.util.ArrayList<>());
    exports.list(currentActor.get()).forEach(r -> dto.addItemsItem(exportRequest(r)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<ExportRequestDto> requestUnmaskedExport(
      ExportRequestCreateDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(exportRequest(exports.request(currentActor.get(), body.getReason())));
  }

  @Override
  public ResponseEntity<ExportRequestDto> approveExportRequest(Long requestId, Long xCommunityId) {
    return ResponseEntity.ok(exportRequest(exports.approve(currentActor.get(), requestId)));
  }

  @Override
  public ResponseEntity<Resource> downloadUnmaskedExport(
      Long requestId, Long xCommunityId, String format) {
    SpreadsheetWriter.Format chosen = Downloads.format(format);
    return Downloads.spreadsheet(
        "residents-unmasked-" + requestId,
        chosen,
        out -> exports.downloadUnmasked(currentActor.get(), requestId, chosen, out));
  }

  private static ExportRequestDto exportRequest(ExportRequestView r) {
    return new ExportRequestDto()
        .id(r.id())
        .status(ExportRequestDto.StatusEnum.fromValue(r.status()))
        .requestedBy(r.requestedBy())
        .approvedBy(r.approvedBy())
        .reason(r.reason())
        .expiresAt(r.expiresAt() == null ? null : r.expiresAt().atOffset(java.time.ZoneOffset.UTC))
        .createdAt(r.createdAt() == null ? null : r.createdAt().atOffset(java.time.ZoneOffset.UTC));
  }

  @Override
  public ResponseEntity<ImportReportDto> importResidents(
      MultipartFile file, Long xCommunityId, Boolean dryRun, String mapping) {
    ImportReport report;
    try {
      report =
          imports.importSheet(
              currentActor.get(),
              file.getInputStream(),
              file.getOriginalFilename(),
              mapping,
              dryRun == null || dryRun);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ImportReportDto dto =
        new ImportReportDto()
            .dryRun(report.dryRun())
            .rows(report.rows())
            .valid(report.valid())
            .invalid(report.invalid())
            .imported(report.imported());
    dto.setProblems(new java.util.ArrayList<>());
    report
        .problems()
        .forEach(
            p ->
                dto.addProblemsItem(
                    new ImportProblemDto()
                        .row(p.row())
                        .field(p.field())
                        .code(p.code())
                        .message(problems.fieldMessage(p.code(), p.code()))));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<HouseholdClaimListDto> listHouseholdClaims(
      Long xCommunityId, ClaimStatusDto status) {
    HouseholdClaimListDto dto = new HouseholdClaimListDto();
    claims
        .list(currentActor.get(), status == null ? null : status.name())
        .forEach(c -> dto.addItemsItem(RegistryDtos.claim(c)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<HouseholdClaimDto> approveHouseholdClaim(
      Long claimId, ClaimApprovalDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        RegistryDtos.claim(claims.approve(currentActor.get(), claimId, body.getResidentId())));
  }

  @Override
  public ResponseEntity<HouseholdClaimDto> rejectHouseholdClaim(Long claimId, Long xCommunityId) {
    return ResponseEntity.ok(RegistryDtos.claim(claims.reject(currentActor.get(), claimId)));
  }

  @Override
  public ResponseEntity<RegistryStatisticsDto> getRegistryStatistics(Long xCommunityId) {
    RegistryStatisticsView v = claims.statistics(currentActor.get());
    RegistryStatisticsDto dto =
        new RegistryStatisticsDto().residents(v.residents()).households(v.households());
    dto.setByBuilding(counts(v.byBuilding()));
    dto.setByAgeBand(counts(v.byAgeBand()));
    dto.setByResidenceKind(counts(v.byResidenceKind()));
    dto.setByTag(counts(v.byTag()));
    dto.setOwnership(
        v.ownership().stream()
            .map(
                a ->
                    new AreaByPlaceDto()
                        .building(a.building())
                        .unit(a.unit())
                        .ownedRooms(a.ownedRooms())
                        .owners(a.owners())
                        .areaCentiM2(a.areaCentiM2()))
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
    return ResponseEntity.ok(dto);
  }

  private static java.util.List<CountByKeyDto> counts(
      java.util.List<RegistryStatisticsView.KeyCount> counts) {
    return counts.stream()
        .map(c -> new CountByKeyDto().key(c.key()).count(c.count()))
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
  }

  @Override
  public ResponseEntity<BuildingListDto> listBuildings(Long xCommunityId) {
    BuildingListDto dto = new BuildingListDto();
    registry.buildings(currentActor.get()).forEach(b -> dto.addItemsItem(building(b)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<BuildingDto> createBuilding(BuildingRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(building(registry.createBuilding(currentActor.get(), body.getName())));
  }

  @Override
  public ResponseEntity<BuildingUnitDto> createUnit(
      Long buildingId, UnitRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(unit(registry.createUnit(currentActor.get(), buildingId, body.getName())));
  }

  @Override
  public ResponseEntity<RoomDto> createRoom(Long unitId, RoomRequestDto body, Long xCommunityId) {
    RoomCommand command =
        new RoomCommand(
            body.getNumber(),
            body.getFloor(),
            body.getAreaCentiM2(),
            body.getAreaSource().name(),
            Boolean.TRUE.equals(body.getDeveloperUnsold()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(room(registry.createRoom(currentActor.get(), unitId, command)));
  }

  @Override
  public ResponseEntity<RoomListDto> listRooms(Long xCommunityId, Long buildingId, Long unitId) {
    RoomListDto dto = new RoomListDto();
    registry.rooms(currentActor.get(), buildingId, unitId).forEach(r -> dto.addItemsItem(room(r)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<HouseholdDto> createHousehold(Long roomId, Long xCommunityId) {
    var h = registry.createHousehold(currentActor.get(), roomId);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new HouseholdDto().id(h.id()).roomId(h.roomId()));
  }

  @Override
  public ResponseEntity<OwnershipDto> addOwner(
      Long roomId, OwnerRequestDto body, Long xCommunityId) {
    var o = registry.addOwner(currentActor.get(), roomId, body.getResidentId());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new OwnershipDto().id(o.id()).roomId(o.roomId()).residentId(o.residentId()));
  }

  @Override
  public ResponseEntity<ResidentDto> createResident(ResidentRequestDto body, Long xCommunityId) {
    ResidentCommand command =
        new ResidentCommand(
            body.getHouseholdId(),
            body.getName(),
            body.getGender() == null ? null : Gender.valueOf(body.getGender().name()),
            body.getBirthDate(),
            body.getIdNumber(),
            body.getPhone(),
            body.getRelation().name(),
            body.getResidenceKind().name(),
            body.getMoveInDate(),
            body.getTags(),
            body.getNotes(),
            body.getGuardianId());
    return ResponseEntity.status(HttpStatus.CREATED)
        .cacheControl(CacheControl.noStore())
        .body(resident(registry.create(currentActor.get(), command)));
  }

  @Override
  public ResponseEntity<ResidentPageDto> searchResidents(
      ResidentSearchDto body, Long xCommunityId) {
    PageView<ResidentView> page =
        registry.search(
            currentActor.get(),
            new ResidentSearchCriteria(
                body.getNamePrefix(),
                body.getBuildingId(),
                body.getTag(),
                body.getIdNumber(),
                body.getPhone(),
                Boolean.TRUE.equals(body.getRestricted())),
            PageRequest.of(body.getPage(), body.getSize()));
    ResidentPageDto dto =
        new ResidentPageDto().page(page.page()).size(page.size()).total(page.total());
    page.items().forEach(r -> dto.addItemsItem(resident(r)));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(dto);
  }

  @Override
  public ResponseEntity<ResidentDto> getResident(Long residentId, Long xCommunityId) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(resident(registry.get(currentActor.get(), residentId)));
  }

  @Override
  public ResponseEntity<ResidentDto> updateResident(
      Long residentId, ResidentUpdateDto body, Long xCommunityId) {
    ResidentUpdate update =
        new ResidentUpdate(
            body.getVersion(),
            body.getName(),
            body.getPhone(),
            body.getHouseholdId(),
            body.getRelation() == null ? null : body.getRelation().name(),
            body.getResidenceKind() == null ? null : body.getResidenceKind().name(),
            body.getMoveOutDate(),
            body.getTags(),
            body.getNotes());
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(resident(registry.update(currentActor.get(), residentId, update)));
  }

  @Override
  public ResponseEntity<Void> deleteResident(Long residentId, Long xCommunityId) {
    registry.delete(currentActor.get(), residentId);
    return ResponseEntity.noContent().build();
  }

  @Override
  public ResponseEntity<RevealedFieldDto> revealResidentField(
      Long residentId, RevealRequestDto body, Long xCommunityId) {
    String value =
        registry.reveal(
            currentActor.get(),
            residentId,
            RevealField.valueOf(body.getField().name()),
            body.getReason());
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(new RevealedFieldDto().residentId(residentId).field(body.getField()).value(value));
  }

  @Override
  public ResponseEntity<ResidentDto> restrictResident(
      Long residentId, RestrictionRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(resident(registry.restrict(currentActor.get(), residentId, body.getReason())));
  }

  @Override
  public ResponseEntity<ResidentDto> liftResidentRestriction(Long residentId, Long xCommunityId) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(resident(registry.lift(currentActor.get(), residentId)));
  }

  @Override
  public ResponseEntity<CareTagListDto> listCareTags(Long xCommunityId, Boolean includeRetired) {
    CareTagListDto dto = new CareTagListDto();
    dto.setItems(new java.util.ArrayList<>());
    careTags
        .list(currentActor.get(), Boolean.TRUE.equals(includeRetired))
        .forEach(t -> dto.addItemsItem(careTag(t)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<CareTagDto> createCareTag(CareTagRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(careTag(careTags.create(currentActor.get(), body.getName())));
  }

  @Override
  public ResponseEntity<CareTagDto> updateCareTag(
      Long tagId, CareTagUpdateDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        careTag(
            careTags.update(
                currentActor.get(), tagId, body.getVersion(), body.getName(), body.getRetired())));
  }

  private static CareTagDto careTag(CareTagView t) {
    return new CareTagDto().id(t.id()).name(t.name()).retired(t.retired()).version(t.version());
  }

  private static BuildingDto building(BuildingView b) {
    BuildingDto dto = new BuildingDto().id(b.id()).name(b.name());
    dto.setUnits(new java.util.ArrayList<>());
    b.units().forEach(u -> dto.addUnitsItem(unit(u)));
    return dto;
  }

  private static BuildingUnitDto unit(UnitView u) {
    return new BuildingUnitDto().id(u.id()).buildingId(u.buildingId()).name(u.name());
  }

  private static RoomDto room(RoomView r) {
    return new RoomDto()
        .id(r.id())
        .buildingId(r.buildingId())
        .unitId(r.unitId())
        .number(r.number())
        .floor(r.floor())
        .areaCentiM2(r.areaCentiM2())
        .areaSource(AreaSourceDto.valueOf(r.areaSource()))
        .developerUnsold(r.developerUnsold());
  }

  private static ResidentDto resident(ResidentView v) {
    ResidentDto dto =
        new ResidentDto()
            .id(v.id())
            .householdId(v.householdId())
            .name(v.maskedName())
            .gender(v.gender() == null ? null : GenderDto.valueOf(v.gender().name()))
            .birthYear(v.birthYear())
            .ageBand(v.ageBand())
            .idNumber(v.maskedIdNumber())
            .phone(v.maskedPhone())
            .relation(RelationDto.valueOf(v.relation()))
            .residenceKind(ResidenceKindDto.valueOf(v.residenceKind()))
            .moveInDate(v.moveInDate())
            .moveOutDate(v.moveOutDate())
            .hasNotes(v.hasNotes())
            .minor(v.minor())
            .guardianId(v.guardianId())
            .version(v.version())
            .restricted(v.restricted())
            .restrictedAt(
                v.restrictedAt() == null ? null : v.restrictedAt().atOffset(ZoneOffset.UTC))
            .restrictedReason(v.restrictedReason());
    dto.setTags(new java.util.ArrayList<>(v.tags()));
    return dto;
  }
}
