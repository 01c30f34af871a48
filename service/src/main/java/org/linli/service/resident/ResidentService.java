package org.linli.service.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
      Clock clock) {
    this.buildings = buildings;
    this.units = units;
    this.rooms = rooms;
    this.households = households;
    this.residents = residents;
    this.ownerships = ownerships;
    this.encryption = encryption;
    this.audit = audit;
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
    visibleResident(actor, residentId);
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
    ResidentEntity r = new ResidentEntity();
    r.setCommunityId(communityId);
    r.setHouseholdId(c.householdId());
    r.setName(c.name().strip());
    r.setGender(gender == null ? null : gender.name());
    r.setBirthDate(birthDate);
    r.setIdNumber(idNumber);
    r.setIdNumberBidx(blindIndex().of(idNumber));
    r.setPhone(phone);
    r.setPhoneBidx(blindIndex().of(phone));
    r.setRelation(c.relation());
    r.setResidenceKind(c.residenceKind());
    r.setMoveInDate(c.moveInDate());
    r.setTags(joinTags(c.tags()));
    r.setNotes(c.notes() == null || c.notes().isBlank() ? null : c.notes().strip());
    r.setGuardianId(c.guardianId());
    insertUnique(() -> residents.insert(r));
    record(actor, "RESIDENT_CREATED", "RESIDENT", r.getId(), "fields " + filledFields(r));
    return view(r, today);
  }

  /** Residents matching the criteria, masked; minors only for data admins. */
  @Transactional
  public PageView<ResidentView> search(
      Actor actor, ResidentSearchCriteria criteria, PageRequest page) {
    requireRegistryRole(actor);
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

  /** One resident, masked. */
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
    requireRegistryRole(actor);
    ResidentEntity r = visibleResident(actor, residentId);
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
      } else {
        Optional<String> phone = PhoneNumber.normalizeMobile(u.phone());
        if (phone.isEmpty()) {
          problems.add(
              new InvalidFieldsException.Violation(
                  "phone", "PHONE_INVALID", "not a mainland mobile number"));
        } else {
          r.setPhone(phone.get());
          r.setPhoneBidx(blindIndex().of(phone.get()));
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
    if (u.tags() != null) {
      r.setTags(joinTags(u.tags()));
      changed.add("tags");
    }
    if (u.notes() != null) {
      r.setNotes(u.notes().isBlank() ? null : u.notes().strip());
      changed.add("notes");
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
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
    ResidentEntity r = visibleResident(actor, residentId);
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

  private static boolean seesMinors(Actor actor) {
    return actor.has(CommunityRole.DATA_ADMIN);
  }

  /** The resident, or 404 when absent, in another community, or a minor the actor may not see. */
  private ResidentEntity visibleResident(Actor actor, long residentId) {
    ResidentEntity r = residents.selectById(residentId);
    if (r == null
        || (!seesMinors(actor)
            && r.getBirthDate() != null
            && ChineseIdNumber.isUnder14(r.getBirthDate(), LocalDate.now(clock)))) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
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

  private static String joinTags(List<String> tags) {
    if (tags == null || tags.isEmpty()) {
      return null;
    }
    List<String> clean =
        tags.stream()
            .map(String::strip)
            .filter(t -> !t.isEmpty() && !t.contains(","))
            .distinct()
            .toList();
    return clean.isEmpty() ? null : String.join(",", clean);
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
        r.getVersion() == null ? 0 : r.getVersion());
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
}
