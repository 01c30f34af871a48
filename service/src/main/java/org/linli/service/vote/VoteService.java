package org.linli.service.vote;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.linli.persistence.common.TenantContext;
import org.linli.persistence.vote.VoteBallotEntity;
import org.linli.persistence.vote.VoteBallotMapper;
import org.linli.persistence.vote.VoteElectorateMapper;
import org.linli.persistence.vote.VoteElectorateMapper.FrozenPersonRow;
import org.linli.persistence.vote.VoteElectorateMapper.FrozenRoomRow;
import org.linli.persistence.vote.VoteElectorateMapper.ScopeResidentRow;
import org.linli.persistence.vote.VoteElectorateMapper.ScopeRoomRow;
import org.linli.persistence.vote.VoteElectorateMapper.VoterRow;
import org.linli.persistence.vote.VoteEntity;
import org.linli.persistence.vote.VoteMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.deliberation.DeliberationService;
import org.linli.service.resident.ChineseIdNumber;
import org.linli.service.resident.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Votes: staff draft, publish (the notice period runs) and may cancel them before they open; at the
 * opening time the electorate is frozen from the registry, at the closing time the vote is counted
 * and its result stored. Ballots are {@link BallotService}'s.
 */
@Service
public class VoteService {

  private static final Logger log = LoggerFactory.getLogger(VoteService.class);

  static final int MAX_SCOPE_IDS = 500;
  private static final int INSERT_CHUNK = 500;

  private final VoteMapper votes;
  private final VoteElectorateMapper electorate;
  private final VoteBallotMapper ballots;
  private final AuditService audit;
  private final DeliberationService deliberation;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public VoteService(
      VoteMapper votes,
      VoteElectorateMapper electorate,
      VoteBallotMapper ballots,
      AuditService audit,
      DeliberationService deliberation,
      TransactionTemplate transactions,
      Clock clock) {
    this.votes = votes;
    this.electorate = electorate;
    this.ballots = ballots;
    this.audit = audit;
    this.deliberation = deliberation;
    this.transactions = transactions;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ staff

  /**
   * Creates a draft. Staff only.
   *
   * @throws InvalidFieldsException for an inconsistent command
   */
  public VoteView create(Actor actor, VoteCommand command) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    return transactions.execute(
        s -> {
          validate(command, null);
          VoteEntity v = new VoteEntity();
          v.setCommunityId(communityId);
          apply(v, command);
          v.setStatus(VoteStatus.DRAFT.name());
          v.setProposalId(command.proposalId());
          votes.insert(v);
          if (command.proposalId() != null) {
            deliberation.markPutToVote(communityId, command.proposalId(), v.getId());
          }
          audit.record(AuditEvent.by(actor, communityId, "VOTE_CREATED", "VOTE", v.getId(), null));
          return view(actor, votes.selectById(v.getId()));
        });
  }

  /**
   * Replaces a draft's settings. Staff only.
   *
   * @throws LinliException {@code VOTE_NOT_EDITABLE} once published
   */
  public VoteView update(Actor actor, long id, VoteCommand command) {
    actor.requireAny(CommunityRole.STAFF);
    return transactions.execute(
        s -> {
          VoteEntity v = lock(id);
          requireStatus(v, VoteStatus.DRAFT);
          if (command.proposalId() != null && !command.proposalId().equals(v.getProposalId())) {
            throw new InvalidFieldsException("proposalId", "NOT_ALLOWED", "set when creating");
          }
          validate(command, id);
          apply(v, command);
          if (votes.updateById(v) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          audit.record(AuditEvent.by(actor, v.getCommunityId(), "VOTE_UPDATED", "VOTE", id, null));
          return view(actor, votes.selectById(id));
        });
  }

  /**
   * Publishes a draft: residents see it, the notice period runs, and it opens at its opening time.
   *
   * @throws InvalidFieldsException when the opening is sooner than the notice period allows, or the
   *     scope holds no room
   */
  public VoteView publish(Actor actor, long id) {
    actor.requireAny(CommunityRole.STAFF);
    return transactions.execute(
        s -> {
          VoteEntity v = lock(id);
          requireStatus(v, VoteStatus.DRAFT);
          LocalDateTime now = LocalDateTime.now(clock);
          if (v.getOpensAt().isBefore(now.plusDays(v.getNoticeDays()))) {
            throw new InvalidFieldsException(
                "opensAt", "NOTICE_TOO_SHORT", "opens before the notice period ends");
          }
          if (electorate.scopeRooms(v.getScopeKind(), scopeIds(v)).isEmpty()) {
            throw new InvalidFieldsException("scopeIds", "SCOPE_EMPTY", "no room in scope");
          }
          v.setStatus(VoteStatus.SCHEDULED.name());
          v.setPublishedAt(now);
          if (votes.updateById(v) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          audit.record(
              AuditEvent.by(actor, v.getCommunityId(), "VOTE_PUBLISHED", "VOTE", id, null));
          return view(actor, votes.selectById(id));
        });
  }

  /**
   * Cancels a vote that has not opened, with a reason residents see.
   *
   * @throws LinliException {@code VOTE_NOT_EDITABLE} once open
   */
  public VoteView cancel(Actor actor, long id, String reason) {
    actor.requireAny(CommunityRole.STAFF);
    return transactions.execute(
        s -> {
          VoteEntity v = lock(id);
          requireStatus(v, VoteStatus.DRAFT, VoteStatus.SCHEDULED);
          if (!v.getStatus().equals(VoteStatus.DRAFT.name())
              && !v.getOpensAt().isAfter(LocalDateTime.now(clock))) {
            throw new LinliException(ErrorCode.VOTE_NOT_EDITABLE);
          }
          v.setStatus(VoteStatus.CANCELLED.name());
          v.setStatusReason(reason);
          if (votes.updateById(v) != 1) {
            throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
          }
          if (v.getProposalId() != null) {
            deliberation.markVoteCancelled(v.getCommunityId(), v.getProposalId(), id, reason);
          }
          audit.record(
              AuditEvent.by(actor, v.getCommunityId(), "VOTE_CANCELLED", "VOTE", id, reason));
          return view(actor, votes.selectById(id));
        });
  }

  // ------------------------------------------------------------------ everyone

  /** The community's votes; residents do not see drafts. */
  public PageView<VoteView> list(Actor actor, VoteStatus status, PageRequest page) {
    actor.requireCommunity();
    List<String> statuses =
        status != null
            ? List.of(status.name())
            : Arrays.stream(VoteStatus.values()).map(Enum::name).toList();
    if (!isStaff(actor)) {
      statuses = statuses.stream().filter(x -> !x.equals(VoteStatus.DRAFT.name())).toList();
      if (statuses.isEmpty()) {
        return new PageView<>(List.of(), page.page(), page.size(), 0);
      }
    }
    var slice = votes.page(statuses, page.page(), page.size());
    return new PageView<>(
        slice.records().stream()
            .map(v -> isDue(v) ? visible(actor, v.getId()) : v)
            .map(v -> view(actor, v))
            .toList(),
        page.page(),
        page.size(),
        slice.total());
  }

  /**
   * One vote, with the voters the caller may cast for.
   *
   * @throws NotFoundException {@code VOTE_NOT_FOUND} outside the community, or a draft for a
   *     resident
   */
  public VoteView get(Actor actor, long id) {
    return view(actor, visible(actor, id));
  }

  /**
   * A page of the frozen electorate: each counted voter with its rooms (area and its source) and
   * the masked names of the people who may cast its ballot. Staff only.
   */
  public PageView<ElectorateVoterView> electorate(
      Actor actor, long id, Long buildingId, PageRequest page) {
    actor.requireAny(CommunityRole.STAFF);
    VoteEntity v = visible(actor, id);
    if (v.getOpenedAt() == null) {
      return new PageView<>(List.of(), page.page(), page.size(), 0);
    }
    List<VoterRow> voters =
        electorate.voterPage(id, buildingId, (long) (page.page() - 1) * page.size(), page.size());
    List<ElectorateVoterView> views = new ArrayList<>();
    if (!voters.isEmpty()) {
      List<Long> ids = voters.stream().map(VoterRow::id).toList();
      Map<Long, List<FrozenRoomRow>> rooms =
          electorate.roomsOf(id, ids).stream()
              .collect(
                  Collectors.groupingBy(
                      FrozenRoomRow::voterId, LinkedHashMap::new, Collectors.toList()));
      Map<Long, List<FrozenPersonRow>> persons =
          electorate.personsOf(id, ids).stream()
              .collect(
                  Collectors.groupingBy(
                      FrozenPersonRow::voterId, LinkedHashMap::new, Collectors.toList()));
      for (VoterRow r : voters) {
        views.add(
            new ElectorateVoterView(
                r.id(),
                r.label(),
                r.areaCentiM2(),
                Boolean.TRUE.equals(r.developer()),
                rooms.getOrDefault(r.id(), List.of()).stream()
                    .map(
                        x ->
                            new ElectorateVoterView.Room(
                                x.roomId(), x.label(), x.areaCentiM2(), x.areaSource()))
                    .toList(),
                persons.getOrDefault(r.id(), List.of()).stream()
                    .map(p -> Masking.name(p.name()))
                    .toList()));
      }
    }
    return new PageView<>(views, page.page(), page.size(), electorate.countVoters(id, buildingId));
  }

  // ------------------------------------------------------------------ time

  /** Opens and closes every vote of every community that is due. */
  public int advanceDue() {
    List<VoteMapper.VoteRef> due = transactions.execute(s -> votes.due(LocalDateTime.now(clock)));
    int n = 0;
    for (VoteMapper.VoteRef ref : due == null ? List.<VoteMapper.VoteRef>of() : due) {
      // One vote that cannot advance must not hold back the others.
      try {
        if (Boolean.TRUE.equals(TenantContext.callIn(ref.communityId(), () -> advance(ref.id())))) {
          n++;
        }
      } catch (RuntimeException e) {
        log.error("Vote {} could not open or close: {}", ref.id(), e.toString());
      }
    }
    return n;
  }

  /**
   * Opens the vote (freezing its electorate) or closes it (storing its count) when its time has
   * come; each step happens once, under the vote's row lock.
   *
   * @return whether the vote changed
   */
  boolean advance(long id) {
    VoteEntity[] decided = new VoteEntity[1];
    Boolean changed =
        transactions.execute(
            s -> {
              VoteEntity v = votes.lock(id);
              if (v == null) {
                return false;
              }
              LocalDateTime now = LocalDateTime.now(clock);
              boolean any = false;
              if (v.getStatus().equals(VoteStatus.SCHEDULED.name())
                  && !v.getOpensAt().isAfter(now)) {
                freeze(v, now);
                v.setStatus(VoteStatus.OPEN.name());
                v.setOpenedAt(now);
                any = true;
                audit.record(
                    new AuditEvent(
                        v.getCommunityId(),
                        null,
                        "SYSTEM",
                        "VOTE_OPENED",
                        "VOTE",
                        String.valueOf(id),
                        "electorate frozen",
                        null,
                        null));
              }
              if (v.getStatus().equals(VoteStatus.OPEN.name()) && !v.getClosesAt().isAfter(now)) {
                VoteResult result = count(v);
                v.setStatus(VoteStatus.CLOSED.name());
                v.setClosedAt(now);
                v.setResult(VoteJson.write(result));
                any = true;
                decided[0] = v;
                audit.record(
                    new AuditEvent(
                        v.getCommunityId(),
                        null,
                        "SYSTEM",
                        "VOTE_CLOSED",
                        "VOTE",
                        String.valueOf(id),
                        result.passed() ? "passed" : "failed",
                        null,
                        null));
              }
              if (any && votes.updateById(v) != 1) {
                throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
              }
              return any;
            });
    VoteEntity v = decided[0];
    if (v != null && v.getProposalId() != null) {
      // After the count is committed: a proposal that cannot take the outcome never undoes it.
      try {
        deliberation.markDecided(
            v.getCommunityId(),
            v.getProposalId(),
            id,
            VoteJson.result(v.getResult()).passed() ? "表决通过" : "表决未通过");
      } catch (RuntimeException e) {
        log.warn(
            "Vote {}: proposal {} not marked decided: {}", id, v.getProposalId(), e.toString());
      }
    }
    return Boolean.TRUE.equals(changed);
  }

  /** Counts a vote from its frozen electorate and the ballots in force. */
  VoteResult count(VoteEntity v) {
    List<Voter> voters =
        electorate.voters(v.getId()).stream()
            .map(r -> new Voter(r.voterKey(), r.areaCentiM2()))
            .toList();
    List<TallyEngine.OptionBallot> cast =
        ballots.counted(v.getId()).stream()
            .map(b -> new TallyEngine.OptionBallot(b.voterKey(), b.optionKey()))
            .toList();
    return VoteCounter.count(
        OptionKind.valueOf(v.getOptionKind()),
        VoteJson.options(v.getOptions()),
        ElectorateKind.valueOf(v.getElectorateKind()),
        VoteJson.rules(v.getRules()),
        voters,
        cast);
  }

  /** Freezes the electorate of a vote from the registry as it is now. */
  private void freeze(VoteEntity v, LocalDateTime now) {
    ElectorateKind kind = ElectorateKind.valueOf(v.getElectorateKind());
    List<Frozen> frozen =
        kind == ElectorateKind.OWNERS
            ? owners(electorate.scopeRooms(v.getScopeKind(), scopeIds(v)))
            : residents(
                kind,
                electorate.scopeAdults(
                    v.getScopeKind(), scopeIds(v), chinaDate(now).minusYears(18), chinaDate(now)));
    long communityId = v.getCommunityId();
    for (int i = 0; i < frozen.size(); i += INSERT_CHUNK) {
      electorate.insertVoters(
          communityId,
          v.getId(),
          frozen.subList(i, Math.min(frozen.size(), i + INSERT_CHUNK)).stream()
              .map(Frozen::voter)
              .toList());
    }
    Map<String, Long> ids =
        electorate.voters(v.getId()).stream()
            .collect(Collectors.toMap(VoterRow::voterKey, VoterRow::id));
    List<FrozenRoomRow> rooms = new ArrayList<>();
    List<FrozenPersonRow> persons = new ArrayList<>();
    for (Frozen f : frozen) {
      Long voterId = ids.get(f.voter().voterKey());
      for (FrozenRoomRow r : f.rooms()) {
        rooms.add(
            new FrozenRoomRow(
                voterId,
                r.roomId(),
                r.buildingId(),
                r.unitId(),
                r.label(),
                r.areaCentiM2(),
                r.areaSource()));
      }
      for (FrozenPersonRow p : f.persons()) {
        persons.add(new FrozenPersonRow(voterId, p.residentId(), p.name()));
      }
    }
    for (int i = 0; i < rooms.size(); i += INSERT_CHUNK) {
      electorate.insertRooms(
          communityId, v.getId(), rooms.subList(i, Math.min(rooms.size(), i + INSERT_CHUNK)));
    }
    for (int i = 0; i < persons.size(); i += INSERT_CHUNK) {
      electorate.insertPersons(
          communityId, v.getId(), persons.subList(i, Math.min(persons.size(), i + INSERT_CHUNK)));
    }
  }

  /** The calendar date in China at {@code utc} (ages and move-in/out dates are Chinese dates). */
  static LocalDate chinaDate(LocalDateTime utc) {
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ChineseIdNumber.CHINA).toLocalDate();
  }

  /** A voter to freeze with its rooms and people (voter ids not known yet). */
  private record Frozen(VoterRow voter, List<FrozenRoomRow> rooms, List<FrozenPersonRow> persons) {}

  /** Owners' electorate by {@link Electorate#count}. */
  private static List<Frozen> owners(List<ScopeRoomRow> rows) {
    Map<Long, List<ScopeRoomRow>> byRoom = new LinkedHashMap<>();
    for (ScopeRoomRow r : rows) {
      byRoom.computeIfAbsent(r.roomId(), k -> new ArrayList<>()).add(r);
    }
    List<Electorate.Room> rooms = new ArrayList<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (List<ScopeRoomRow> owners : byRoom.values()) {
      ScopeRoomRow first = owners.get(0);
      Set<Long> ownerIds = new TreeSet<>();
      for (ScopeRoomRow o : owners) {
        if (o.ownerId() != null) {
          ownerIds.add(o.ownerId());
          names.put(o.ownerId(), o.ownerName());
        }
      }
      rooms.add(
          new Electorate.Room(
              String.valueOf(first.roomId()),
              first.areaCentiM2(),
              ownerIds,
              Boolean.TRUE.equals(first.developerUnsold())));
    }
    List<Frozen> frozen = new ArrayList<>();
    for (Electorate.CountedVoter c : Electorate.count(rooms)) {
      List<FrozenRoomRow> voterRooms = new ArrayList<>();
      for (String roomKey : c.roomKeys()) {
        ScopeRoomRow r = byRoom.get(Long.valueOf(roomKey)).get(0);
        voterRooms.add(
            new FrozenRoomRow(
                null,
                r.roomId(),
                r.buildingId(),
                r.unitId(),
                r.label(),
                r.areaCentiM2(),
                r.areaSource()));
      }
      boolean developer = c.voter().key().equals(Electorate.DEVELOPER);
      String label =
          developer
              ? "建设单位（" + voterRooms.size() + " 套）"
              : voterRooms.stream().map(FrozenRoomRow::label).collect(Collectors.joining("、"));
      frozen.add(
          new Frozen(
              new VoterRow(
                  null, c.voter().key(), c.voter().areaHundredths(), developer, cut(label)),
              voterRooms,
              c.ownerIds().stream().map(o -> new FrozenPersonRow(null, o, names.get(o))).toList()));
    }
    return frozen;
  }

  /** Residents' meeting electorate: each adult, or each household with its adults. */
  private static List<Frozen> residents(ElectorateKind kind, List<ScopeResidentRow> rows) {
    Map<String, List<ScopeResidentRow>> groups = new LinkedHashMap<>();
    for (ScopeResidentRow r : rows) {
      String key =
          kind == ElectorateKind.HOUSEHOLDS
              ? "household:" + r.householdId()
              : "resident:" + r.residentId();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Frozen> frozen = new ArrayList<>();
    groups.forEach(
        (key, members) -> {
          ScopeResidentRow first = members.get(0);
          String label =
              kind == ElectorateKind.HOUSEHOLDS
                  ? first.label()
                  : first.label() + " " + Masking.name(first.name());
          frozen.add(
              new Frozen(
                  new VoterRow(null, key, 0L, false, cut(label)),
                  List.of(
                      new FrozenRoomRow(
                          null,
                          first.roomId(),
                          first.buildingId(),
                          first.unitId(),
                          first.label(),
                          0L,
                          "NONE")),
                  members.stream()
                      .map(m -> new FrozenPersonRow(null, m.residentId(), m.name()))
                      .toList()));
        });
    return frozen;
  }

  private static String cut(String s) {
    return s.length() <= 255 ? s : s.substring(0, 254) + "…";
  }

  // ------------------------------------------------------------------ shared

  /** The vote as the actor may see it, advanced to its current state first. */
  VoteEntity visible(Actor actor, long id) {
    actor.requireCommunity();
    VoteEntity v = votes.selectById(id);
    if (v == null || (v.getStatus().equals(VoteStatus.DRAFT.name()) && !isStaff(actor))) {
      throw new NotFoundException(ErrorCode.VOTE_NOT_FOUND);
    }
    if (isDue(v)) {
      try {
        if (advance(id)) {
          v = votes.selectById(id);
        }
      } catch (RuntimeException e) {
        // Shown as it is; the scheduler retries and logs.
        log.warn("Vote {} could not advance on read: {}", id, e.toString());
      }
    }
    return v;
  }

  private boolean isDue(VoteEntity v) {
    LocalDateTime now = LocalDateTime.now(clock);
    return (v.getStatus().equals(VoteStatus.SCHEDULED.name()) && !v.getOpensAt().isAfter(now))
        || (v.getStatus().equals(VoteStatus.OPEN.name()) && !v.getClosesAt().isAfter(now));
  }

  static boolean isStaff(Actor actor) {
    return actor.platformAdmin() || actor.has(CommunityRole.STAFF);
  }

  private VoteEntity lock(long id) {
    VoteEntity v = votes.lock(id);
    if (v == null) {
      throw new NotFoundException(ErrorCode.VOTE_NOT_FOUND);
    }
    return v;
  }

  private static void requireStatus(VoteEntity v, VoteStatus... allowed) {
    for (VoteStatus s : allowed) {
      if (v.getStatus().equals(s.name())) {
        return;
      }
    }
    throw new LinliException(ErrorCode.VOTE_NOT_EDITABLE);
  }

  static List<Long> scopeIds(VoteEntity v) {
    if (v.getScopeIds() == null || v.getScopeIds().isEmpty()) {
      return List.of();
    }
    return Arrays.stream(v.getScopeIds().split(",")).map(Long::valueOf).toList();
  }

  VoteView view(Actor actor, VoteEntity v) {
    List<Long> linked = new ArrayList<>();
    if (v.getLinkedVoteId() != null) {
      linked.add(v.getLinkedVoteId());
    }
    linked.addAll(votes.linkedTo(v.getId()));
    VoteResult result = VoteJson.result(v.getResult());
    Boolean combined = null;
    if (result != null) {
      combined = result.passed();
      for (Long other : new LinkedHashSet<>(linked)) {
        VoteEntity o = votes.selectById(other);
        VoteResult r = o == null ? null : VoteJson.result(o.getResult());
        if (r == null) {
          combined = null;
          break;
        }
        combined = combined && r.passed();
      }
    }
    List<VoteView.MyVoter> mine = new ArrayList<>();
    if (v.getOpenedAt() != null) {
      Long residentId = electorate.residentOfUser(actor.userId());
      if (residentId != null) {
        for (VoterRow r : electorate.votersOfResident(v.getId(), residentId)) {
          VoteBallotEntity b = ballots.active(v.getId(), r.id());
          mine.add(
              new VoteView.MyVoter(
                  r.id(),
                  r.label(),
                  b == null ? null : b.getOptionKey(),
                  b == null ? null : BallotChannel.valueOf(b.getChannel())));
        }
      }
    }
    return new VoteView(
        v.getId(),
        v.getProposalId(),
        v.getTitle(),
        v.getQuestion(),
        OptionKind.valueOf(v.getOptionKind()),
        VoteJson.options(v.getOptions()),
        ScopeKind.valueOf(v.getScopeKind()),
        scopeIds(v),
        ElectorateKind.valueOf(v.getElectorateKind()),
        VoteJson.rules(v.getRules()),
        v.getNoticeDays(),
        v.getOpensAt(),
        v.getClosesAt(),
        Boolean.TRUE.equals(v.getBallotsChangeable()),
        Boolean.TRUE.equals(v.getTallyPublic()),
        List.copyOf(new LinkedHashSet<>(linked)),
        VoteStatus.valueOf(v.getStatus()),
        v.getStatusReason(),
        v.getPublishedAt(),
        v.getOpenedAt(),
        v.getClosedAt(),
        result == null ? null : result.passed(),
        combined,
        mine);
  }

  private void validate(VoteCommand c, Long selfId) {
    List<InvalidFieldsException.Violation> errors = new ArrayList<>();
    if (c.opensAt() != null && c.closesAt() != null && !c.closesAt().isAfter(c.opensAt())) {
      errors.add(
          new InvalidFieldsException.Violation("closesAt", "BEFORE_START", "before opening"));
    }
    if (c.noticeDays() < 0 || c.noticeDays() > 90) {
      errors.add(new InvalidFieldsException.Violation("noticeDays", "OUT_OF_RANGE", "0..90"));
    }
    if (c.optionKind() == OptionKind.CUSTOM) {
      if (c.optionLabels().size() < 2 || c.optionLabels().size() > 30) {
        errors.add(new InvalidFieldsException.Violation("options", "OUT_OF_RANGE", "2..30"));
      } else if (new LinkedHashSet<>(c.optionLabels()).size() != c.optionLabels().size()) {
        errors.add(
            new InvalidFieldsException.Violation("options", "DUPLICATE_OPTION", "duplicate"));
      }
    }
    if (c.scopeKind() == ScopeKind.ESTATE) {
      if (!c.scopeIds().isEmpty()) {
        errors.add(new InvalidFieldsException.Violation("scopeIds", "NOT_ALLOWED", "estate"));
      }
    } else if (c.scopeIds().isEmpty() || c.scopeIds().size() > MAX_SCOPE_IDS) {
      errors.add(new InvalidFieldsException.Violation("scopeIds", "OUT_OF_RANGE", "1..500"));
    } else if (electorate.countScope(c.scopeKind().name(), new TreeSet<>(c.scopeIds()))
        != new TreeSet<>(c.scopeIds()).size()) {
      errors.add(new InvalidFieldsException.Violation("scopeIds", "UNKNOWN_PLACE", "not found"));
    }
    boolean owners = c.electorateKind() == ElectorateKind.OWNERS;
    switch (c.profile()) {
      case "SPECIAL", "ORDINARY" -> {
        if (!owners) {
          errors.add(new InvalidFieldsException.Violation("profile", "NOT_ALLOWED", "owners"));
        }
      }
      case "RESIDENTS_MEETING" -> {
        if (owners) {
          errors.add(new InvalidFieldsException.Violation("profile", "NOT_ALLOWED", "residents"));
        }
      }
      case "CUSTOM" -> {
        if (c.customRules() == null) {
          errors.add(new InvalidFieldsException.Violation("customRules", "REQUIRED", "required"));
        }
      }
      default -> errors.add(new InvalidFieldsException.Violation("profile", "INVALID", "unknown"));
    }
    if (c.linkedVoteId() != null) {
      VoteEntity linked =
          c.linkedVoteId().equals(selfId) ? null : votes.selectById(c.linkedVoteId());
      if (linked == null || linked.getStatus().equals(VoteStatus.CANCELLED.name())) {
        errors.add(
            new InvalidFieldsException.Violation("linkedVoteId", "UNKNOWN_VOTE", "not found"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
  }

  private static void apply(VoteEntity v, VoteCommand c) {
    v.setTitle(c.title());
    v.setQuestion(c.question());
    v.setOptionKind(c.optionKind().name());
    List<VoteOption> options = new ArrayList<>();
    if (c.optionKind() == OptionKind.YES_NO) {
      options.add(new VoteOption(VoteOption.APPROVE, "同意"));
      options.add(new VoteOption(VoteOption.REJECT, "反对"));
      options.add(new VoteOption(VoteOption.ABSTAIN, "弃权"));
    } else {
      for (int i = 0; i < c.optionLabels().size(); i++) {
        options.add(new VoteOption("O" + (i + 1), c.optionLabels().get(i)));
      }
      if (c.abstainAllowed()) {
        options.add(new VoteOption(VoteOption.ABSTAIN, "弃权"));
      }
    }
    v.setOptions(VoteJson.write(options));
    v.setScopeKind(c.scopeKind().name());
    v.setScopeIds(
        c.scopeIds().isEmpty()
            ? null
            : new TreeSet<>(c.scopeIds())
                .stream().map(String::valueOf).collect(Collectors.joining(",")));
    v.setElectorateKind(c.electorateKind().name());
    v.setProfile(c.profile());
    v.setRules(VoteJson.write(rules(c)));
    v.setNoticeDays(c.noticeDays());
    v.setOpensAt(c.opensAt());
    v.setClosesAt(c.closesAt());
    v.setBallotsChangeable(c.ballotsChangeable());
    v.setTallyPublic(c.tallyPublic());
    v.setLinkedVoteId(c.linkedVoteId());
  }

  private static RuleProfile rules(VoteCommand c) {
    return switch (c.profile()) {
      case "SPECIAL" -> RuleProfile.SPECIAL;
      case "ORDINARY" -> RuleProfile.ORDINARY;
      case "RESIDENTS_MEETING" -> RuleProfile.RESIDENTS_MEETING;
      default -> {
        RuleProfile r = c.customRules();
        yield new RuleProfile(
            "CUSTOM",
            c.electorateKind() == ElectorateKind.OWNERS,
            r.quorumArea(),
            r.quorumHeads(),
            r.approvalArea(),
            r.approvalHeads());
      }
    };
  }
}
