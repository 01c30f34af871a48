package org.linli.service.goods;

import java.util.Optional;
import java.util.Set;
import org.linli.persistence.goods.GoodsItemEntity;
import org.linli.persistence.goods.GoodsItemMapper;
import org.linli.service.common.Actor;
import org.linli.service.moderation.ContentReportView;
import org.linli.service.moderation.ContentType;
import org.linli.service.moderation.ModerationDecidedEvent;
import org.linli.service.moderation.ModerationService;
import org.linli.service.moderation.ModerationStatus;
import org.linli.service.moderation.ReportableContent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Reports (举报) on goods items: an item shown in the community can be reported; when staff uphold
 * the report in the sharing queue the item is hidden.
 */
@Service
public class GoodsReports {

  private static final Set<String> SHOWN = Set.of("AVAILABLE", "LENT", "TAKEN");

  private final ModerationService moderation;
  private final GoodsItemMapper items;

  public GoodsReports(ModerationService moderation, GoodsItemMapper items) {
    this.moderation = moderation;
    this.items = items;
  }

  /**
   * Reports an item shown in the community (once per reporter).
   *
   * @throws org.linli.service.common.NotFoundException {@code CONTENT_NOT_FOUND} otherwise
   */
  public ContentReportView report(Actor actor, long itemId, String reason) {
    return moderation.report(actor, ContentType.GOODS_ITEM, Long.toString(itemId), reason);
  }

  /** Hides an item whose report a moderator upheld (in the deciding transaction). */
  @EventListener
  public void onModerationDecided(ModerationDecidedEvent event) {
    if (event.type() != ContentType.GOODS_ITEM || event.decision() != ModerationStatus.REJECTED) {
      return;
    }
    GoodsItemEntity item = items.selectById(Long.parseLong(event.contentId()));
    if (item != null && (SHOWN.contains(item.getStatus()) || "HELD".equals(item.getStatus()))) {
      item.setStatus("HIDDEN");
      items.updateById(item);
    }
  }

  /** Items shown in the community, for reports (apart from the service: moderation needs it). */
  @org.springframework.stereotype.Component
  static class Items implements ReportableContent {
    private final GoodsItemMapper items;

    Items(GoodsItemMapper items) {
      this.items = items;
    }

    @Override
    public ContentType type() {
      return ContentType.GOODS_ITEM;
    }

    /** An item shown in {@code communityId}; the community's own items have author 0. */
    @Override
    public Optional<Found> find(long communityId, String contentId) {
      GoodsItemEntity item;
      try {
        item = items.selectById(Long.parseLong(contentId));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (item == null
          || item.getCommunityId() != communityId
          || !SHOWN.contains(item.getStatus())) {
        return Optional.empty();
      }
      String text =
          item.getTitle() + (item.getDescription() == null ? "" : "\n" + item.getDescription());
      return Optional.of(new Found(item.getOwnerId() == null ? 0 : item.getOwnerId(), text));
    }
  }
}
