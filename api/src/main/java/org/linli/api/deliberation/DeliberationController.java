package org.linli.api.deliberation;

import static org.linli.api.common.ApiTimes.offset;

import java.util.Set;
import org.linli.api.common.CurrentActor;
import org.linli.contract.api.DeliberationApi;
import org.linli.contract.model.ModerationStatusDto;
import org.linli.contract.model.ProposalCommentDto;
import org.linli.contract.model.ProposalCommentPageDto;
import org.linli.contract.model.ProposalCommentReportDto;
import org.linli.contract.model.ProposalCommentReportRequestDto;
import org.linli.contract.model.ProposalCommentRequestDto;
import org.linli.contract.model.ProposalCommentStatusDto;
import org.linli.contract.model.ProposalDto;
import org.linli.contract.model.ProposalEventDto;
import org.linli.contract.model.ProposalMergeRequestDto;
import org.linli.contract.model.ProposalModerationContentTypeDto;
import org.linli.contract.model.ProposalModerationItemDto;
import org.linli.contract.model.ProposalModerationItemPageDto;
import org.linli.contract.model.ProposalPageDto;
import org.linli.contract.model.ProposalReasonDto;
import org.linli.contract.model.ProposalRequestDto;
import org.linli.contract.model.ProposalSettingsDto;
import org.linli.contract.model.ProposalStatusDto;
import org.linli.contract.model.RejectRequestDto;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.deliberation.CommentView;
import org.linli.service.deliberation.DeliberationService;
import org.linli.service.deliberation.DeliberationSettingsView;
import org.linli.service.deliberation.ProposalCommand;
import org.linli.service.deliberation.ProposalCommentService;
import org.linli.service.deliberation.ProposalEventView;
import org.linli.service.deliberation.ProposalStatus;
import org.linli.service.deliberation.ProposalView;
import org.linli.service.moderation.ContentReportView;
import org.linli.service.moderation.ContentType;
import org.linli.service.moderation.ModerationItemView;
import org.linli.service.moderation.ModerationService;
import org.linli.service.moderation.ModerationStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Proposals: residents raise, support and discuss them; staff decide and moderate. */
@RestController
class DeliberationController implements DeliberationApi {

  /** The kinds of content moderated through this feature's paths. */
  static final Set<ContentType> MODERATED =
      Set.of(ContentType.PROPOSAL, ContentType.PROPOSAL_COMMENT);

  private final DeliberationService deliberation;
  private final ProposalCommentService comments;
  private final ModerationService moderation;
  private final CurrentActor currentActor;

  DeliberationController(
      DeliberationService deliberation,
      ProposalCommentService comments,
      ModerationService moderation,
      CurrentActor currentActor) {
    this.deliberation = deliberation;
    this.comments = comments;
    this.moderation = moderation;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<ProposalPageDto> listProposals(
      Long xCommunityId,
      ProposalStatusDto status,
      String sort,
      String q,
      Boolean mine,
      Integer page,
      Integer size) {
    PageView<ProposalView> result =
        deliberation.list(
            currentActor.get(),
            status == null ? null : ProposalStatus.valueOf(status.name()),
            "support".equals(sort),
            q,
            Boolean.TRUE.equals(mine),
            PageRequest.of(page, size));
    ProposalPageDto dto =
        new ProposalPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(p -> dto.addItemsItem(proposal(p)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<ProposalDto> raiseProposal(ProposalRequestDto body, Long xCommunityId) {
    ProposalView view =
        deliberation.raise(
            currentActor.get(),
            new ProposalCommand(body.getTitle(), body.getBody(), body.getAttachments()));
    return ResponseEntity.status(HttpStatus.CREATED).body(proposal(view));
  }

  @Override
  public ResponseEntity<ProposalDto> getProposal(Long proposalId, Long xCommunityId) {
    return ResponseEntity.ok(proposal(deliberation.get(currentActor.get(), proposalId)));
  }

  @Override
  public ResponseEntity<ProposalDto> supportProposal(Long proposalId, Long xCommunityId) {
    return ResponseEntity.ok(proposal(deliberation.support(currentActor.get(), proposalId)));
  }

  @Override
  public ResponseEntity<ProposalDto> withdrawProposalSupport(Long proposalId, Long xCommunityId) {
    return ResponseEntity.ok(
        proposal(deliberation.withdrawSupport(currentActor.get(), proposalId)));
  }

  @Override
  public ResponseEntity<ProposalDto> withdrawProposal(
      Long proposalId, Long xCommunityId, ProposalReasonDto body) {
    return ResponseEntity.ok(
        proposal(deliberation.withdraw(currentActor.get(), proposalId, reason(body))));
  }

  @Override
  public ResponseEntity<ProposalDto> acceptProposal(
      Long proposalId, Long xCommunityId, ProposalReasonDto body) {
    return ResponseEntity.ok(
        proposal(deliberation.accept(currentActor.get(), proposalId, reason(body))));
  }

  @Override
  public ResponseEntity<ProposalDto> declineProposal(
      Long proposalId, ProposalReasonDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        proposal(deliberation.decline(currentActor.get(), proposalId, reason(body))));
  }

  @Override
  public ResponseEntity<ProposalDto> mergeProposal(
      Long proposalId, ProposalMergeRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        proposal(
            deliberation.merge(
                currentActor.get(), proposalId, body.getTargetProposalId(), body.getReason())));
  }

  @Override
  public ResponseEntity<ProposalCommentPageDto> listProposalComments(
      Long proposalId, Long xCommunityId, Long parentId, String sort, Integer page, Integer size) {
    PageView<CommentView> result =
        comments.thread(
            currentActor.get(),
            proposalId,
            parentId,
            !"oldest".equals(sort),
            PageRequest.of(page, size));
    ProposalCommentPageDto dto =
        new ProposalCommentPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(c -> dto.addItemsItem(comment(c)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<ProposalCommentDto> commentOnProposal(
      Long proposalId, ProposalCommentRequestDto body, Long xCommunityId) {
    CommentView view =
        comments.comment(currentActor.get(), proposalId, body.getParentId(), body.getText());
    return ResponseEntity.status(HttpStatus.CREATED).body(comment(view));
  }

  @Override
  public ResponseEntity<ProposalCommentReportDto> reportProposalComment(
      Long proposalId, Long commentId, ProposalCommentReportRequestDto body, Long xCommunityId) {
    ContentReportView view =
        comments.report(currentActor.get(), proposalId, commentId, body.getReason());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new ProposalCommentReportDto()
                .id(view.id())
                .commentId(Long.valueOf(view.contentId()))
                .createdAt(offset(view.createdAt())));
  }

  @Override
  public ResponseEntity<ProposalSettingsDto> getProposalSettings(Long xCommunityId) {
    return ResponseEntity.ok(settings(deliberation.settings(currentActor.get())));
  }

  @Override
  public ResponseEntity<ProposalSettingsDto> updateProposalSettings(
      ProposalSettingsDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        settings(
            deliberation.updateSettings(
                currentActor.get(), new DeliberationSettingsView(body.getSupportThreshold()))));
  }

  @Override
  public ResponseEntity<ProposalModerationItemPageDto> listProposalModerationItems(
      Long xCommunityId, ModerationStatusDto status, Integer page, Integer size) {
    PageView<ModerationItemView> result =
        moderation.list(
            currentActor.get(),
            status == null ? null : ModerationStatus.valueOf(status.name()),
            MODERATED,
            PageRequest.of(page, size));
    ProposalModerationItemPageDto dto =
        new ProposalModerationItemPageDto()
            .page(result.page())
            .size(result.size())
            .total(result.total());
    result.items().forEach(i -> dto.addItemsItem(item(i)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<ProposalModerationItemDto> approveProposalModerationItem(
      Long itemId, Long xCommunityId) {
    return ResponseEntity.ok(item(moderation.approve(currentActor.get(), itemId, MODERATED)));
  }

  @Override
  public ResponseEntity<ProposalModerationItemDto> rejectProposalModerationItem(
      Long itemId, Long xCommunityId, RejectRequestDto body) {
    String note = body == null ? null : body.getNote();
    return ResponseEntity.ok(item(moderation.reject(currentActor.get(), itemId, MODERATED, note)));
  }

  // ------------------------------------------------------------------ mapping

  private static String reason(ProposalReasonDto body) {
    return body == null ? null : body.getReason();
  }

  static ProposalDto proposal(ProposalView v) {
    ProposalDto dto =
        new ProposalDto()
            .id(v.id())
            .title(v.title())
            .body(v.body())
            .attachments(v.attachments())
            .status(ProposalStatusDto.valueOf(v.status().name()))
            .statusReason(v.statusReason())
            .mergedIntoId(v.mergedIntoId())
            .voteId(v.voteId())
            .authorName(v.authorName())
            .mine(v.mine())
            .supportedByMe(v.supportedByMe())
            .supportCount(v.supportCount())
            .supportThreshold(v.supportThreshold())
            .commentCount(v.commentCount())
            .createdAt(offset(v.createdAt()))
            .submittedAt(offset(v.submittedAt()))
            .decidedAt(offset(v.decidedAt()));
    for (ProposalEventView e : v.timeline()) {
      dto.addTimelineItem(
          new ProposalEventDto()
              .from(e.from() == null ? null : ProposalStatusDto.valueOf(e.from().name()))
              .to(ProposalStatusDto.valueOf(e.to().name()))
              .actorRole(e.actorRole())
              .reason(e.reason())
              .relatedId(e.relatedId())
              .at(offset(e.at())));
    }
    return dto;
  }

  private static ProposalCommentDto comment(CommentView v) {
    return new ProposalCommentDto()
        .id(v.id())
        .proposalId(v.proposalId())
        .parentId(v.parentId())
        .authorName(v.authorName())
        .mine(v.mine())
        .text(v.text())
        .status(ProposalCommentStatusDto.valueOf(v.status().name()))
        .replyCount(v.replyCount())
        .createdAt(offset(v.createdAt()));
  }

  private static ProposalSettingsDto settings(DeliberationSettingsView v) {
    return new ProposalSettingsDto().supportThreshold(v.supportThreshold());
  }

  private static ProposalModerationItemDto item(ModerationItemView v) {
    return new ProposalModerationItemDto()
        .id(v.id())
        .contentType(ProposalModerationContentTypeDto.valueOf(v.type().name()))
        .contentId(v.contentId())
        .authorId(v.authorId())
        .text(v.text())
        .status(ModerationStatusDto.valueOf(v.status().name()))
        .reason(v.reason())
        .label(v.label())
        .reportCount(v.reportCount())
        .decisionNote(v.decisionNote())
        .createdAt(offset(v.createdAt()))
        .decidedAt(offset(v.decidedAt()));
  }
}
