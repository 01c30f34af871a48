package org.linli.service.vote;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.linli.persistence.vote.VoteBallotEntity;
import org.linli.persistence.vote.VoteBallotMapper;
import org.linli.persistence.vote.VoteElectorateMapper;
import org.linli.persistence.vote.VoteElectorateMapper.VoterRow;
import org.linli.persistence.vote.VoteEntity;
import org.linli.persistence.vote.VoteMapper;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ballots: one in force per counted voter, whatever the channel. A ballot is written in one
 * transaction that share-locks the vote (so closing waits for it and no ballot lands after the
 * count) and locks the voter (so two ballots of one voter are serialised); the unique key on the
 * ballot in force is the last line of defence.
 */
@Service
public class BallotService {

  private final VoteService votes;
  private final VoteMapper voteMapper;
  private final VoteElectorateMapper electorate;
  private final VoteBallotMapper ballots;
  private final AuditService audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public BallotService(
      VoteService votes,
      VoteMapper voteMapper,
      VoteElectorateMapper electorate,
      VoteBallotMapper ballots,
      AuditService audit,
      TransactionTemplate transactions,
      Clock clock) {
    this.votes = votes;
    this.voteMapper = voteMapper;
    this.electorate = electorate;
    this.ballots = ballots;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Casts the caller's ballot in the mini program. The caller must be a resident bound to the
   * registry (verified) and one of the people of a counted voter; with several voters, {@code
   * voterId} says which. Repeating the same option answers the ballot in force; a different option
   * replaces it only where the vote allows changes and the ballot in force was cast online.
   *
   * @throws ForbiddenException {@code VOTE_NOT_ELIGIBLE} when the caller is no voter's person
   * @throws LinliException {@code VOTE_NOT_OPEN}, {@code VOTE_ALREADY_CAST}
   */
  public BallotView castMine(Actor actor, long voteId, String optionKey, Long voterId) {
    VoteEntity visible = votes.visible(actor, voteId);
    Long residentId = electorate.residentOfUser(actor.userId());
    if (residentId == null) {
      throw new ForbiddenException(ErrorCode.VOTE_NOT_ELIGIBLE);
    }
    return transactions.execute(
        s -> {
          VoteEntity v = openForBallots(visible);
          List<VoterRow> mine = electorate.votersOfResident(voteId, residentId);
          VoterRow voter;
          if (voterId != null) {
            voter = mine.stream().filter(r -> r.id().equals(voterId)).findFirst().orElse(null);
          } else if (mine.size() > 1) {
            throw new InvalidFieldsException("voterId", "REQUIRED", "several voters");
          } else {
            voter = mine.isEmpty() ? null : mine.get(0);
          }
          if (voter == null) {
            throw new ForbiddenException(ErrorCode.VOTE_NOT_ELIGIBLE);
          }
          return write(
              v, voter.id(), optionKey, BallotChannel.ONLINE, actor, residentId, null, null, null);
        });
  }

  /**
   * Enters a paper or proxy ballot on a voter's behalf. Staff only; audit-logged with the reason or
   * the authorisation's reference.
   *
   * @throws NotFoundException {@code VOTER_NOT_FOUND} for a voter outside the electorate
   * @throws LinliException {@code VOTE_NOT_OPEN}, {@code VOTE_ALREADY_CAST}
   */
  public BallotView enter(Actor actor, long voteId, StaffBallotCommand c) {
    actor.requireAny(CommunityRole.STAFF);
    if (c.channel() == BallotChannel.ONLINE) {
      throw new InvalidFieldsException("channel", "NOT_ALLOWED", "PAPER or PROXY");
    }
    if (c.channel() == BallotChannel.PAPER && blank(c.reason())) {
      throw new InvalidFieldsException("reason", "REQUIRED", "required");
    }
    if (c.channel() == BallotChannel.PROXY
        && (blank(c.proxyReference()) || blank(c.proxyHolder()))) {
      throw new InvalidFieldsException(
          List.of(
              new InvalidFieldsException.Violation("proxyReference", "REQUIRED", "required"),
              new InvalidFieldsException.Violation("proxyHolder", "REQUIRED", "required")));
    }
    VoteEntity visible = votes.visible(actor, voteId);
    BallotView view =
        transactions.execute(
            s -> {
              VoteEntity v = openForBallots(visible);
              if (c.castForResidentId() != null
                  && electorate.isPerson(c.voterId(), c.castForResidentId()) == 0) {
                throw new InvalidFieldsException(
                    "castForResidentId", "UNKNOWN_RESIDENT", "not a person of this voter");
              }
              BallotView b =
                  write(
                      v,
                      c.voterId(),
                      c.optionKey(),
                      c.channel(),
                      actor,
                      c.castForResidentId(),
                      c.reason(),
                      c.proxyReference(),
                      c.proxyHolder());
              audit.record(
                  AuditEvent.by(
                      actor,
                      v.getCommunityId(),
                      "BALLOT_ENTERED",
                      "VOTE",
                      v.getId(),
                      c.channel()
                          + " voter "
                          + c.voterId()
                          + ": "
                          + (c.channel() == BallotChannel.PAPER
                              ? c.reason()
                              : "authorisation " + c.proxyReference())));
              return b;
            });
    return view;
  }

  /** The ballots in force, in casting order. Staff only. */
  public PageView<BallotView> ballots(Actor actor, long voteId, PageRequest page) {
    actor.requireAny(CommunityRole.STAFF);
    VoteEntity v = votes.visible(actor, voteId);
    List<BallotView> items =
        ballots.page(v.getId(), (long) (page.page() - 1) * page.size(), page.size()).stream()
            .map(
                r ->
                    new BallotView(
                        r.id(),
                        v.getId(),
                        r.voterId(),
                        r.voterLabel(),
                        r.optionKey(),
                        BallotChannel.valueOf(r.channel()),
                        r.castBy(),
                        r.castFor(),
                        r.proxyReference(),
                        r.proxyHolder(),
                        r.reason(),
                        r.castAt()))
            .toList();
    return new PageView<>(items, page.page(), page.size(), ballots.countActive(v.getId()));
  }

  /** The vote share-locked, if it takes ballots now. */
  private VoteEntity openForBallots(VoteEntity visible) {
    VoteEntity v = voteMapper.lockShared(visible.getId(), visible.getCommunityId());
    LocalDateTime now = LocalDateTime.now(clock);
    if (v == null
        || !v.getStatus().equals(VoteStatus.OPEN.name())
        || !v.getClosesAt().isAfter(now)) {
      throw new LinliException(ErrorCode.VOTE_NOT_OPEN);
    }
    return v;
  }

  private BallotView write(
      VoteEntity v,
      long voterId,
      String optionKey,
      BallotChannel channel,
      Actor actor,
      Long castFor,
      String reason,
      String proxyReference,
      String proxyHolder) {
    if (optionKey == null
        || VoteJson.options(v.getOptions()).stream().noneMatch(o -> o.key().equals(optionKey))) {
      throw new InvalidFieldsException("optionKey", "UNKNOWN_OPTION", "no such option");
    }
    VoterRow voter = electorate.lockVoter(v.getId(), voterId);
    if (voter == null) {
      throw new NotFoundException(ErrorCode.VOTER_NOT_FOUND);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    VoteBallotEntity current = ballots.lockActive(v.getId(), voterId);
    if (current != null) {
      boolean change =
          Boolean.TRUE.equals(v.getBallotsChangeable())
              && channel == BallotChannel.ONLINE
              && current.getChannel().equals(BallotChannel.ONLINE.name());
      if (channel == BallotChannel.ONLINE
          && current.getChannel().equals(BallotChannel.ONLINE.name())
          && current.getOptionKey().equals(optionKey)) {
        return view(current, voter);
      }
      if (!change) {
        throw new LinliException(ErrorCode.VOTE_ALREADY_CAST);
      }
      ballots.supersede(current.getId(), now);
    }
    VoteBallotEntity b = new VoteBallotEntity();
    b.setCommunityId(v.getCommunityId());
    b.setVoteId(v.getId());
    b.setVoterId(voterId);
    b.setOptionKey(optionKey);
    b.setChannel(channel.name());
    b.setCastBy(actor.userId());
    b.setCastFor(castFor);
    b.setReason(reason);
    b.setProxyReference(proxyReference);
    b.setProxyHolder(proxyHolder);
    b.setCastAt(now);
    try {
      ballots.insert(b);
    } catch (DuplicateKeyException e) {
      throw new LinliException(ErrorCode.VOTE_ALREADY_CAST);
    }
    return view(b, voter);
  }

  private static BallotView view(VoteBallotEntity b, VoterRow voter) {
    return new BallotView(
        b.getId(),
        b.getVoteId(),
        b.getVoterId(),
        voter.label(),
        b.getOptionKey(),
        BallotChannel.valueOf(b.getChannel()),
        b.getCastBy(),
        b.getCastFor(),
        b.getProxyReference(),
        b.getProxyHolder(),
        b.getReason(),
        b.getCastAt());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
