package org.linli.api.skill;

import static org.linli.api.common.ApiTimes.offset;

import org.linli.api.common.CurrentActor;
import org.linli.contract.api.SkillsApi;
import org.linli.contract.model.ModerationStatusDto;
import org.linli.contract.model.RejectRequestDto;
import org.linli.contract.model.SharingModerationItemDto;
import org.linli.contract.model.SharingModerationItemPageDto;
import org.linli.contract.model.SharingReasonRequestDto;
import org.linli.contract.model.SharingReportDto;
import org.linli.contract.model.SharingReportRequestDto;
import org.linli.contract.model.SharingSuspensionDto;
import org.linli.contract.model.SharingSuspensionRequestDto;
import org.linli.contract.model.SkillCategoryDto;
import org.linli.contract.model.SkillCategoryListDto;
import org.linli.contract.model.SkillCategoryRequestDto;
import org.linli.contract.model.SkillExchangeDto;
import org.linli.contract.model.SkillExchangePageDto;
import org.linli.contract.model.SkillExchangeRequestDto;
import org.linli.contract.model.SkillExchangeStatusDto;
import org.linli.contract.model.SkillPostDto;
import org.linli.contract.model.SkillPostKindDto;
import org.linli.contract.model.SkillPostPageDto;
import org.linli.contract.model.SkillPostRequestDto;
import org.linli.contract.model.SkillPostStatusDto;
import org.linli.contract.model.SkillThanksRequestDto;
import org.linli.service.common.PageRequest;
import org.linli.service.moderation.ModerationStatus;
import org.linli.service.skill.ExchangeService;
import org.linli.service.skill.ExchangeStatus;
import org.linli.service.skill.SharingReports;
import org.linli.service.skill.SkillPostCommand;
import org.linli.service.skill.SkillPostKind;
import org.linli.service.skill.SkillPostStatus;
import org.linli.service.skill.SkillService;
import org.linli.service.skill.SkillViews;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Skill sharing: residents post and exchange help, staff moderate. */
@RestController
class SkillController implements SkillsApi {

  private final SkillService skills;
  private final ExchangeService exchanges;
  private final SharingReports reports;
  private final CurrentActor currentActor;

  SkillController(
      SkillService skills,
      ExchangeService exchanges,
      SharingReports reports,
      CurrentActor currentActor) {
    this.reports = reports;
    this.skills = skills;
    this.exchanges = exchanges;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<SkillCategoryListDto> listSkillCategories(Long xCommunityId) {
    SkillCategoryListDto dto = new SkillCategoryListDto();
    dto.setItems(new java.util.ArrayList<>());
    skills
        .categories(currentActor.get())
        .forEach(c -> dto.addItemsItem(new SkillCategoryDto().id(c.id()).name(c.name())));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SkillCategoryDto> createSkillCategory(
      SkillCategoryRequestDto body, Long xCommunityId) {
    SkillViews.Category c = skills.addCategory(currentActor.get(), body.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new SkillCategoryDto().id(c.id()).name(c.name()));
  }

  @Override
  public ResponseEntity<SkillPostPageDto> listSkillPosts(
      Long xCommunityId,
      SkillPostKindDto kind,
      Long categoryId,
      String q,
      Boolean mine,
      SkillPostStatusDto status,
      Integer page,
      Integer size) {
    SkillViews.Page<SkillViews.Post> result =
        skills.list(
            currentActor.get(),
            kind == null ? null : SkillPostKind.valueOf(kind.name()),
            categoryId,
            q,
            Boolean.TRUE.equals(mine),
            status == null ? null : SkillPostStatus.valueOf(status.name()),
            PageRequest.of(page, size));
    SkillPostPageDto dto =
        new SkillPostPageDto().page(result.page()).size(result.size()).total(result.total());
    dto.setItems(new java.util.ArrayList<>());
    result.items().forEach(p -> dto.addItemsItem(post(p)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SkillPostDto> createSkillPost(SkillPostRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            post(
                skills.create(
                    currentActor.get(),
                    new SkillPostCommand(
                        SkillPostKind.valueOf(body.getKind().name()),
                        body.getCategoryId(),
                        body.getTitle(),
                        body.getDescription(),
                        body.getAvailability(),
                        body.getPlace(),
                        body.getPriceMinutes()))));
  }

  @Override
  public ResponseEntity<SkillPostDto> getSkillPost(Long postId, Long xCommunityId) {
    return ResponseEntity.ok(post(skills.get(currentActor.get(), postId)));
  }

  @Override
  public ResponseEntity<SkillPostDto> closeSkillPost(Long postId, Long xCommunityId) {
    return ResponseEntity.ok(post(skills.close(currentActor.get(), postId)));
  }

  @Override
  public ResponseEntity<SkillPostDto> approveSkillPost(Long postId, Long xCommunityId) {
    return ResponseEntity.ok(post(skills.approve(currentActor.get(), postId)));
  }

  @Override
  public ResponseEntity<SkillPostDto> hideSkillPost(
      Long postId, SharingReasonRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(post(skills.hide(currentActor.get(), postId, body.getReason())));
  }

  @Override
  public ResponseEntity<SkillPostDto> restoreSkillPost(Long postId, Long xCommunityId) {
    return ResponseEntity.ok(post(skills.restore(currentActor.get(), postId)));
  }

  @Override
  public ResponseEntity<SkillExchangeDto> proposeSkillExchange(
      Long postId, SkillExchangeRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            exchange(
                exchanges.propose(
                    currentActor.get(), postId, body.getMinutes(), body.getMessage())));
  }

  @Override
  public ResponseEntity<SkillExchangePageDto> listMySkillExchanges(
      Long xCommunityId, SkillExchangeStatusDto status, Integer page, Integer size) {
    SkillViews.Page<SkillViews.Exchange> result =
        exchanges.mine(
            currentActor.get(),
            status == null ? null : ExchangeStatus.valueOf(status.name()),
            PageRequest.of(page, size));
    SkillExchangePageDto dto =
        new SkillExchangePageDto().page(result.page()).size(result.size()).total(result.total());
    dto.setItems(new java.util.ArrayList<>());
    result.items().forEach(e -> dto.addItemsItem(exchange(e)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SkillExchangeDto> getSkillExchange(Long exchangeId, Long xCommunityId) {
    return ResponseEntity.ok(exchange(exchanges.get(currentActor.get(), exchangeId)));
  }

  @Override
  public ResponseEntity<SkillExchangeDto> acceptSkillExchange(Long exchangeId, Long xCommunityId) {
    return ResponseEntity.ok(exchange(exchanges.accept(currentActor.get(), exchangeId)));
  }

  @Override
  public ResponseEntity<SkillExchangeDto> declineSkillExchange(Long exchangeId, Long xCommunityId) {
    return ResponseEntity.ok(exchange(exchanges.decline(currentActor.get(), exchangeId)));
  }

  @Override
  public ResponseEntity<SkillExchangeDto> cancelSkillExchange(Long exchangeId, Long xCommunityId) {
    return ResponseEntity.ok(exchange(exchanges.cancel(currentActor.get(), exchangeId)));
  }

  @Override
  public ResponseEntity<SkillExchangeDto> confirmSkillExchange(Long exchangeId, Long xCommunityId) {
    return ResponseEntity.ok(exchange(exchanges.confirm(currentActor.get(), exchangeId)));
  }

  @Override
  public ResponseEntity<SkillExchangeDto> shareSkillExchangePhone(
      Long exchangeId, Long xCommunityId) {
    return ResponseEntity.ok(exchange(exchanges.sharePhone(currentActor.get(), exchangeId)));
  }

  @Override
  public ResponseEntity<SkillExchangeDto> thankSkillExchange(
      Long exchangeId, SkillThanksRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        exchange(exchanges.thank(currentActor.get(), exchangeId, body.getText())));
  }

  @Override
  public ResponseEntity<SharingSuspensionDto> suspendFromSharing(
      SharingSuspensionRequestDto body, Long xCommunityId) {
    SkillViews.Suspension s =
        skills.suspend(currentActor.get(), body.getUserId(), body.getDays(), body.getReason());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new SharingSuspensionDto()
                .id(s.id())
                .userId(s.userId())
                .until(offset(s.until()))
                .reason(s.reason()));
  }

  private static SkillPostDto post(SkillViews.Post p) {
    return new SkillPostDto()
        .id(p.id())
        .kind(SkillPostKindDto.fromValue(p.kind().name()))
        .categoryId(p.categoryId())
        .categoryName(p.categoryName())
        .title(p.title())
        .description(p.description())
        .availability(p.availability())
        .place(p.place())
        .priceMinutes(p.priceMinutes())
        .status(SkillPostStatusDto.fromValue(p.status().name()))
        .authorName(p.authorName())
        .mine(p.mine())
        .createdAt(offset(p.createdAt()));
  }

  private static SkillExchangeDto exchange(SkillViews.Exchange e) {
    return new SkillExchangeDto()
        .id(e.id())
        .postId(e.postId())
        .postTitle(e.postTitle())
        .myRole(e.myRole() == null ? null : SkillExchangeDto.MyRoleEnum.fromValue(e.myRole()))
        .minutes(e.minutes())
        .message(e.message())
        .status(SkillExchangeStatusDto.fromValue(e.status().name()))
        .counterpartName(e.counterpartName())
        .helperConfirmed(e.helperConfirmed())
        .receiverConfirmed(e.receiverConfirmed())
        .mySharesPhone(e.mySharesPhone())
        .counterpartPhone(e.counterpartPhone())
        .autoCompletesAt(offset(e.autoCompletesAt()))
        .transferId(e.transferId())
        .createdAt(offset(e.createdAt()))
        .completedAt(offset(e.completedAt()))
        .helperThanks(e.helperThanks())
        .receiverThanks(e.receiverThanks());
  }

  // ------------------------------------------------------------------ reports (举报)

  @Override
  public ResponseEntity<SharingReportDto> reportSkillPost(
      Long postId, SharingReportRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            SharingReportDtos.report(
                reports.reportPost(currentActor.get(), postId, body.getReason())));
  }

  @Override
  public ResponseEntity<SharingReportDto> reportSkillThanks(
      Long exchangeId, SharingReportRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            SharingReportDtos.report(
                reports.reportThanks(currentActor.get(), exchangeId, body.getReason())));
  }

  @Override
  public ResponseEntity<SharingModerationItemPageDto> listSharingReports(
      Long xCommunityId, ModerationStatusDto status, Integer page, Integer size) {
    var result =
        reports.list(
            currentActor.get(),
            status == null ? null : ModerationStatus.valueOf(status.name()),
            PageRequest.of(page, size));
    SharingModerationItemPageDto dto =
        new SharingModerationItemPageDto()
            .page(result.page())
            .size(result.size())
            .total(result.total());
    result.items().forEach(i -> dto.addItemsItem(SharingReportDtos.item(i)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SharingModerationItemDto> approveSharingReport(
      Long itemId, Long xCommunityId) {
    return ResponseEntity.ok(SharingReportDtos.item(reports.approve(currentActor.get(), itemId)));
  }

  @Override
  public ResponseEntity<SharingModerationItemDto> rejectSharingReport(
      Long itemId, Long xCommunityId, RejectRequestDto body) {
    String note = body == null ? null : body.getNote();
    return ResponseEntity.ok(
        SharingReportDtos.item(reports.reject(currentActor.get(), itemId, note)));
  }
}
