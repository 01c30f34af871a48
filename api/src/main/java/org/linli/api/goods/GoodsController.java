package org.linli.api.goods;

import java.time.ZoneOffset;
import java.util.ArrayList;
import org.linli.api.common.CurrentActor;
import org.linli.api.skill.SharingReportDtos;
import org.linli.contract.api.GoodsApi;
import org.linli.contract.model.GoodsItemDto;
import org.linli.contract.model.GoodsItemPageDto;
import org.linli.contract.model.GoodsItemRequestDto;
import org.linli.contract.model.GoodsModeDto;
import org.linli.contract.model.GoodsRequestDto;
import org.linli.contract.model.GoodsRequestListDto;
import org.linli.contract.model.GoodsRequestRequestDto;
import org.linli.contract.model.GoodsReturnRequestDto;
import org.linli.contract.model.SharingReasonRequestDto;
import org.linli.contract.model.SharingReportDto;
import org.linli.contract.model.SharingReportRequestDto;
import org.linli.service.common.PageRequest;
import org.linli.service.goods.GoodsReports;
import org.linli.service.goods.GoodsService;
import org.linli.service.goods.GoodsViews;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Goods sharing: residents and the community's library give away and lend items. */
@RestController
class GoodsController implements GoodsApi {

  private final GoodsService goods;
  private final GoodsReports reports;
  private final CurrentActor currentActor;

  GoodsController(GoodsService goods, GoodsReports reports, CurrentActor currentActor) {
    this.reports = reports;
    this.goods = goods;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<GoodsItemPageDto> listGoods(
      Long xCommunityId, GoodsModeDto mode, Boolean mine, Integer page, Integer size) {
    GoodsViews.Page<GoodsViews.Item> result =
        goods.list(
            currentActor.get(),
            mode == null ? null : mode.name(),
            Boolean.TRUE.equals(mine),
            PageRequest.of(page, size));
    GoodsItemPageDto dto =
        new GoodsItemPageDto().page(result.page()).size(result.size()).total(result.total());
    dto.setItems(new ArrayList<>());
    result.items().forEach(i -> dto.addItemsItem(item(i)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<GoodsItemDto> createGoodsItem(GoodsItemRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            item(
                goods.create(
                    currentActor.get(),
                    new GoodsViews.ItemCommand(
                        body.getMode().name(),
                        body.getTitle(),
                        body.getDescription(),
                        body.getCondition(),
                        body.getPickupBuilding(),
                        body.getPhotoUrls(),
                        Boolean.TRUE.equals(body.getCommunityOwned())))));
  }

  @Override
  public ResponseEntity<GoodsItemDto> getGoodsItem(Long itemId, Long xCommunityId) {
    return ResponseEntity.ok(item(goods.get(currentActor.get(), itemId)));
  }

  @Override
  public ResponseEntity<GoodsItemDto> approveGoodsItem(Long itemId, Long xCommunityId) {
    return ResponseEntity.ok(item(goods.approveItem(currentActor.get(), itemId)));
  }

  @Override
  public ResponseEntity<GoodsItemDto> hideGoodsItem(
      Long itemId, SharingReasonRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(item(goods.hideItem(currentActor.get(), itemId, body.getReason())));
  }

  @Override
  public ResponseEntity<GoodsItemDto> restoreGoodsItem(Long itemId, Long xCommunityId) {
    return ResponseEntity.ok(item(goods.restoreItem(currentActor.get(), itemId)));
  }

  @Override
  public ResponseEntity<GoodsRequestListDto> listGoodsRequests(Long itemId, Long xCommunityId) {
    GoodsRequestListDto dto = new GoodsRequestListDto();
    dto.setItems(new ArrayList<>());
    goods.requests(currentActor.get(), itemId).forEach(r -> dto.addItemsItem(request(r)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<GoodsRequestDto> requestGoodsItem(
      Long itemId, GoodsRequestRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            request(
                goods.request(
                    currentActor.get(),
                    itemId,
                    body.getStartsOn(),
                    body.getDueOn(),
                    body.getMessage(),
                    body.getAcceptedTemplateIds())));
  }

  @Override
  public ResponseEntity<GoodsRequestDto> approveGoodsRequest(Long requestId, Long xCommunityId) {
    return ResponseEntity.ok(request(goods.approve(currentActor.get(), requestId)));
  }

  @Override
  public ResponseEntity<GoodsRequestDto> declineGoodsRequest(Long requestId, Long xCommunityId) {
    return ResponseEntity.ok(request(goods.decline(currentActor.get(), requestId)));
  }

  @Override
  public ResponseEntity<GoodsRequestDto> cancelGoodsRequest(Long requestId, Long xCommunityId) {
    return ResponseEntity.ok(request(goods.cancel(currentActor.get(), requestId)));
  }

  @Override
  public ResponseEntity<GoodsRequestDto> returnGoodsRequest(
      Long requestId, GoodsReturnRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        request(
            goods.returned(
                currentActor.get(), requestId, body == null ? null : body.getConditionNote())));
  }

  private static GoodsItemDto item(GoodsViews.Item i) {
    return new GoodsItemDto()
        .id(i.id())
        .mode(GoodsModeDto.fromValue(i.mode()))
        .title(i.title())
        .description(i.description())
        .condition(i.condition())
        .pickupBuilding(i.pickupBuilding())
        .photoUrls(new ArrayList<>(i.photoUrls()))
        .status(GoodsItemDto.StatusEnum.fromValue(i.status()))
        .communityOwned(i.communityOwned())
        .ownerName(i.ownerName())
        .mine(i.mine())
        .createdAt(i.createdAt().atOffset(ZoneOffset.UTC));
  }

  private static GoodsRequestDto request(GoodsViews.Request r) {
    return new GoodsRequestDto()
        .id(r.id())
        .itemId(r.itemId())
        .requesterName(r.requesterName())
        .mine(r.mine())
        .status(GoodsRequestDto.StatusEnum.fromValue(r.status()))
        .startsOn(r.startsOn())
        .dueOn(r.dueOn())
        .message(r.message())
        .returnNote(r.returnNote())
        .late(r.late())
        .createdAt(r.createdAt().atOffset(ZoneOffset.UTC));
  }

  @Override
  public ResponseEntity<SharingReportDto> reportGoodsItem(
      Long itemId, SharingReportRequestDto body, Long xCommunityId) {
    return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
        .body(
            SharingReportDtos.report(reports.report(currentActor.get(), itemId, body.getReason())));
  }
}
