package org.linli.service.timebank;

import java.time.Instant;
import java.util.List;

/** What the time bank shows. */
public final class TimeBankViews {

  private TimeBankViews() {}

  /**
   * One account's balance and one page of its movements, newest first.
   *
   * @param accountId the account, or {@code null} when the resident has none yet
   */
  public record Statement(
      Long accountId,
      String ownerKind,
      Long userId,
      String name,
      long balanceMinutes,
      TimeBankLimits limits,
      List<Item> items,
      int page,
      int size,
      long total) {
    public Statement {
      items = List.copyOf(items);
    }
  }

  /** One movement: signed minutes of one transfer. */
  public record Item(
      long movementId, long transferId, TransferKind kind, int minutes, String note, Instant at) {}

  /**
   * An account as staff see it.
   *
   * @param userId the owner, {@code null} for the community's own account
   * @param name the owner's masked name ({@code null} for the community)
   * @param beyondLimits the balance is outside the community's limits
   * @param inactive no movement (or opening) within the inactivity period
   */
  public record Account(
      long accountId,
      String ownerKind,
      Long userId,
      String name,
      long balanceMinutes,
      Instant lastMovementAt,
      boolean beyondLimits,
      boolean inactive) {}

  /**
   * One page of accounts, with the sum of all the community's movements (zero while the ledger is
   * sound).
   */
  public record AccountPage(
      List<Account> items, int page, int size, long total, long movementSumMinutes) {
    public AccountPage {
      items = List.copyOf(items);
    }
  }

  /** A transfer just made. */
  public record Transfer(
      long transferId,
      TransferKind kind,
      Long fromUserId,
      Long toUserId,
      int minutes,
      String note,
      Instant at) {}
}
