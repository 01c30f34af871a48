package org.linli.service.resident;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linli.persistence.common.crypto.BlindIndex;
import org.linli.persistence.resident.BuildingEntity;
import org.linli.persistence.resident.BuildingMapper;
import org.linli.persistence.resident.BuildingUnitEntity;
import org.linli.persistence.resident.BuildingUnitMapper;
import org.linli.persistence.resident.HouseholdClaimEntity;
import org.linli.persistence.resident.HouseholdClaimMapper;
import org.linli.persistence.resident.HouseholdEntity;
import org.linli.persistence.resident.HouseholdMapper;
import org.linli.persistence.resident.KeyCountRow;
import org.linli.persistence.resident.OwnedRoomRow;
import org.linli.persistence.resident.OwnershipEntity;
import org.linli.persistence.resident.OwnershipMapper;
import org.linli.persistence.resident.RegistryStatisticsMapper;
import org.linli.persistence.resident.ResidentEntity;
import org.linli.persistence.resident.ResidentMapper;
import org.linli.persistence.resident.RoomEntity;
import org.linli.persistence.resident.RoomMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.CredentialKind;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.ForbiddenException;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.RateLimits;
import org.linli.service.community.CommunityService;
import org.linli.service.wechat.WeChatGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Residents' own side of the registry: binding a WeChat account to a registered resident with
 * WeChat's phone number (认证), seeing their own data, and the registry's aggregate statistics.
 */
@Service
public class HouseholdClaimService {

  private final BuildingMapper buildings;
  private final BuildingUnitMapper units;
  private final RoomMapper rooms;
  private final HouseholdMapper households;
  private final ResidentMapper residents;
  private final OwnershipMapper ownerships;
  private final HouseholdClaimMapper claims;
  private final RegistryStatisticsMapper statistics;
  private final RegistryEncryption encryption;
  private final WeChatGateway weChat;
  private final CommunityService communities;
  private final AuditService audit;
  private final RateLimits rateLimits;
  private final TransactionTemplate transactions;
  private final java.time.Clock clock;

  public HouseholdClaimService(
      BuildingMapper buildings,
      BuildingUnitMapper units,
      RoomMapper rooms,
      HouseholdMapper households,
      ResidentMapper residents,
      OwnershipMapper ownerships,
      HouseholdClaimMapper claims,
      RegistryStatisticsMapper statistics,
      RegistryEncryption encryption,
      WeChatGateway weChat,
      CommunityService communities,
      AuditService audit,
      RateLimits rateLimits,
      TransactionTemplate transactions,
      java.time.Clock clock) {
    this.buildings = buildings;
    this.units = units;
    this.rooms = rooms;
    this.households = households;
    this.residents = residents;
    this.ownerships = ownerships;
    this.claims = claims;
    this.statistics = statistics;
    this.encryption = encryption;
    this.weChat = weChat;
    this.communities = communities;
    this.audit = audit;
    this.rateLimits = rateLimits;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Claims a registered resident of a room with WeChat's phone number: binds at once (and verifies
   * the membership) when name, phone and room match; otherwise waits for staff. Calls WeChat, so it
   * runs outside any transaction.
   *
   * @throws InvalidFieldsException {@code UNKNOWN_ROOM} when the room does not exist
   */
  public HouseholdClaimView claim(
      Actor actor, String building, String unit, String room, String name, String phoneCode) {
    long communityId = actor.requireCommunity();
    if (actor.credential() != CredentialKind.SESSION || !actor.has(CommunityRole.RESIDENT)) {
      throw new ForbiddenException();
    }
    BlindIndex index = blindIndex();
    rateLimits.acquire(
        "household-claim:" + actor.userId(),
        5,
        java.time.Duration.ofHours(1),
        ErrorCode.RATE_LIMITED);
    RoomEntity target = transactions.execute(status -> findRoom(building, unit, room));
    if (target == null) {
      throw new InvalidFieldsException("room", "UNKNOWN_ROOM", "no such building, unit and room");
    }
    String phone = PhoneNumber.normalizeMobile(weChat.phoneNumber(phoneCode)).orElse(null);
    if (phone == null) {
      throw new InvalidFieldsException(
          "phoneCode", "PHONE_INVALID", "WeChat gave no mainland mobile");
    }
    String cleanName = name.strip();
    return transactions.execute(
        status -> {
          if (residents.findByUser(actor.userId()) != null) {
            throw new LinliException(ErrorCode.REGISTRY_DUPLICATE);
          }
          List<ResidentEntity> matches =
              residents.matchInHouseholds(
                  households.idsInRooms(List.of(target.getId())), cleanName, index.of(phone));
          HouseholdClaimEntity claim = new HouseholdClaimEntity();
          claim.setCommunityId(communityId);
          claim.setUserId(actor.userId());
          claim.setRoomId(target.getId());
          claim.setName(cleanName);
          claim.setPhone(phone);
          claim.setPhoneBidx(index.of(phone));
          if (matches.size() == 1 && matches.get(0).getUserId() == null) {
            bind(matches.get(0), actor.userId(), communityId);
            claim.setStatus("BOUND");
            claim.setResidentId(matches.get(0).getId());
          } else {
            claim.setStatus("PENDING");
          }
          claims.insert(claim);
          audit.record(
              AuditEvent.by(
                  actor,
                  communityId,
                  "HOUSEHOLD_CLAIMED",
                  "ROOM",
                  target.getId(),
                  claim.getStatus()));
          return view(claim, target);
        });
  }

  /** Claims of the current community, optionally of one status (staff, data admins). */
  @Transactional(readOnly = true)
  public List<HouseholdClaimView> list(Actor actor, String status) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
    blindIndex();
    return claims.list(status).stream().map(c -> view(c, rooms.selectById(c.getRoomId()))).toList();
  }

  /** Binds a pending claim to a registered resident of the claimed room (staff, data admins). */
  @Transactional
  public HouseholdClaimView approve(Actor actor, long claimId, long residentId) {
    long communityId = requireStaff(actor);
    HouseholdClaimEntity claim = pending(claimId);
    ResidentEntity resident = residents.selectById(residentId);
    if (resident == null
        || resident.getRestrictedAt() != null
        || resident.getHouseholdId() == null
        || !households.idsInRooms(List.of(claim.getRoomId())).contains(resident.getHouseholdId())) {
      throw new InvalidFieldsException(
          "residentId", "NOT_IN_ROOM", "the resident does not live in the claimed room");
    }
    if (resident.getUserId() != null || residents.findByUser(claim.getUserId()) != null) {
      throw new LinliException(ErrorCode.REGISTRY_DUPLICATE);
    }
    bind(resident, claim.getUserId(), communityId);
    claim.setStatus("BOUND");
    claim.setResidentId(residentId);
    if (claims.updateById(claim) != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    audit.record(
        AuditEvent.by(
            actor, communityId, "HOUSEHOLD_CLAIM_APPROVED", "RESIDENT", residentId, null));
    return view(claim, rooms.selectById(claim.getRoomId()));
  }

  /** Refuses a pending claim (staff, data admins). */
  @Transactional
  public HouseholdClaimView reject(Actor actor, long claimId) {
    long communityId = requireStaff(actor);
    HouseholdClaimEntity claim = pending(claimId);
    claim.setStatus("REJECTED");
    if (claims.updateById(claim) != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    audit.record(
        AuditEvent.by(actor, communityId, "HOUSEHOLD_CLAIM_REJECTED", "CLAIM", claimId, null));
    return view(claim, rooms.selectById(claim.getRoomId()));
  }

  /**
   * Everything held about the caller in the current community, unmasked to themselves; the access
   * is audit-logged.
   *
   * @throws NotFoundException {@code REGISTRY_NOT_FOUND} when the caller is not bound to a resident
   */
  @Transactional
  public MyDataView myData(Actor actor) {
    long communityId = actor.requireCommunity();
    blindIndex();
    ResidentEntity r = residents.findByUser(actor.userId());
    if (r == null) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    RoomEntity home = null;
    if (r.getHouseholdId() != null) {
      HouseholdEntity h = households.selectById(r.getHouseholdId());
      home = h == null ? null : rooms.selectById(h.getRoomId());
    }
    List<MyDataView.MyOwnership> owned = new ArrayList<>();
    for (OwnershipEntity o : ownerships.ofResident(r.getId())) {
      RoomEntity room = rooms.selectById(o.getRoomId());
      owned.add(
          new MyDataView.MyOwnership(
              room.getId(),
              buildingName(room),
              unitName(room),
              room.getNumber(),
              room.getAreaCentiM2()));
    }
    audit.record(
        AuditEvent.by(actor, communityId, "SELF_DATA_VIEWED", "RESIDENT", r.getId(), null));
    return new MyDataView(
        r.getId(),
        r.getName(),
        r.getGender() == null ? null : Gender.valueOf(r.getGender()),
        r.getBirthDate(),
        r.getIdNumber(),
        r.getPhone(),
        r.getRelation(),
        r.getResidenceKind(),
        home == null ? null : buildingName(home),
        home == null ? null : unitName(home),
        home == null ? null : home.getNumber(),
        r.getMoveInDate(),
        r.getTags() == null ? List.of() : Arrays.asList(r.getTags().split(",")),
        r.getNotes(),
        owned,
        r.getRestrictedAt() != null);
  }

  /** Aggregates of the current community's registry (staff, data admins, API tokens). */
  @Transactional(readOnly = true)
  public RegistryStatisticsView statistics(Actor actor) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
    blindIndex();
    Map<String, Long> tags = new TreeMap<>();
    for (String list : statistics.tagLists()) {
      for (String tag : list.split(",")) {
        tags.merge(tag, 1L, Long::sum);
      }
    }
    Map<String, long[]> byBuilding = new LinkedHashMap<>();
    Map<String, long[]> byUnit = new LinkedHashMap<>();
    Map<String, java.util.Set<Long>> ownersByBuilding = new LinkedHashMap<>();
    Map<String, java.util.Set<Long>> ownersByUnit = new LinkedHashMap<>();
    Map<String, java.util.Set<Long>> roomsByBuilding = new LinkedHashMap<>();
    Map<String, java.util.Set<Long>> roomsByUnit = new LinkedHashMap<>();
    for (OwnedRoomRow row : statistics.ownedRooms()) {
      String unitKey = row.building() + "\u0000" + row.unit();
      if (roomsByBuilding
          .computeIfAbsent(row.building(), k -> new java.util.HashSet<>())
          .add(row.roomId())) {
        byBuilding.computeIfAbsent(row.building(), k -> new long[1])[0] += row.areaCentiM2();
      }
      if (roomsByUnit.computeIfAbsent(unitKey, k -> new java.util.HashSet<>()).add(row.roomId())) {
        byUnit.computeIfAbsent(unitKey, k -> new long[1])[0] += row.areaCentiM2();
      }
      java.util.Set<Long> buildingOwners =
          ownersByBuilding.computeIfAbsent(row.building(), k -> new java.util.HashSet<>());
      java.util.Set<Long> unitOwners =
          ownersByUnit.computeIfAbsent(unitKey, k -> new java.util.HashSet<>());
      if (row.residentId() != null) {
        buildingOwners.add(row.residentId());
        unitOwners.add(row.residentId());
      }
    }
    List<RegistryStatisticsView.AreaByPlace> places = new ArrayList<>();
    byBuilding.forEach(
        (b, area) -> {
          places.add(
              new RegistryStatisticsView.AreaByPlace(
                  b, null, roomsByBuilding.get(b).size(), ownersByBuilding.get(b).size(), area[0]));
          byUnit.forEach(
              (key, unitArea) -> {
                String[] parts = key.split("\u0000", 2);
                if (parts[0].equals(b)) {
                  places.add(
                      new RegistryStatisticsView.AreaByPlace(
                          b,
                          parts[1],
                          roomsByUnit.get(key).size(),
                          ownersByUnit.get(key).size(),
                          unitArea[0]));
                }
              });
        });
    return new RegistryStatisticsView(
        statistics.residents(),
        households.selectCount(null),
        counts(statistics.residentsByBuilding()),
        counts(statistics.residentsByAgeBand(LocalDate.now(clock))),
        counts(statistics.residentsByKind()),
        tags.entrySet().stream()
            .map(e -> new RegistryStatisticsView.KeyCount(e.getKey(), e.getValue()))
            .toList(),
        places);
  }

  private static List<RegistryStatisticsView.KeyCount> counts(List<KeyCountRow> rows) {
    return rows.stream().map(r -> new RegistryStatisticsView.KeyCount(r.key(), r.count())).toList();
  }

  private void bind(ResidentEntity resident, long userId, long communityId) {
    resident.setUserId(userId);
    try {
      if (residents.updateById(resident) != 1) {
        throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
      }
    } catch (DuplicateKeyException e) {
      throw new LinliException(ErrorCode.REGISTRY_DUPLICATE);
    }
    communities.markVerified(communityId, userId);
  }

  private long requireStaff(Actor actor) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
    blindIndex();
    return actor.requireCommunity();
  }

  private HouseholdClaimEntity pending(long claimId) {
    HouseholdClaimEntity claim = claims.selectById(claimId);
    if (claim == null) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    if (!"PENDING".equals(claim.getStatus())) {
      throw new LinliException(ErrorCode.REGISTRY_DUPLICATE);
    }
    return claim;
  }

  private RoomEntity findRoom(String building, String unit, String room) {
    BuildingEntity b = buildings.findByName(building.strip());
    if (b == null) {
      return null;
    }
    BuildingUnitEntity u = units.findByName(b.getId(), unit.strip());
    return u == null ? null : rooms.findByNumber(u.getId(), room.strip());
  }

  private String buildingName(RoomEntity room) {
    BuildingEntity b = buildings.selectById(room.getBuildingId());
    return b == null ? null : b.getName();
  }

  private String unitName(RoomEntity room) {
    BuildingUnitEntity u = units.selectById(room.getUnitId());
    return u == null ? null : u.getName();
  }

  private BlindIndex blindIndex() {
    return encryption.require();
  }

  private HouseholdClaimView view(HouseholdClaimEntity c, RoomEntity room) {
    return new HouseholdClaimView(
        c.getId(),
        c.getStatus(),
        room == null ? null : buildingName(room),
        room == null ? null : unitName(room),
        room == null ? null : room.getNumber(),
        Masking.name(c.getName()),
        Masking.phone(c.getPhone()),
        c.getUserId(),
        c.getResidentId(),
        c.getCreatedAt() == null ? null : c.getCreatedAt().toInstant(ZoneOffset.UTC));
  }
}
