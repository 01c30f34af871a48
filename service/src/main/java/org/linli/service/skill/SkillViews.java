package org.linli.service.skill;

import java.time.Instant;
import java.util.List;

/** What skill sharing shows. */
public final class SkillViews {

  private SkillViews() {}

  /** A category. */
  public record Category(long id, String name) {}

  /** A post; {@code authorName} masked. */
  public record Post(
      long id,
      SkillPostKind kind,
      long categoryId,
      String categoryName,
      String title,
      String description,
      String availability,
      String place,
      Integer priceMinutes,
      SkillPostStatus status,
      String authorName,
      boolean mine,
      Instant createdAt) {}

  /**
   * An exchange as one viewer sees it.
   *
   * @param myRole HELPER or RECEIVER, {@code null} for staff looking on
   * @param counterpartName the other side's masked name once accepted, else {@code null}
   * @param counterpartPhone the other side's phone when they shared it with the viewer
   * @param helperThanks the helper's thank-you note (a held one only for its writer and staff)
   * @param receiverThanks the receiver's thank-you note (likewise)
   */
  public record Exchange(
      long id,
      long postId,
      String postTitle,
      String myRole,
      int minutes,
      String message,
      ExchangeStatus status,
      String counterpartName,
      boolean helperConfirmed,
      boolean receiverConfirmed,
      boolean mySharesPhone,
      String counterpartPhone,
      Instant autoCompletesAt,
      Long transferId,
      Instant createdAt,
      Instant completedAt,
      String helperThanks,
      String receiverThanks) {}

  /** A suspension from posting. */
  public record Suspension(long id, long userId, Instant until, String reason) {}

  /** One page. */
  public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
      items = List.copyOf(items);
    }
  }
}
