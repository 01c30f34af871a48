package org.linli.api.vote;

import org.linli.api.common.CurrentActor;
import org.linli.api.common.Downloads;
import org.linli.contract.api.VotesApi;
import org.linli.contract.model.BallotDto;
import org.linli.contract.model.BallotPageDto;
import org.linli.contract.model.ElectorateVoterPageDto;
import org.linli.contract.model.MyBallotRequestDto;
import org.linli.contract.model.NotVotedRoomPageDto;
import org.linli.contract.model.StaffBallotRequestDto;
import org.linli.contract.model.VoteDto;
import org.linli.contract.model.VotePageDto;
import org.linli.contract.model.VoteReasonDto;
import org.linli.contract.model.VoteRecountDto;
import org.linli.contract.model.VoteRequestDto;
import org.linli.contract.model.VoteStatusDto;
import org.linli.contract.model.VoteTallyDto;
import org.linli.service.common.PageRequest;
import org.linli.service.vote.BallotChannel;
import org.linli.service.vote.BallotService;
import org.linli.service.vote.RecountView;
import org.linli.service.vote.StaffBallotCommand;
import org.linli.service.vote.VoteResults;
import org.linli.service.vote.VoteService;
import org.linli.service.vote.VoteStatus;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Votes: staff run them, owners and residents cast ballots, everyone reads the result. */
@RestController
class VoteController implements VotesApi {

  private final VoteService votes;
  private final BallotService ballots;
  private final VoteResults results;
  private final CurrentActor currentActor;

  VoteController(
      VoteService votes, BallotService ballots, VoteResults results, CurrentActor currentActor) {
    this.votes = votes;
    this.ballots = ballots;
    this.results = results;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<VotePageDto> listVotes(
      Long xCommunityId, VoteStatusDto status, Integer page, Integer size) {
    var result =
        votes.list(
            currentActor.get(),
            status == null ? null : VoteStatus.valueOf(status.name()),
            PageRequest.of(page, size));
    VotePageDto dto =
        new VotePageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(v -> dto.addItemsItem(VoteDtos.vote(v)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<VoteDto> createVote(VoteRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(VoteDtos.vote(votes.create(currentActor.get(), VoteDtos.command(body))));
  }

  @Override
  public ResponseEntity<VoteDto> getVote(Long voteId, Long xCommunityId) {
    return ResponseEntity.ok(VoteDtos.vote(votes.get(currentActor.get(), voteId)));
  }

  @Override
  public ResponseEntity<VoteDto> updateVote(Long voteId, VoteRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        VoteDtos.vote(votes.update(currentActor.get(), voteId, VoteDtos.command(body))));
  }

  @Override
  public ResponseEntity<VoteDto> publishVote(Long voteId, Long xCommunityId) {
    return ResponseEntity.ok(VoteDtos.vote(votes.publish(currentActor.get(), voteId)));
  }

  @Override
  public ResponseEntity<VoteDto> cancelVote(Long voteId, VoteReasonDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        VoteDtos.vote(votes.cancel(currentActor.get(), voteId, body.getReason().strip())));
  }

  @Override
  public ResponseEntity<ElectorateVoterPageDto> listVoteElectorate(
      Long voteId, Long xCommunityId, Long buildingId, Integer page, Integer size) {
    var result =
        votes.electorate(currentActor.get(), voteId, buildingId, PageRequest.of(page, size));
    ElectorateVoterPageDto dto =
        new ElectorateVoterPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(v -> dto.addItemsItem(VoteDtos.voter(v)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<BallotDto> castMyBallot(
      Long voteId, MyBallotRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            VoteDtos.ballot(
                ballots.castMine(
                    currentActor.get(), voteId, body.getOptionKey(), body.getVoterId())));
  }

  @Override
  public ResponseEntity<BallotDto> enterBallot(
      Long voteId, StaffBallotRequestDto body, Long xCommunityId) {
    StaffBallotCommand command =
        new StaffBallotCommand(
            body.getVoterId(),
            body.getOptionKey(),
            BallotChannel.valueOf(body.getChannel().name()),
            trim(body.getReason()),
            trim(body.getProxyReference()),
            trim(body.getProxyHolder()),
            body.getCastForResidentId());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(VoteDtos.ballot(ballots.enter(currentActor.get(), voteId, command)));
  }

  @Override
  public ResponseEntity<BallotPageDto> listBallots(
      Long voteId, Long xCommunityId, Integer page, Integer size) {
    var result = ballots.ballots(currentActor.get(), voteId, PageRequest.of(page, size));
    BallotPageDto dto =
        new BallotPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(b -> dto.addItemsItem(VoteDtos.ballot(b)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<VoteTallyDto> getVoteTally(Long voteId, Long xCommunityId) {
    return ResponseEntity.ok(VoteDtos.tally(results.tally(currentActor.get(), voteId)));
  }

  @Override
  public ResponseEntity<NotVotedRoomPageDto> listNotVotedRooms(
      Long voteId, Long xCommunityId, Long buildingId, Integer page, Integer size) {
    var result =
        results.notVoted(currentActor.get(), voteId, buildingId, PageRequest.of(page, size));
    NotVotedRoomPageDto dto =
        new NotVotedRoomPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(r -> dto.addItemsItem(VoteDtos.room(r)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<VoteRecountDto> recountVote(Long voteId, Long xCommunityId) {
    RecountView r = results.recount(currentActor.get(), voteId);
    return ResponseEntity.ok(
        new VoteRecountDto()
            .voteId(r.voteId())
            .stored(VoteDtos.result(r.stored()))
            .recounted(VoteDtos.result(r.recounted()))
            .agrees(r.agrees()));
  }

  @Override
  public ResponseEntity<Resource> exportVoteResult(Long voteId, Long xCommunityId, String format) {
    var chosen = Downloads.format(format);
    var actor = currentActor.get();
    return Downloads.spreadsheet(
        "vote-" + voteId, chosen, out -> results.export(actor, voteId, chosen, out));
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
