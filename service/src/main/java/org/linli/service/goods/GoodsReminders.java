package org.linli.service.goods;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.linli.persistence.goods.GoodsRequestMapper;
import org.linli.persistence.goods.GoodsRequestMapper.DueLoan;
import org.linli.service.notice.NoticeOutbox;
import org.linli.service.notice.NoticePurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues a due-date reminder for every loan due by tomorrow (Beijing dates). The outbox's dedupe
 * key (one per loan) makes each reminder exist once however many rounds and instances queue it, and
 * the outbox sends it once.
 */
@Service
public class GoodsReminders {

  private static final Logger log = LoggerFactory.getLogger(GoodsReminders.class);

  private final GoodsRequestMapper requests;
  private final NoticeOutbox outbox;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public GoodsReminders(
      GoodsRequestMapper requests,
      NoticeOutbox outbox,
      TransactionTemplate transactions,
      Clock clock) {
    this.requests = requests;
    this.outbox = outbox;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${linli.goods.reminder-poll:PT10M}",
      initialDelayString = "${linli.goods.reminder-poll:PT10M}")
  public void scheduled() {
    try {
      queueDue(LocalDate.now(clock.withZone(GoodsService.CHINA)));
    } catch (RuntimeException e) {
      log.warn("Goods reminders failed: {}", e.getClass().getSimpleName());
    }
  }

  /**
   * Queues reminders of loans due by the day after {@code today}.
   *
   * @return reminders newly queued
   */
  public int queueDue(LocalDate today) {
    if (!outbox.enabled(NoticePurpose.GOODS_DUE)) {
      return 0;
    }
    Integer queued =
        transactions.execute(
            s -> {
              int n = 0;
              List<DueLoan> due = requests.dueBy(today.plusDays(1));
              for (DueLoan loan : due) {
                if (outbox.enqueue(
                    loan.communityId(),
                    loan.requesterId(),
                    NoticePurpose.GOODS_DUE,
                    "goods:loan:" + loan.id() + ":due",
                    "pages/goods/loan?id=" + loan.id(),
                    Map.of("thing1", loan.title(), "date2", loan.dueOn().toString()))) {
                  n++;
                }
              }
              return n;
            });
    return queued == null ? 0 : queued;
  }
}
