package org.linli.service.resident;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.linli.persistence.resident.RetentionMapper;
import org.linli.persistence.resident.RetentionMapper.DueRow;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.RedisKeys;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (privacy notes item 10): residents who moved out more than {@code
 * linli.registry.retention-after-move-out} ago and own nothing are anonymised: name replaced, ID
 * number, phone, notes, birth date, tags and account link removed. Runs nightly on one instance at
 * a time (Redisson lock); each community's count is audit-logged.
 */
@Service
public class RetentionService {

  static final String ANONYMISED_NAME = "已匿名";
  private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

  private final RetentionMapper retention;
  private final AuditService audit;
  private final RegistryProperties properties;
  private final RedissonClient redisson;
  private final RedisKeys keys;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public RetentionService(
      RetentionMapper retention,
      AuditService audit,
      RegistryProperties properties,
      RedissonClient redisson,
      RedisKeys keys,
      TransactionTemplate transactions,
      Clock clock) {
    this.retention = retention;
    this.audit = audit;
    this.properties = properties;
    this.redisson = redisson;
    this.keys = keys;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Nightly run; skipped when another instance holds the lock. */
  @Scheduled(cron = "${linli.registry.retention-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
  public void nightly() {
    int done = anonymiseDue();
    if (done > 0) {
      log.info("Retention: {} residents anonymised", done);
    }
  }

  /**
   * Anonymises every resident past retention, in every community.
   *
   * @return how many were anonymised (0 when another instance is running the job)
   */
  public int anonymiseDue() {
    RLock lock = redisson.getLock(keys.key("registry", "retention-lock"));
    boolean locked;
    try {
      locked = lock.tryLock(0, Duration.ofMinutes(30).toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
    if (!locked) {
      return 0;
    }
    try {
      LocalDate movedOutBefore = LocalDate.now(clock).minus(properties.retentionAfterMoveOut());
      List<DueRow> due = transactions.execute(status -> retention.due(movedOutBefore));
      int total = 0;
      for (DueRow row : due) {
        Integer n =
            transactions.execute(
                status -> {
                  int count =
                      retention.anonymise(row.communityId(), movedOutBefore, ANONYMISED_NAME);
                  if (count > 0) {
                    audit.record(
                        new AuditEvent(
                            row.communityId(),
                            null,
                            "SYSTEM",
                            "RESIDENTS_ANONYMISED",
                            "REGISTRY",
                            null,
                            count + " past retention",
                            null,
                            null));
                  }
                  return count;
                });
        total += n == null ? 0 : n;
      }
      return total;
    } finally {
      if (lock.isHeldByCurrentThread()) {
        lock.unlock();
      }
    }
  }
}
