package org.linli.service.skill;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.linli.persistence.common.TenantContext;
import org.linli.persistence.skill.SkillExchangeMapper;
import org.linli.persistence.skill.SkillExchangeMapper.DueRow;
import org.linli.service.common.LinliException;
import org.linli.service.common.RedisKeys;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes exchanges one side confirmed and the other neither confirmed nor cancelled within
 * {@link SkillProperties#autoCompleteAfter()}. Runs on one instance at a time (a Redisson lock);
 * each exchange completes in its own transaction, and one that would cross a balance limit stays
 * accepted for the sides or staff to settle.
 */
@Service
public class ExchangeCompletion {

  private static final Logger log = LoggerFactory.getLogger(ExchangeCompletion.class);

  private final SkillExchangeMapper exchanges;
  private final ExchangeService exchangeService;
  private final SkillProperties properties;
  private final RedissonClient redisson;
  private final RedisKeys keys;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public ExchangeCompletion(
      SkillExchangeMapper exchanges,
      ExchangeService exchangeService,
      SkillProperties properties,
      RedissonClient redisson,
      RedisKeys keys,
      TransactionTemplate transactions,
      Clock clock) {
    this.exchanges = exchanges;
    this.exchangeService = exchangeService;
    this.properties = properties;
    this.redisson = redisson;
    this.keys = keys;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${linli.skill.completion-poll:PT10M}",
      initialDelayString = "${linli.skill.completion-poll:PT10M}")
  public void scheduled() {
    try {
      completeDue(LocalDateTime.now(clock));
    } catch (RuntimeException e) {
      log.warn("Exchange completion failed: {}", e.getClass().getSimpleName());
    }
  }

  /**
   * Completes what is due at {@code now}.
   *
   * @return exchanges completed (0 when another instance holds the job)
   */
  public int completeDue(LocalDateTime now) {
    RLock lock = redisson.getLock(keys.key("skill", "completion-lock"));
    boolean locked;
    try {
      locked = lock.tryLock(0, Duration.ofMinutes(10).toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
    if (!locked) {
      return 0;
    }
    try {
      LocalDateTime before = now.minus(properties.autoCompleteAfter());
      List<DueRow> due = transactions.execute(s -> exchanges.dueForCompletion(before));
      int done = 0;
      for (DueRow row : due == null ? List.<DueRow>of() : due) {
        try {
          Boolean completed =
              transactions.execute(
                  s ->
                      TenantContext.callIn(
                          row.communityId(),
                          () -> exchangeService.completeIfDue(row.id(), before)));
          done += Boolean.TRUE.equals(completed) ? 1 : 0;
        } catch (LinliException e) {
          log.warn("Exchange {} not completed: {}", row.id(), e.code());
        }
      }
      return done;
    } finally {
      lock.unlock();
    }
  }
}
