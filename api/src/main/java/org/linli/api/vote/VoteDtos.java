package org.linli.api.vote;

import static org.linli.api.common.ApiTimes.offset;
import static org.linli.api.common.ApiTimes.utc;

import org.linli.contract.model.BallotChannelDto;
import org.linli.contract.model.BallotDto;
import org.linli.contract.model.ElectorateKindDto;
import org.linli.contract.model.ElectorateRoomDto;
import org.linli.contract.model.ElectorateVoterDto;
import org.linli.contract.model.MyVoterDto;
import org.linli.contract.model.NotVotedRoomDto;
import org.linli.contract.model.ThresholdDto;
import org.linli.contract.model.VoteDto;
import org.linli.contract.model.VoteOptionDto;
import org.linli.contract.model.VoteOptionKindDto;
import org.linli.contract.model.VoteOptionResultDto;
import org.linli.contract.model.VoteRequestDto;
import org.linli.contract.model.VoteResultDto;
import org.linli.contract.model.VoteRulesDto;
import org.linli.contract.model.VoteScopeKindDto;
import org.linli.contract.model.VoteStatusDto;
import org.linli.contract.model.VoteTallyDto;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.vote.BallotView;
import org.linli.service.vote.ElectorateKind;
import org.linli.service.vote.ElectorateVoterView;
import org.linli.service.vote.NotVotedRoomView;
import org.linli.service.vote.OptionKind;
import org.linli.service.vote.RuleProfile;
import org.linli.service.vote.ScopeKind;
import org.linli.service.vote.Threshold;
import org.linli.service.vote.VoteCommand;
import org.linli.service.vote.VoteResult;
import org.linli.service.vote.VoteTallyView;
import org.linli.service.vote.VoteView;

/** Mapping between the contract's vote DTOs and the service's views and commands. */
final class VoteDtos {

  private VoteDtos() {}

  static VoteCommand command(VoteRequestDto d) {
    RuleProfile custom = null;
    if (d.getCustomRules() != null) {
      var r = d.getCustomRules();
      custom =
          new RuleProfile(
              "CUSTOM",
              true,
              threshold("customRules.quorumArea", r.getQuorumArea()),
              threshold("customRules.quorumHeads", r.getQuorumHeads()),
              threshold("customRules.approvalArea", r.getApprovalArea()),
              threshold("customRules.approvalHeads", r.getApprovalHeads()));
    }
    return new VoteCommand(
        d.getTitle().strip(),
        d.getQuestion().strip(),
        d.getOptionKind() == null
            ? OptionKind.YES_NO
            : OptionKind.valueOf(d.getOptionKind().name()),
        d.getOptions() == null ? null : d.getOptions().stream().map(String::strip).toList(),
        Boolean.TRUE.equals(d.getAbstainAllowed()),
        ScopeKind.valueOf(d.getScopeKind().name()),
        d.getScopeIds(),
        ElectorateKind.valueOf(d.getElectorateKind().name()),
        d.getProfile().name(),
        custom,
        d.getNoticeDays() == null ? 0 : d.getNoticeDays(),
        utc(d.getOpensAt()),
        utc(d.getClosesAt()),
        Boolean.TRUE.equals(d.getBallotsChangeable()),
        Boolean.TRUE.equals(d.getTallyPublic()),
        d.getLinkedVoteId(),
        d.getProposalId());
  }

  private static Threshold threshold(String field, ThresholdDto t) {
    try {
      return new Threshold(t.getNumerator(), t.getDenominator(), t.getStrict());
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldsException(field, "INVALID", "a share between 0 and 1");
    }
  }

  static VoteDto vote(VoteView v) {
    VoteDto d =
        new VoteDto()
            .id(v.id())
            .proposalId(v.proposalId())
            .title(v.title())
            .question(v.question())
            .optionKind(VoteOptionKindDto.valueOf(v.optionKind().name()))
            .scopeKind(VoteScopeKindDto.valueOf(v.scopeKind().name()))
            .scopeIds(v.scopeIds())
            .electorateKind(ElectorateKindDto.valueOf(v.electorateKind().name()))
            .rules(rules(v.rules()))
            .noticeDays(v.noticeDays())
            .opensAt(offset(v.opensAt()))
            .closesAt(offset(v.closesAt()))
            .ballotsChangeable(v.ballotsChangeable())
            .tallyPublic(v.tallyPublic())
            .linkedVoteIds(v.linkedVoteIds())
            .status(VoteStatusDto.valueOf(v.status().name()))
            .statusReason(v.statusReason())
            .publishedAt(offset(v.publishedAt()))
            .openedAt(offset(v.openedAt()))
            .closedAt(offset(v.closedAt()))
            .passed(v.passed())
            .combinedPassed(v.combinedPassed());
    v.options().forEach(o -> d.addOptionsItem(new VoteOptionDto().key(o.key()).label(o.label())));
    v.myVoters()
        .forEach(
            m ->
                d.addMyVotersItem(
                    new MyVoterDto()
                        .voterId(m.voterId())
                        .label(m.label())
                        .optionKey(m.optionKey())
                        .channel(
                            m.channel() == null
                                ? null
                                : BallotChannelDto.valueOf(m.channel().name()))));
    return d;
  }

  static VoteRulesDto rules(RuleProfile r) {
    return new VoteRulesDto()
        .name(r.name())
        .countsArea(r.countsArea())
        .quorumArea(threshold(r.quorumArea()))
        .quorumHeads(threshold(r.quorumHeads()))
        .approvalArea(threshold(r.approvalArea()))
        .approvalHeads(threshold(r.approvalHeads()));
  }

  private static ThresholdDto threshold(Threshold t) {
    return new ThresholdDto()
        .numerator(t.numerator())
        .denominator(t.denominator())
        .strict(t.strict());
  }

  static ElectorateVoterDto voter(ElectorateVoterView v) {
    ElectorateVoterDto d =
        new ElectorateVoterDto()
            .voterId(v.voterId())
            .label(v.label())
            .areaCentiM2(v.areaCentiM2())
            .developer(v.developer())
            .maskedNames(v.maskedNames());
    v.rooms()
        .forEach(
            r ->
                d.addRoomsItem(
                    new ElectorateRoomDto()
                        .roomId(r.roomId())
                        .label(r.label())
                        .areaCentiM2(r.areaCentiM2())
                        .areaSource(r.areaSource())));
    return d;
  }

  static BallotDto ballot(BallotView b) {
    return new BallotDto()
        .id(b.id())
        .voteId(b.voteId())
        .voterId(b.voterId())
        .voterLabel(b.voterLabel())
        .optionKey(b.optionKey())
        .channel(BallotChannelDto.valueOf(b.channel().name()))
        .castBy(b.castBy())
        .castForResidentId(b.castForResidentId())
        .proxyReference(b.proxyReference())
        .proxyHolder(b.proxyHolder())
        .reason(b.reason())
        .castAt(offset(b.castAt()));
  }

  static VoteTallyDto tally(VoteTallyView t) {
    return new VoteTallyDto()
        .voteId(t.voteId())
        .status(VoteStatusDto.valueOf(t.status().name()))
        .closed(t.closed())
        .asOf(offset(t.asOf()))
        .result(result(t.result()));
  }

  static VoteResultDto result(VoteResult r) {
    VoteResultDto d =
        new VoteResultDto()
            .rules(rules(r.rules()))
            .countingPolicy(r.countingPolicy())
            .totalArea(r.totalArea())
            .totalHeads(r.totalHeads())
            .participatingArea(r.participatingArea())
            .participatingHeads(r.participatingHeads())
            .quorumAreaMet(r.quorumAreaMet())
            .quorumHeadsMet(r.quorumHeadsMet())
            .missingQuorumArea(r.missingQuorumArea())
            .missingQuorumHeads(r.missingQuorumHeads())
            .passed(r.passed())
            .passedOptions(r.passedOptions())
            .ballots(r.ballots());
    r.options()
        .forEach(
            o ->
                d.addOptionsItem(
                    new VoteOptionResultDto()
                        .key(o.key())
                        .label(o.label())
                        .area(o.area())
                        .heads(o.heads())
                        .approvalAreaMet(o.approvalAreaMet())
                        .approvalHeadsMet(o.approvalHeadsMet())
                        .missingApprovalArea(o.missingApprovalArea())
                        .missingApprovalHeads(o.missingApprovalHeads())
                        .passed(o.passed())));
    return d;
  }

  static NotVotedRoomDto room(NotVotedRoomView r) {
    return new NotVotedRoomDto()
        .roomId(r.roomId())
        .voterId(r.voterId())
        .buildingId(r.buildingId())
        .unitId(r.unitId())
        .label(r.label())
        .areaCentiM2(r.areaCentiM2());
  }
}
