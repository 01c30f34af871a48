package org.linli.service.goods;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What goods sharing shows. */
public final class GoodsViews {

  private GoodsViews() {}

  /**
   * A new item.
   *
   * @param communityOwned the community's own (staff only)
   */
  public record ItemCommand(
      String mode,
      String title,
      String description,
      String condition,
      String pickupBuilding,
      List<String> photoUrls,
      boolean communityOwned) {
    public ItemCommand {
      photoUrls = photoUrls == null ? List.of() : List.copyOf(photoUrls);
    }
  }

  /** An item; {@code ownerName} masked, "社区" for the community's own. */
  public record Item(
      long id,
      String mode,
      String title,
      String description,
      String condition,
      String pickupBuilding,
      List<String> photoUrls,
      String status,
      boolean communityOwned,
      String ownerName,
      boolean mine,
      Instant createdAt) {
    public Item {
      photoUrls = List.copyOf(photoUrls);
    }
  }

  /** A request; {@code late} when lent and past its due date. */
  public record Request(
      long id,
      long itemId,
      String requesterName,
      boolean mine,
      String status,
      LocalDate startsOn,
      LocalDate dueOn,
      String message,
      String returnNote,
      boolean late,
      Instant createdAt) {}

  /** One page. */
  public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
      items = List.copyOf(items);
    }
  }
}
