package org.linli.service.timebank;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.linli.persistence.timebank.LedgerAccountMapper;
import org.linli.persistence.timebank.LedgerAccountMapper.AccountRow;
import org.linli.persistence.timebank.LedgerMovementEntity;
import org.linli.persistence.timebank.LedgerMovementMapper;
import org.linli.persistence.timebank.LedgerMovementMapper.StatementRow;
import org.linli.persistence.timebank.LedgerTransferEntity;
import org.linli.persistence.timebank.LedgerTransferMapper;
import org.linli.persistence.timebank.TimeBankSettingsEntity;
import org.linli.persistence.timebank.TimeBankSettingsMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.SpreadsheetWriter;
import org.linli.service.community.CommunityService;
import org.linli.service.resident.Masking;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time-bank ledger. Every transfer writes movements that sum to zero; a balance is the sum of
 * an account's movements and is never stored. Accounts taking part in a transfer are locked in
 * account id order before their balances are read (with a locking read), so concurrent transfers
 * never interleave their limit checks (and never deadlock). Residents' accounts stay within their
 * community's limits; the community's own account has none.
 */
@Service
public class TimeBankService {

  /** Owner kind of the community's own account. */
  public static final String COMMUNITY = "COMMUNITY";

  /** Owner kind of a resident's account. */
  public static final String USER = "USER";

  /** Accounts without movement for this long are flagged inactive. */
  static final Duration INACTIVE_AFTER = Duration.ofDays(90);

  private static final int EXPORT_BATCH = 500;

  private final LedgerAccountMapper accounts;
  private final LedgerTransferMapper transfers;
  private final LedgerMovementMapper movements;
  private final TimeBankSettingsMapper settings;
  private final CommunityService communities;
  private final AuditService audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public TimeBankService(
      LedgerAccountMapper accounts,
      LedgerTransferMapper transfers,
      LedgerMovementMapper movements,
      TimeBankSettingsMapper settings,
      CommunityService communities,
      AuditService audit,
      TransactionTemplate transactions,
      Clock clock) {
    this.accounts = accounts;
    this.transfers = transfers;
    this.movements = movements;
    this.settings = settings;
    this.communities = communities;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ ledger (for other features)

  /**
   * Credits each user the given minutes from the community's account, in one transfer. Runs in the
   * caller's transaction. Residents' maximum balance is not enforced here: volunteer hours are
   * earned, not traded.
   *
   * @param minutesByUser user id to minutes (each positive)
   * @return the transfer id
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long creditFromCommunity(
      long communityId,
      Map<Long, Integer> minutesByUser,
      TransferKind kind,
      Long activityId,
      String note) {
    Map<Long, Long> byUser = new HashMap<>();
    for (Long userId : new TreeSet<>(minutesByUser.keySet())) {
      byUser.put(userId, account(communityId, USER, userId));
    }
    long source = account(communityId, COMMUNITY, 0);
    TreeSet<Long> ids = new TreeSet<>(byUser.values());
    ids.add(source);
    ids.forEach(accounts::lockById);
    LedgerTransferEntity transfer = newTransfer(communityId, kind, activityId, note);
    LocalDateTime now = LocalDateTime.now(clock);
    long total = 0;
    for (Map.Entry<Long, Integer> e : new TreeMap<>(minutesByUser).entrySet()) {
      movements.insert(
          movement(communityId, transfer.getId(), byUser.get(e.getKey()), e.getValue(), now));
      total += e.getValue();
    }
    movements.insert(movement(communityId, transfer.getId(), source, Math.toIntExact(-total), now));
    return transfer.getId();
  }

  /**
   * Moves minutes from one account to another in the caller's transaction, refusing a transfer that
   * would take a resident's account below the community's minimum or above its maximum.
   *
   * @param fromUserId the paying resident, or {@code null} for the community's account
   * @param toUserId the receiving resident, or {@code null} for the community's account
   * @param minutes positive
   * @return the transfer id
   * @throws LinliException {@code TIME_BALANCE_BELOW_MINIMUM} or {@code TIME_BALANCE_ABOVE_MAXIMUM}
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long transfer(
      long communityId,
      Long fromUserId,
      Long toUserId,
      int minutes,
      TransferKind kind,
      String note) {
    if (minutes <= 0 || java.util.Objects.equals(fromUserId, toUserId)) {
      throw new IllegalArgumentException("a transfer moves positive minutes between two accounts");
    }
    long from = account(communityId, fromUserId == null ? COMMUNITY : USER, owner(fromUserId));
    long to = account(communityId, toUserId == null ? COMMUNITY : USER, owner(toUserId));
    // Lock in id order, then read balances with a locking read (never a stale snapshot).
    accounts.lockById(Math.min(from, to));
    accounts.lockById(Math.max(from, to));
    TimeBankLimits limits = limitsOf(communityId);
    if (fromUserId != null && accounts.lockedBalance(from) - minutes < limits.minBalanceMinutes()) {
      throw new LinliException(
          ErrorCode.TIME_BALANCE_BELOW_MINIMUM, String.valueOf(limits.minBalanceMinutes()));
    }
    if (toUserId != null && accounts.lockedBalance(to) + minutes > limits.maxBalanceMinutes()) {
      throw new LinliException(
          ErrorCode.TIME_BALANCE_ABOVE_MAXIMUM, String.valueOf(limits.maxBalanceMinutes()));
    }
    LedgerTransferEntity transfer = newTransfer(communityId, kind, null, note);
    LocalDateTime now = LocalDateTime.now(clock);
    movements.insert(movement(communityId, transfer.getId(), from, -minutes, now));
    movements.insert(movement(communityId, transfer.getId(), to, minutes, now));
    return transfer.getId();
  }

  /** The community's limits (defaults when it set none). Runs in the caller's transaction. */
  public TimeBankLimits limitsOf(long communityId) {
    TimeBankSettingsEntity e = settings.selectById(communityId);
    return e == null
        ? TimeBankLimits.DEFAULT
        : new TimeBankLimits(e.getMinBalanceMinutes(), e.getMaxBalanceMinutes());
  }

  // ------------------------------------------------------------------ residents

  /** The caller's balance and statement in the current community (empty before any movement). */
  public TimeBankViews.Statement mine(Actor actor, PageRequest page) {
    long communityId = actor.requireCommunity();
    return transactions.execute(
        s -> {
          Long id = accounts.find(communityId, USER, actor.userId());
          TimeBankLimits limits = limitsOf(communityId);
          if (id == null) {
            return new TimeBankViews.Statement(
                null,
                USER,
                actor.userId(),
                null,
                0,
                limits,
                List.of(),
                page.page(),
                page.size(),
                0);
          }
          return statement(accounts.account(id), limits, page);
        });
  }

  // ------------------------------------------------------------------ staff

  /** The community's limits. Any member may read them. */
  public TimeBankLimits settings(Actor actor) {
    long communityId = actor.requireCommunity();
    return transactions.execute(s -> limitsOf(communityId));
  }

  /**
   * Changes the community's limits (staff). Existing balances beyond new limits stay (they are
   * flagged); only later transfers are checked.
   */
  public TimeBankLimits updateSettings(Actor actor, TimeBankLimits limits) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    if (limits.minBalanceMinutes() > 0 || limits.minBalanceMinutes() > limits.maxBalanceMinutes()) {
      throw new InvalidFieldsException(
          "minBalanceMinutes", "LIMITS_ORDER", "minimum must be <= 0 and <= maximum");
    }
    return transactions.execute(
        s -> {
          TimeBankSettingsEntity e = settings.selectById(communityId);
          boolean insert = e == null;
          if (insert) {
            e = new TimeBankSettingsEntity();
            e.setCommunityId(communityId);
          }
          e.setMinBalanceMinutes(limits.minBalanceMinutes());
          e.setMaxBalanceMinutes(limits.maxBalanceMinutes());
          if (insert) {
            settings.insert(e);
          } else {
            settings.updateById(e);
          }
          audit.record(
              AuditEvent.by(
                  actor,
                  communityId,
                  "TIMEBANK_LIMITS_CHANGED",
                  "COMMUNITY",
                  communityId,
                  limits.minBalanceMinutes() + ".." + limits.maxBalanceMinutes() + " minutes"));
          return limitsOf(communityId);
        });
  }

  /**
   * The community's accounts with balances (staff); {@code flaggedOnly} keeps residents' accounts
   * beyond the limits or inactive for 90 days.
   */
  public TimeBankViews.AccountPage accounts(Actor actor, boolean flaggedOnly, PageRequest page) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    LocalDateTime activeSince = LocalDateTime.now(clock).minus(INACTIVE_AFTER);
    return transactions.execute(
        s -> {
          TimeBankLimits limits = limitsOf(communityId);
          List<TimeBankViews.Account> items = new ArrayList<>();
          for (AccountRow r :
              accounts.accounts(
                  flaggedOnly,
                  limits.minBalanceMinutes(),
                  limits.maxBalanceMinutes(),
                  activeSince,
                  page.size(),
                  (long) (page.page() - 1) * page.size())) {
            items.add(account(r, limits, activeSince));
          }
          return new TimeBankViews.AccountPage(
              items,
              page.page(),
              page.size(),
              accounts.countAccounts(
                  flaggedOnly, limits.minBalanceMinutes(), limits.maxBalanceMinutes(), activeSince),
              accounts.movementSum());
        });
  }

  /** One account's statement (staff). */
  public TimeBankViews.Statement statement(Actor actor, long accountId, PageRequest page) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    return transactions.execute(
        s -> statement(requireAccount(accountId), limitsOf(communityId), page));
  }

  /**
   * A corrective transfer by staff, with a reason (audit-logged). Residents' limits apply as to any
   * transfer.
   *
   * @param fromUserId paying resident, or {@code null} for the community's account
   * @param toUserId receiving resident, or {@code null} for the community's account
   */
  public TimeBankViews.Transfer correct(
      Actor actor, Long fromUserId, Long toUserId, int minutes, String reason) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    List<InvalidFieldsException.Violation> v = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      v.add(new InvalidFieldsException.Violation("reason", "REQUIRED", "a reason is required"));
    }
    if (minutes < 1 || minutes > 100_000) {
      v.add(new InvalidFieldsException.Violation("minutes", "OUT_OF_RANGE", "1 to 100000"));
    }
    if (java.util.Objects.equals(fromUserId, toUserId)) {
      v.add(new InvalidFieldsException.Violation("toUserId", "INVALID", "same account"));
    }
    if (fromUserId != null && !communities.isMember(communityId, fromUserId)) {
      v.add(new InvalidFieldsException.Violation("fromUserId", "NOT_A_MEMBER", "not a member"));
    }
    if (toUserId != null && !communities.isMember(communityId, toUserId)) {
      v.add(new InvalidFieldsException.Violation("toUserId", "NOT_A_MEMBER", "not a member"));
    }
    if (!v.isEmpty()) {
      throw new InvalidFieldsException(v);
    }
    String why = reason.strip();
    return transactions.execute(
        s -> {
          long id =
              transfer(communityId, fromUserId, toUserId, minutes, TransferKind.CORRECTION, why);
          audit.record(
              AuditEvent.by(
                  actor,
                  communityId,
                  "TIMEBANK_CORRECTION",
                  "LEDGER_TRANSFER",
                  id,
                  minutes
                      + " minutes from "
                      + (fromUserId == null ? "community" : "user " + fromUserId)
                      + " to "
                      + (toUserId == null ? "community" : "user " + toUserId)
                      + ": "
                      + why));
          return new TimeBankViews.Transfer(
              id, TransferKind.CORRECTION, fromUserId, toUserId, minutes, why, Instant.now(clock));
        });
  }

  /** Writes one account's statement, oldest first with a running balance (staff; audit-logged). */
  public void export(
      Actor actor, long accountId, SpreadsheetWriter.Format format, OutputStream out) {
    actor.requireAny(CommunityRole.STAFF);
    long communityId = actor.requireCommunity();
    transactions.executeWithoutResult(
        s -> {
          writeStatement(requireAccount(accountId), format, out);
          audit.record(
              AuditEvent.by(
                  actor,
                  communityId,
                  "TIMEBANK_STATEMENT_EXPORTED",
                  "LEDGER_ACCOUNT",
                  accountId,
                  format.name()));
        });
  }

  /** Writes the caller's own statement (only a header before their first movement). */
  public void exportMine(Actor actor, SpreadsheetWriter.Format format, OutputStream out) {
    long communityId = actor.requireCommunity();
    transactions.executeWithoutResult(
        s -> {
          Long id = accounts.find(communityId, USER, actor.userId());
          writeStatement(id == null ? null : accounts.account(id), format, out);
        });
  }

  private void writeStatement(
      AccountRow account, SpreadsheetWriter.Format format, OutputStream out) {
    try (SpreadsheetWriter w = new SpreadsheetWriter(format, "时间银行流水", out)) {
      w.row(List.of("账户", "户主", "时间", "类型", "说明", "变动（分钟）", "余额（分钟）", "余额（小时）", "转账编号"));
      if (account == null) {
        return;
      }
      String owner = ownerName(account);
      long after = 0;
      long running = 0;
      while (true) {
        List<StatementRow> rows = movements.statementAfter(account.id(), after, EXPORT_BATCH);
        for (StatementRow r : rows) {
          running += r.amountMinutes();
          w.row(
              List.of(
                  account.id().toString(),
                  owner,
                  r.createdAt().atOffset(ZoneOffset.UTC).toInstant().toString(),
                  r.kind(),
                  r.note() == null ? "" : r.note(),
                  r.amountMinutes().toString(),
                  Long.toString(running),
                  BigDecimal.valueOf(running)
                      .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                      .toPlainString(),
                  r.transferId().toString()));
          after = r.id();
        }
        if (rows.size() < EXPORT_BATCH) {
          break;
        }
      }
    }
  }

  // ------------------------------------------------------------------ internals

  private AccountRow requireAccount(long accountId) {
    AccountRow row = accounts.account(accountId);
    if (row == null) {
      throw new NotFoundException(ErrorCode.TIME_ACCOUNT_NOT_FOUND);
    }
    return row;
  }

  private TimeBankViews.Statement statement(
      AccountRow account, TimeBankLimits limits, PageRequest page) {
    List<TimeBankViews.Item> items = new ArrayList<>();
    for (StatementRow r :
        movements.statement(account.id(), page.size(), (long) (page.page() - 1) * page.size())) {
      items.add(
          new TimeBankViews.Item(
              r.id(),
              r.transferId(),
              TransferKind.valueOf(r.kind()),
              r.amountMinutes(),
              r.note(),
              r.createdAt().toInstant(ZoneOffset.UTC)));
    }
    return new TimeBankViews.Statement(
        account.id(),
        account.ownerKind(),
        USER.equals(account.ownerKind()) ? account.ownerId() : null,
        USER.equals(account.ownerKind()) ? ownerName(account) : null,
        account.balance(),
        limits,
        items,
        page.page(),
        page.size(),
        movements.count(account.id()));
  }

  private static TimeBankViews.Account account(
      AccountRow r, TimeBankLimits limits, LocalDateTime activeSince) {
    boolean user = USER.equals(r.ownerKind());
    LocalDateTime last = r.lastMovementAt() == null ? r.createdAt() : r.lastMovementAt();
    return new TimeBankViews.Account(
        r.id(),
        r.ownerKind(),
        user ? r.ownerId() : null,
        user ? ownerName(r) : null,
        r.balance(),
        r.lastMovementAt() == null ? null : r.lastMovementAt().toInstant(ZoneOffset.UTC),
        user
            && (r.balance() < limits.minBalanceMinutes()
                || r.balance() > limits.maxBalanceMinutes()),
        user && last.isBefore(activeSince));
  }

  private static String ownerName(AccountRow r) {
    return USER.equals(r.ownerKind()) ? Masking.displayName(r.name(), r.ownerId()) : "社区账户";
  }

  private static long owner(Long userId) {
    return userId == null ? 0 : userId;
  }

  /**
   * The account's id, opening it when missing. Existing accounts are found without a lock, so that
   * the caller takes every lock in id order.
   */
  private long account(long communityId, String kind, long ownerId) {
    Long id = accounts.find(communityId, kind, ownerId);
    if (id == null) {
      // A new account: nobody else holds its lock yet. A locking read sees it even when another
      // transaction opened it after this one's snapshot.
      accounts.ensure(communityId, kind, ownerId);
      id = accounts.lock(communityId, kind, ownerId);
    }
    return id;
  }

  private LedgerTransferEntity newTransfer(
      long communityId, TransferKind kind, Long activityId, String note) {
    LedgerTransferEntity transfer = new LedgerTransferEntity();
    transfer.setCommunityId(communityId);
    transfer.setKind(kind.name());
    transfer.setActivityId(activityId);
    transfer.setNote(note);
    transfers.insert(transfer);
    return transfer;
  }

  private static LedgerMovementEntity movement(
      long communityId, long transferId, long accountId, int minutes, LocalDateTime now) {
    LedgerMovementEntity m = new LedgerMovementEntity();
    m.setCommunityId(communityId);
    m.setTransferId(transferId);
    m.setAccountId(accountId);
    m.setAmountMinutes(minutes);
    m.setCreatedAt(now);
    return m;
  }
}
