package org.linli.service.vote;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.linli.persistence.vote.VoteBallotMapper;
import org.linli.persistence.vote.VoteElectorateMapper;
import org.linli.persistence.vote.VoteEntity;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.ForbiddenException;
import org.linli.service.common.LinliException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.common.SpreadsheetWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counting for people: the live tally, the rooms still to visit, the stored result, a recount from
 * the stored ballots, and the record for the street office.
 */
@Service
public class VoteResults {

  private static final int EXPORT_PAGE = 500;

  private final VoteService votes;
  private final VoteElectorateMapper electorate;
  private final VoteBallotMapper ballots;
  private final AuditService audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public VoteResults(
      VoteService votes,
      VoteElectorateMapper electorate,
      VoteBallotMapper ballots,
      AuditService audit,
      TransactionTemplate transactions,
      Clock clock) {
    this.votes = votes;
    this.electorate = electorate;
    this.ballots = ballots;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * The count: live for an open vote, stored for a closed one. Staff always; residents once closed,
   * or while open when the vote makes its tally public.
   *
   * @throws ForbiddenException {@code VOTE_TALLY_HIDDEN} otherwise
   * @throws LinliException {@code VOTE_NOT_OPEN} before the vote opens
   */
  public VoteTallyView tally(Actor actor, long voteId) {
    VoteEntity v = votes.visible(actor, voteId);
    VoteStatus status = VoteStatus.valueOf(v.getStatus());
    if (status == VoteStatus.CLOSED) {
      return new VoteTallyView(
          v.getId(), status, true, v.getClosedAt(), VoteJson.result(v.getResult()));
    }
    if (status != VoteStatus.OPEN) {
      throw new LinliException(ErrorCode.VOTE_NOT_OPEN);
    }
    if (!VoteService.isStaff(actor) && !Boolean.TRUE.equals(v.getTallyPublic())) {
      throw new ForbiddenException(ErrorCode.VOTE_TALLY_HIDDEN);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    VoteResult live = transactions.execute(s -> votes.count(v));
    return new VoteTallyView(v.getId(), status, false, now, live);
  }

  /** Rooms whose voter has not voted, optionally of one building, in room order. Staff only. */
  public PageView<NotVotedRoomView> notVoted(
      Actor actor, long voteId, Long buildingId, PageRequest page) {
    actor.requireAny(CommunityRole.STAFF);
    VoteEntity v = votes.visible(actor, voteId);
    if (v.getOpenedAt() == null) {
      throw new LinliException(ErrorCode.VOTE_NOT_OPEN);
    }
    List<NotVotedRoomView> rooms =
        electorate
            .roomsNotVoted(
                v.getId(), buildingId, (long) (page.page() - 1) * page.size(), page.size())
            .stream()
            .map(
                r ->
                    new NotVotedRoomView(
                        r.roomId(),
                        r.voterId(),
                        r.buildingId(),
                        r.unitId(),
                        r.label(),
                        r.areaCentiM2()))
            .toList();
    return new PageView<>(
        rooms, page.page(), page.size(), electorate.countRoomsNotVoted(v.getId(), buildingId));
  }

  /**
   * Counts a closed vote again from its stored ballots and compares with the stored result. Staff
   * only; audit-logged.
   *
   * @throws LinliException {@code VOTE_NOT_CLOSED} before closing
   */
  public RecountView recount(Actor actor, long voteId) {
    actor.requireAny(CommunityRole.STAFF);
    VoteEntity v = closed(actor, voteId);
    VoteResult stored = VoteJson.result(v.getResult());
    VoteResult again = transactions.execute(s -> votes.count(v));
    boolean agrees = stored.equals(again);
    audit.record(
        AuditEvent.by(
            actor,
            v.getCommunityId(),
            "VOTE_RECOUNTED",
            "VOTE",
            v.getId(),
            agrees ? "agrees" : "DIFFERS"));
    return new RecountView(v.getId(), stored, again, agrees);
  }

  /**
   * Writes the record of a closed vote for the street office: the vote's settings, rule profile and
   * counting policy, every figure, then one line per counted voter with its rooms' area and its
   * ballot (or none). Names are not included. Staff only; audit-logged.
   */
  public void export(Actor actor, long voteId, SpreadsheetWriter.Format format, OutputStream out) {
    actor.requireAny(CommunityRole.STAFF);
    VoteEntity v = closed(actor, voteId);
    VoteResult r = VoteJson.result(v.getResult());
    Map<String, String> labels =
        VoteJson.options(v.getOptions()).stream()
            .collect(Collectors.toMap(VoteOption::key, VoteOption::label));
    try (SpreadsheetWriter w = new SpreadsheetWriter(format, "表决结果", out)) {
      w.row(List.of("表决", v.getTitle()));
      w.row(List.of("事项", v.getQuestion()));
      w.row(List.of("范围", v.getScopeKind() + " " + String.valueOf(VoteService.scopeIds(v))));
      w.row(List.of("表决人", v.getElectorateKind()));
      w.row(List.of("计数规则", r.countingPolicy()));
      w.row(List.of("表决规则", r.rules().name(), rule(r.rules())));
      w.row(List.of("开始（北京时间）", china(v.getOpensAt()), "截止（北京时间）", china(v.getClosesAt())));
      w.row(List.of("结果", r.passed() ? "通过" : "未通过"));
      w.row(
          List.of(
              "总面积（0.01㎡）", Long.toString(r.totalArea()), "总人数", Long.toString(r.totalHeads())));
      w.row(
          List.of(
              "参与面积", Long.toString(r.participatingArea()),
              "参与人数", Long.toString(r.participatingHeads())));
      for (VoteResult.OptionResult o : r.options()) {
        w.row(
            List.of(
                "选项 " + o.label(),
                "面积 " + o.area(),
                "人数 " + o.heads(),
                o.passed() == null ? "" : (o.passed() ? "通过" : "未通过")));
      }
      w.row(List.of());
      w.row(List.of("表决人编号", "房屋", "专有面积（0.01㎡）", "表决意见", "方式", "时间（北京时间）"));
      Map<Long, VoteBallotMapper.BallotRow> cast = new java.util.HashMap<>();
      for (long offset = 0; ; offset += EXPORT_PAGE) {
        List<VoteBallotMapper.BallotRow> page = ballots.page(v.getId(), offset, EXPORT_PAGE);
        page.forEach(b -> cast.put(b.voterId(), b));
        if (page.size() < EXPORT_PAGE) {
          break;
        }
      }
      for (var voter : electorate.voters(v.getId())) {
        VoteBallotMapper.BallotRow b = cast.get(voter.id());
        List<String> row = new ArrayList<>();
        row.add(Long.toString(voter.id()));
        row.add(voter.label());
        row.add(Long.toString(voter.areaCentiM2()));
        row.add(b == null ? "未表决" : labels.getOrDefault(b.optionKey(), b.optionKey()));
        row.add(b == null ? "" : b.channel());
        row.add(b == null ? "" : china(b.castAt()));
        w.row(row);
      }
    }
    audit.record(
        AuditEvent.by(actor, v.getCommunityId(), "VOTE_EXPORTED", "VOTE", v.getId(), null));
  }

  private VoteEntity closed(Actor actor, long voteId) {
    VoteEntity v = votes.visible(actor, voteId);
    if (!v.getStatus().equals(VoteStatus.CLOSED.name())) {
      throw new LinliException(ErrorCode.VOTE_NOT_CLOSED);
    }
    return v;
  }

  /** A stored UTC time as Beijing time, to the second. */
  private static String china(LocalDateTime utc) {
    return utc == null
        ? ""
        : utc.atOffset(java.time.ZoneOffset.UTC)
            .atZoneSameInstant(org.linli.service.resident.ChineseIdNumber.CHINA)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
  }

  private static String rule(RuleProfile p) {
    return "quorum area "
        + share(p.quorumArea())
        + ", heads "
        + share(p.quorumHeads())
        + "; approval area "
        + share(p.approvalArea())
        + ", heads "
        + share(p.approvalHeads())
        + (p.countsArea() ? "" : " (heads only)");
  }

  private static String share(Threshold t) {
    return (t.strict() ? ">" : "≥") + t.numerator() + "/" + t.denominator();
  }
}
