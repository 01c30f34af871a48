package org.linli.service.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linli.persistence.common.PageSlice;
import org.linli.persistence.common.crypto.BlindIndex;
import org.linli.persistence.resident.BuildingEntity;
import org.linli.persistence.resident.BuildingMapper;
import org.linli.persistence.resident.BuildingUnitEntity;
import org.linli.persistence.resident.BuildingUnitMapper;
import org.linli.persistence.resident.HouseholdEntity;
import org.linli.persistence.resident.HouseholdMapper;
import org.linli.persistence.resident.OwnershipEntity;
import org.linli.persistence.resident.OwnershipMapper;
import org.linli.persistence.resident.ResidentEntity;
import org.linli.persistence.resident.ResidentMapper;
import org.linli.persistence.resident.RoomEntity;
import org.linli.persistence.resident.RoomMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.ForbiddenException;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.resident.RegistryViews.BuildingView;
import org.linli.service.resident.RegistryViews.HouseholdView;
import org.linli.service.resident.RegistryViews.OwnershipView;
import org.linli.service.resident.RegistryViews.RoomCommand;
import org.linli.service.resident.RegistryViews.RoomView;
import org.linli.service.resident.RegistryViews.UnitView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident registry (居民数据) of the current community, for staff and data admins.
 *
 * <p>Privacy rules (PIPL, GB/T 35273): ID numbers, phones and notes are encrypted at rest (type
 * handler) with blind indexes for exact search; every answer is masked on the server; only a data
 * admin may reveal one field of one person, with a reason, and every reveal, change and sensitive
 * search is audit-logged; residents under 14 need a guardian and are visible to data admins only.
 */
@Service
public class ResidentService {

  private final BuildingMapper buildings;
  private final BuildingUnitMapper units;
  private final RoomMapper rooms;
  private final HouseholdMapper households;
  private final ResidentMapper residents;
  private final OwnershipMapper ownerships;
  private final RegistryEncryption encryption;
  private final AuditService audit;
  private final CareTagService careTags;
  private final Clock clock;

  public ResidentService(
      BuildingMapper buildings,
      BuildingUnitMapper units,
      RoomMapper rooms,
      HouseholdMapper households,
      ResidentMapper residents,
      OwnershipMapper ownerships,
      RegistryEncryption encryption,
      AuditService audit,
      CareTagService careTags,
      Clock clock) {
    this.buildings = buildings;
    this.units = units;
    this.rooms = rooms;
    this.households = households;
    this.residents = residents;
    this.ownerships = ownerships;
    this.encryption = encryption;
    this.audit = audit;
    this.careTags = careTags;
    this.clock = clock;
  }

  /**
   * The phone number of the resident bound to {@code userId} in the current community, for a
   * disclosure the user chose (e.g. to the other side of an exchange of help). The caller logs the
   * disclosure; never log the number.
   *
   * @return empty when the user is bound to no resident or the resident has no phone
   */
  @Transactional(readOnly = true)
  public java.util.Optional<String> boundPhone(long userId) {
    ResidentEntity r = residents.findByUser(userId);
    return r == null || r.getPhone() == null || r.getPhone().isBlank()
        ? java.util.Optional.empty()
        : java.util.Optional.of(r.getPhone());
  }

  // ---------------------------------------------------------------- places

  /** Buildings with their units. */
  @Transactional(readOnly = true)
  public List<BuildingView> buildings(Actor actor) {
    requireRegistryRole(actor);
    List<BuildingUnitEntity> allUnits = units.listAll();
    return buildings.listAll().stream()
        .map(
            b ->
                new BuildingView(
                    b.getId(),
                    b.getName(),
                    allUnits.stream()
                        .filter(u -> u.getBuildingId().equals(b.getId()))
                        .map(ResidentService::unitView)
                        .toList()))
        .toList();
  }

  @Transactional
  public BuildingView createBuilding(Actor actor, String name) {
    long communityId = requireRegistryRole(actor);
    BuildingEntity b = new BuildingEntity();
    b.setCommunityId(communityId);
    b.setName(name.strip());
    insertUnique(() -> buildings.insert(b));
    record(actor, "BUILDING_CREATED", "BUILDING", b.getId(), null);
    return new BuildingView(b.getId(), b.getName(), List.of());
  }

  @Transactional
  public UnitView createUnit(Actor actor, long buildingId, String name) {
    long communityId = requireRegistryRole(actor);
    if (buildings.selectById(buildingId) == null) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    BuildingUnitEntity u = new BuildingUnitEntity();
    u.setCommunityId(communityId);
    u.setBuildingId(buildingId);
    u.setName(name.strip());
    insertUnique(() -> units.insert(u));
    record(actor, "UNIT_CREATED", "UNIT", u.getId(), null);
    return unitView(u);
  }

  @Transactional
  public RoomView createRoom(Actor actor, long unitId, RoomCommand command) {
    long communityId = requireRegistryRole(actor);
    BuildingUnitEntity unit = units.selectById(unitId);
    if (unit == null) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    RoomEntity r = new RoomEntity();
    r.setCommunityId(communityId);
    r.setBuildingId(unit.getBuildingId());
    r.setUnitId(unitId);
    r.setNumber(command.number().strip());
    r.setFloor(command.floor());
    r.setAreaCentiM2(command.areaCentiM2());
    r.setAreaSource(command.areaSource());
    r.setDeveloperUnsold(command.developerUnsold());
    insertUnique(() -> rooms.insert(r));
    record(actor, "ROOM_CREATED", "ROOM", r.getId(), null);
    return roomView(r);
  }

  @Transactional(readOnly = true)
  public List<RoomView> rooms(Actor actor, Long buildingId, Long unitId) {
    requireRegistryRole(actor);
    return rooms.list(buildingId, unitId).stream().map(ResidentService::roomView).toList();
  }

  @Transactional
  public HouseholdView createHousehold(Actor actor, long roomId) {
    long communityId = requireRegistryRole(actor);
    if (rooms.selectById(roomId) == null) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    HouseholdEntity h = new HouseholdEntity();
    h.setCommunityId(communityId);
    h.setRoomId(roomId);
    households.insert(h);
    record(actor, "HOUSEHOLD_CREATED", "HOUSEHOLD", h.getId(), "room " + roomId);
    return new HouseholdView(h.getId(), roomId);
  }

  @Transactional
  public OwnershipView addOwner(Actor actor, long roomId, long residentId) {
    long communityId = requireRegistryRole(actor);
    if (rooms.selectById(roomId) == null) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    usableResident(actor, residentId);
    OwnershipEntity o = new OwnershipEntity();
    o.setCommunityId(communityId);
    o.setRoomId(roomId);
    o.setResidentId(residentId);
    insertUnique(() -> ownerships.insert(o));
    record(actor, "OWNER_ADDED", "RESIDENT", residentId, "room " + roomId);
    return new OwnershipView(o.getId(), roomId, residentId);
  }

  // ---------------------------------------------------------------- residents

  /**
   * Adds a resident. The ID number is checked (GB 11643) and gives the birth date and gender; a
   * resident under 14 needs a guardian who is already registered.
   *
   * @throws InvalidFieldsException listing every invalid field
   * @throws LinliException {@code REGISTRY_DUPLICATE} when the ID number is already registered
   */
  @Transactional
  public ResidentView create(Actor actor, ResidentCommand c) {
    long communityId = requireRegistryRole(actor);
    List<InvalidFieldsException.Violation> problems = new ArrayList<>();
    LocalDate birthDate = c.birthDate();
    Gender gender = c.gender();
    String idNumber = null;
    if (c.idNumber() != null && !c.idNumber().isBlank()) {
      ChineseIdNumber.Result id = ChineseIdNumber.parse(c.idNumber());
      if (!id.valid()) {
        problems.add(
            new InvalidFieldsException.Violation(
                "idNumber", "ID_NUMBER_" + id.problem(), "invalid ID number"));
      } else {
        idNumber = id.normalized();
        if (birthDate != null && !birthDate.equals(id.birthDate())) {
          problems.add(
              new InvalidFieldsException.Violation(
                  "birthDate", "BIRTH_DATE_MISMATCH", "birth date disagrees with the ID number"));
        }
        birthDate = id.birthDate();
        gender = gender == null ? id.gender() : gender;
      }
    }
    String phone = null;
    if (c.phone() != null && !c.phone().isBlank()) {
      Optional<String> normalized = PhoneNumber.normalizeMobile(c.phone());
      if (normalized.isEmpty()) {
        problems.add(
            new InvalidFieldsException.Violation(
                "phone", "PHONE_INVALID", "not a mainland mobile number"));
      } else {
        phone = normalized.get();
      }
    }
    LocalDate today = LocalDate.now(clock);
    if (birthDate != null && birthDate.isAfter(today)) {
      problems.add(
          new InvalidFieldsException.Violation(
              "birthDate", "OUT_OF_RANGE", "birth date in the future"));
    }
    boolean minor = birthDate != null && ChineseIdNumber.isUnder14(birthDate, today);
    if (minor && c.guardianId() == null) {
      problems.add(
          new InvalidFieldsException.Violation(
              "guardianId", "GUARDIAN_REQUIRED", "a resident under 14 needs a guardian"));
    }
    if (c.guardianId() != null && residents.selectById(c.guardianId()) == null) {
      problems.add(
          new InvalidFieldsException.Violation(
              "guardianId", "UNKNOWN_RESIDENT", "no such resident"));
    }
    if (c.householdId() != null && households.selectById(c.householdId()) == null) {
      problems.add(
          new InvalidFieldsException.Violation(
              "householdId", "UNKNOWN_HOUSEHOLD", "no such household"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    List<String> tags = careTags.requireKnown(communityId, c.tags(), Set.of());
    ResidentEntity r = new ResidentEntity();
    r.setCommunityId(communityId);
    r.setHouseholdId(c.householdId());
    r.setName(c.name().strip());
    r.setGender(gender == null ? null : gender.name());
    r.setBirthDate(birthDate);
    r.setIdNumber(idNumber);
    r.setIdNumberBidx(blindIndex().of(idNumber));
    r.setIdNumberMasked(idNumber == null ? null : Masking.idNumber(idNumber));
    r.setPhone(phone);
    r.setPhoneBidx(blindIndex().of(phone));
    r.setPhoneMasked(phone == null ? null : Masking.phone(phone));
    r.setRelation(c.relation());
    r.setResidenceKind(c.residenceKind());
    r.setMoveInDate(c.moveInDate());
    r.setTags(tags.isEmpty() ? null : String.join(",", tags));
    r.setNotes(c.notes() == null || c.notes().isBlank() ? null : c.notes().strip());
    r.setGuardianId(c.guardianId());
    insertUnique(() -> residents.insert(r));
    record(actor, "RESIDENT_CREATED", "RESIDENT", r.getId(), "fields " + filledFields(r));
    return view(r, today);
  }

  /**
   * Residents matching the criteria, masked; minors only for data admins. Residents whose
   * processing is restricted are left out, unless a data admin asks for them alone ({@code
   * criteria.restricted()}).
   *
   * @throws ForbiddenException when anyone but a data admin asks for restricted residents
   */
  @Transactional
  public PageView<ResidentView> search(
      Actor actor, ResidentSearchCriteria criteria, PageRequest page) {
    requireRegistryRole(actor);
    if (criteria.restricted() && !actor.has(CommunityRole.DATA_ADMIN)) {
      throw new ForbiddenException();
    }
    LocalDate today = LocalDate.now(clock);
    String idBidx = null;
    if (criteria.idNumber() != null && !criteria.idNumber().isBlank()) {
      ChineseIdNumber.Result id = ChineseIdNumber.parse(criteria.idNumber());
      idBidx = blindIndex().of(id.valid() ? id.normalized() : criteria.idNumber());
    }
    String phoneBidx = null;
    if (criteria.phone() != null && !criteria.phone().isBlank()) {
      phoneBidx =
          blindIndex().of(PhoneNumber.normalizeMobile(criteria.phone()).orElse(criteria.phone()));
    }
    List<Long> householdIds = null;
    if (criteria.buildingId() != null) {
      List<Long> roomIds =
          rooms.list(criteria.buildingId(), null).stream().map(RoomEntity::getId).toList();
      householdIds = households.idsInRooms(roomIds);
    }
    PageSlice<ResidentEntity> result =
        residents.search(
            criteria.restricted(),
            blankToNull(criteria.namePrefix()),
            idBidx,
            phoneBidx,
            blankToNull(criteria.tag()),
            householdIds,
            seesMinors(actor) ? null : today.minusYears(14),
            page.page(),
            page.size());
    if (idBidx != null || phoneBidx != null) {
      record(
          actor,
          "RESIDENT_SEARCHED",
          "RESIDENT",
          null,
          "by " + (idBidx != null ? "ID number" : "phone") + ", " + result.total() + " found");
    }
    return new PageView<>(
        result.records().stream().map(r -> view(r, today)).toList(),
        page.page(),
        page.size(),
        result.total());
  }

  /** One resident, masked; a restricted one only for data admins (marked restricted). */
  @Transactional(readOnly = true)
  public ResidentView get(Actor actor, long residentId) {
    requireRegistryRole(actor);
    return view(visibleResident(actor, residentId), LocalDate.now(clock));
  }

  /**
   * Corrects a resident; only the given fields change, and the audit log names them.
   *
   * @throws LinliException {@code CONCURRENT_UPDATE} when the resident changed since {@code
   *     version} was read
   */
  @Transactional
  public ResidentView update(Actor actor, long residentId, ResidentUpdate u) {
    long communityId = requireRegistryRole(actor);
    ResidentEntity r = usableResident(actor, residentId);
    if (r.getVersion() == null || r.getVersion() != u.version()) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    List<String> changed = new ArrayList<>();
    List<InvalidFieldsException.Violation> problems = new ArrayList<>();
    if (u.name() != null) {
      r.setName(u.name().strip());
      changed.add("name");
    }
    if (u.phone() != null) {
      if (u.phone().isBlank()) {
        r.setPhone(null);
        r.setPhoneBidx(null);
        r.setPhoneMasked(null);
      } else {
        Optional<String> phone = PhoneNumber.normalizeMobile(u.phone());
        if (phone.isEmpty()) {
          problems.add(
              new InvalidFieldsException.Violation(
                  "phone", "PHONE_INVALID", "not a mainland mobile number"));
        } else {
          r.setPhone(phone.get());
          r.setPhoneBidx(blindIndex().of(phone.get()));
          r.setPhoneMasked(Masking.phone(phone.get()));
        }
      }
      changed.add("phone");
    }
    if (u.householdId() != null) {
      if (households.selectById(u.householdId()) == null) {
        problems.add(
            new InvalidFieldsException.Violation(
                "householdId", "UNKNOWN_HOUSEHOLD", "no such household"));
      }
      r.setHouseholdId(u.householdId());
      changed.add("householdId");
    }
    if (u.relation() != null) {
      r.setRelation(u.relation());
      changed.add("relation");
    }
    if (u.residenceKind() != null) {
      r.setResidenceKind(u.residenceKind());
      changed.add("residenceKind");
    }
    if (u.moveOutDate() != null) {
      if (r.getMoveInDate() != null && u.moveOutDate().isBefore(r.getMoveInDate())) {
        problems.add(
            new InvalidFieldsException.Violation(
                "moveOutDate", "OUT_OF_RANGE", "before the move-in date"));
      }
      r.setMoveOutDate(u.moveOutDate());
      changed.add("moveOutDate");
    }
    List<String> tags = null;
    if (u.tags() != null) {
      tags =
          careTags.requireKnown(
              communityId,
              u.tags(),
              r.getTags() == null ? Set.of() : Set.of(r.getTags().split(",")));
      changed.add("tags");
    }
    if (u.notes() != null) {
      r.setNotes(u.notes().isBlank() ? null : u.notes().strip());
      changed.add("notes");
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    if (tags != null) {
      r.setTags(tags.isEmpty() ? null : String.join(",", tags));
    }
    if (!changed.isEmpty()) {
      if (residents.updateById(r) != 1) {
        throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
      }
      record(
          actor, "RESIDENT_CHANGED", "RESIDENT", residentId, "fields " + String.join(",", changed));
    }
    return view(residents.selectById(residentId), LocalDate.now(clock));
  }

  /** Removes a resident and their ownerships. */
  @Transactional
  public void delete(Actor actor, long residentId) {
    requireRegistryRole(actor);
    visibleResident(actor, residentId);
    ownerships.deleteOfResident(residentId);
    residents
        .wardsOf(residentId)
        .forEach(
            ward -> {
              ward.setGuardianId(null);
              residents.updateById(ward);
            });
    residents.deleteById(residentId);
    record(actor, "RESIDENT_DELETED", "RESIDENT", residentId, null);
  }

  /**
   * Reveals one field of one resident in full. Data admins only, with a reason; audit-logged.
   *
   * @return the value, or {@code null} when not recorded
   */
  @Transactional
  public String reveal(Actor actor, long residentId, RevealField field, String reason) {
    actor.requireCommunity();
    if (!actor.has(CommunityRole.DATA_ADMIN)) {
      throw new ForbiddenException();
    }
    blindIndex();
    ResidentEntity r = usableResident(actor, residentId);
    String value =
        switch (field) {
          case NAME -> r.getName();
          case ID_NUMBER -> r.getIdNumber();
          case PHONE -> r.getPhone();
          case NOTES -> r.getNotes();
        };
    record(
        actor, "RESIDENT_REVEALED", "RESIDENT", residentId, field.name() + ": " + reason.strip());
    return value;
  }

  /**
   * Restricts the processing of a resident's data (PIPL right to restrict): the record stays stored
   * but is left out of lists, search, statistics, exports, household claims and every eligibility
   * check, until lifted. Data admins only, with a reason; audit-logged. Restricting a restricted
   * resident changes nothing.
   */
  @Transactional
  public ResidentView restrict(Actor actor, long residentId, String reason) {
    requireDataAdmin(actor);
    ResidentEntity r = visibleResident(actor, residentId);
    if (r.getRestrictedAt() == null) {
      r.setRestrictedAt(java.time.LocalDateTime.now(clock));
      r.setRestrictedBy(actor.userId());
      r.setRestrictedReason(reason.strip());
      if (residents.updateById(r) != 1) {
        throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
      }
      record(actor, "RESIDENT_RESTRICTED", "RESIDENT", residentId, reason.strip());
    }
    return view(residents.selectById(residentId), LocalDate.now(clock));
  }

  /** Lifts a restriction (data admins; audit-logged). Lifting none changes nothing. */
  @Transactional
  public ResidentView lift(Actor actor, long residentId) {
    requireDataAdmin(actor);
    ResidentEntity r = visibleResident(actor, residentId);
    if (r.getRestrictedAt() != null) {
      r.setRestrictedAt(null);
      r.setRestrictedBy(null);
      r.setRestrictedReason(null);
      if (residents.updateById(r) != 1) {
        throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
      }
      record(actor, "RESIDENT_RESTRICTION_LIFTED", "RESIDENT", residentId, null);
    }
    return view(residents.selectById(residentId), LocalDate.now(clock));
  }

  /**
   * What other features' eligibility rules may know of the resident bound to {@code userId} in the
   * current community: birth date and building. Empty when the user is bound to no resident, the
   * resident moved out by {@code today}, or their processing is restricted.
   */
  @Transactional(readOnly = true)
  public Optional<EligibilityFacts> eligibility(long userId, LocalDate today) {
    ResidentMapper.EligibilityRow row = residents.eligibility(userId, today);
    return row == null
        ? Optional.empty()
        : Optional.of(new EligibilityFacts(row.birthDate(), row.buildingId()));
  }

  /**
   * The given users of the current community without those bound to a resident whose processing is
   * restricted (for audiences other features count or notify), in the given order.
   */
  @Transactional(readOnly = true)
  public List<Long> withoutRestricted(List<Long> userIds) {
    if (userIds.isEmpty()) {
      return userIds;
    }
    Set<Long> restricted = new HashSet<>(residents.restrictedUserIds());
    return restricted.isEmpty()
        ? userIds
        : userIds.stream().filter(id -> !restricted.contains(id)).toList();
  }

  /** Birth date (may be null) and building (null when not placed) of a resident. */
  public record EligibilityFacts(LocalDate birthDate, Long buildingId) {}

  /** The field catalogue (staff, data admins, auditors). */
  public List<RegistryField> catalogue(Actor actor) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN, CommunityRole.AUDITOR);
    return List.of(RegistryField.values());
  }

  // ---------------------------------------------------------------- helpers

  private long requireRegistryRole(Actor actor) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
    blindIndex();
    return actor.requireCommunity();
  }

  /**
   * The blind index; its presence means field encryption is configured.
   *
   * @throws LinliException {@code ENCRYPTION_NOT_CONFIGURED} (503) without keys
   */
  private BlindIndex blindIndex() {
    return encryption.require();
  }

  private void requireDataAdmin(Actor actor) {
    actor.requireCommunity();
    if (!actor.has(CommunityRole.DATA_ADMIN)) {
      throw new ForbiddenException();
    }
    blindIndex();
  }

  private static boolean seesMinors(Actor actor) {
    return actor.has(CommunityRole.DATA_ADMIN);
  }

  /**
   * The resident, or 404 when absent, in another community, or a minor or restricted resident the
   * actor may not see (only data admins see them).
   */
  private ResidentEntity visibleResident(Actor actor, long residentId) {
    ResidentEntity r = residents.selectById(residentId);
    if (r == null
        || (r.getRestrictedAt() != null && !actor.has(CommunityRole.DATA_ADMIN))
        || (!seesMinors(actor)
            && r.getBirthDate() != null
            && ChineseIdNumber.isUnder14(r.getBirthDate(), LocalDate.now(clock)))) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    return r;
  }

  /**
   * A visible resident whose data may be processed.
   *
   * @throws LinliException {@code RESIDENT_RESTRICTED} (409) when processing is restricted
   */
  private ResidentEntity usableResident(Actor actor, long residentId) {
    ResidentEntity r = visibleResident(actor, residentId);
    if (r.getRestrictedAt() != null) {
      throw new LinliException(ErrorCode.RESIDENT_RESTRICTED);
    }
    return r;
  }

  private void record(
      Actor actor, String action, String subjectType, Long subjectId, String detail) {
    audit.record(
        AuditEvent.by(actor, actor.requireCommunity(), action, subjectType, subjectId, detail));
  }

  private static void insertUnique(Runnable insert) {
    try {
      insert.run();
    } catch (DuplicateKeyException e) {
      throw new LinliException(ErrorCode.REGISTRY_DUPLICATE);
    }
  }

  private static String filledFields(ResidentEntity r) {
    List<String> fields = new ArrayList<>(List.of("name"));
    if (r.getIdNumber() != null) {
      fields.add("idNumber");
    }
    if (r.getPhone() != null) {
      fields.add("phone");
    }
    if (r.getNotes() != null) {
      fields.add("notes");
    }
    return String.join(",", fields);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static ResidentView view(ResidentEntity r, LocalDate today) {
    Integer birthYear = r.getBirthDate() == null ? null : r.getBirthDate().getYear();
    String ageBand = null;
    if (r.getBirthDate() != null) {
      int age = ChineseIdNumber.ageOn(r.getBirthDate(), today);
      int low = age / 10 * 10;
      ageBand = low + "-" + (low + 9);
    }
    return new ResidentView(
        r.getId(),
        r.getHouseholdId(),
        Masking.name(r.getName()),
        r.getGender() == null ? null : Gender.valueOf(r.getGender()),
        birthYear,
        ageBand,
        r.getIdNumber() == null ? null : Masking.idNumber(r.getIdNumber()),
        r.getPhone() == null ? null : Masking.phone(r.getPhone()),
        r.getRelation(),
        r.getResidenceKind(),
        r.getMoveInDate(),
        r.getMoveOutDate(),
        r.getTags() == null ? List.of() : Arrays.asList(r.getTags().split(",")),
        r.getNotes() != null,
        r.getBirthDate() != null && ChineseIdNumber.isUnder14(r.getBirthDate(), today),
        r.getGuardianId(),
        r.getVersion() == null ? 0 : r.getVersion(),
        r.getRestrictedAt() == null ? null : r.getRestrictedAt().toInstant(ZoneOffset.UTC),
        r.getRestrictedReason());
  }

  private static UnitView unitView(BuildingUnitEntity u) {
    return new UnitView(u.getId(), u.getBuildingId(), u.getName());
  }

  private static RoomView roomView(RoomEntity r) {
    return new RoomView(
        r.getId(),
        r.getBuildingId(),
        r.getUnitId(),
        r.getNumber(),
        r.getFloor(),
        r.getAreaCentiM2(),
        r.getAreaSource(),
        Boolean.TRUE.equals(r.getDeveloperUnsold()));
  }

  // ---------------------------------------------------------------- bound residents (surveys)

  /**
   * The resident bound to {@code userId} in the current community, unless moved out. No role check:
   * other features use it for eligibility and never show it as such.
   *
   * @return empty when the user is bound to no resident here
   */
  @Transactional(readOnly = true)
  public Optional<BoundResidentView> boundResident(long userId) {
    return bound(userId).stream().findFirst();
  }

  /** Every resident of the current community bound to a user, unless moved out. No role check. */
  @Transactional(readOnly = true)
  public List<BoundResidentView> boundResidents() {
    return bound(null);
  }

  /** Names of the current community's buildings by id. No role check. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, String> buildingNames() {
    java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
    buildings.listAll().forEach(b -> names.put(b.getId(), b.getName()));
    return names;
  }

  /** Ids of the current community's units. No role check. */
  @Transactional(readOnly = true)
  public java.util.Set<Long> unitIds() {
    java.util.Set<Long> ids = new java.util.HashSet<>();
    units.listAll().forEach(u -> ids.add(u.getId()));
    return ids;
  }

  private List<BoundResidentView> bound(Long userId) {
    java.util.Map<Long, java.util.Set<Long>> ownedBuildings = new java.util.HashMap<>();
    java.util.Map<Long, java.util.Set<Long>> ownedUnits = new java.util.HashMap<>();
    for (org.linli.persistence.resident.OwnedPlaceRow o : residents.ownedPlaces(userId)) {
      ownedBuildings
          .computeIfAbsent(o.userId(), k -> new java.util.HashSet<>())
          .add(o.buildingId());
      ownedUnits.computeIfAbsent(o.userId(), k -> new java.util.HashSet<>()).add(o.unitId());
    }
    return residents.boundResidents(userId, LocalDate.now(clock)).stream()
        .map(
            r ->
                new BoundResidentView(
                    r.userId(),
                    r.householdId(),
                    r.buildingId(),
                    r.unitId(),
                    r.birthDate(),
                    r.residenceKind(),
                    ownedBuildings.getOrDefault(r.userId(), java.util.Set.of()),
                    ownedUnits.getOrDefault(r.userId(), java.util.Set.of())))
        .toList();
  }
}
