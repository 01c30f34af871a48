package org.linli.service.timebank;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.linli.persistence.timebank.LedgerAccountMapper;
import org.linli.persistence.timebank.LedgerMovementEntity;
import org.linli.persistence.timebank.LedgerMovementMapper;
import org.linli.persistence.timebank.LedgerTransferEntity;
import org.linli.persistence.timebank.LedgerTransferMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time-bank ledger. Every transfer writes movements that sum to zero; a balance is the sum of
 * an account's movements. Accounts taking part in a transfer are locked in id order, so concurrent
 * transfers never interleave their limit checks (and never deadlock).
 */
@Service
public class TimeBankService {

  /** Owner kind of the community's own account. */
  public static final String COMMUNITY = "COMMUNITY";

  /** Owner kind of a resident's account. */
  public static final String USER = "USER";

  private final LedgerAccountMapper accounts;
  private final LedgerTransferMapper transfers;
  private final LedgerMovementMapper movements;
  private final Clock clock;

  public TimeBankService(
      LedgerAccountMapper accounts,
      LedgerTransferMapper transfers,
      LedgerMovementMapper movements,
      Clock clock) {
    this.accounts = accounts;
    this.transfers = transfers;
    this.movements = movements;
    this.clock = clock;
  }

  /**
   * Credits each user the given minutes from the community's account, in one transfer. Runs in the
   * caller's transaction.
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
    // Locks in one order everywhere: the community's account, then residents by id.
    accounts.ensure(communityId, COMMUNITY, 0);
    for (Long userId : new java.util.TreeSet<>(minutesByUser.keySet())) {
      accounts.ensure(communityId, USER, userId);
    }
    long source = accounts.lock(communityId, COMMUNITY, 0);
    LedgerTransferEntity transfer = new LedgerTransferEntity();
    transfer.setCommunityId(communityId);
    transfer.setKind(kind.name());
    transfer.setActivityId(activityId);
    transfer.setNote(note);
    transfers.insert(transfer);
    LocalDateTime now = LocalDateTime.now(clock);
    long total = 0;
    for (Map.Entry<Long, Integer> e : new java.util.TreeMap<>(minutesByUser).entrySet()) {
      long target = accounts.lock(communityId, USER, e.getKey());
      movements.insert(movement(communityId, transfer.getId(), target, e.getValue(), now));
      total += e.getValue();
    }
    movements.insert(movement(communityId, transfer.getId(), source, Math.toIntExact(-total), now));
    return transfer.getId();
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
