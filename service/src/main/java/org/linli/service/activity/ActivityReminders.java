package org.linli.service.activity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.linli.persistence.activity.ActivityEntity;
import org.linli.persistence.activity.ActivityMapper;
import org.linli.persistence.activity.ActivityMapper.ActivityRef;
import org.linli.persistence.activity.ActivitySignupMapper;
import org.linli.persistence.common.TenantContext;
import org.linli.service.notice.NoticeOutbox;
import org.linli.service.notice.NoticePurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the reminder of every confirmed sign-up of activities starting within the lead time, on
 * every round, so that sign-ups confirmed late (a promotion an hour before) are reminded too. The
 * outbox's dedupe key (activity and user) makes each reminder exist once however many rounds and
 * instances queue it; the outbox sends it once.
 */
@Service
public class ActivityReminders {

  private static final Logger log = LoggerFactory.getLogger(ActivityReminders.class);

  private final ActivityMapper activities;
  private final ActivitySignupMapper signups;
  private final NoticeOutbox outbox;
  private final ActivityProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public ActivityReminders(
      ActivityMapper activities,
      ActivitySignupMapper signups,
      NoticeOutbox outbox,
      ActivityProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.activities = activities;
    this.signups = signups;
    this.outbox = outbox;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${linli.activity.reminder-poll:PT1M}",
      initialDelayString = "${linli.activity.reminder-poll:PT1M}")
  public void scheduled() {
    try {
      queueDue();
    } catch (RuntimeException e) {
      log.warn("Activity reminders failed: {}", e.getClass().getSimpleName());
    }
  }

  /**
   * Queues reminders of activities starting within the lead time.
   *
   * @return reminders newly queued
   */
  public int queueDue() {
    if (!outbox.enabled(NoticePurpose.ACTIVITY_REMINDER)) {
      return 0;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    List<ActivityRef> due =
        transactions.execute(
            s -> activities.startingBetween(now, now.plus(properties.reminderLead())));
    int queued = 0;
    for (ActivityRef ref : due == null ? List.<ActivityRef>of() : due) {
      Integer n =
          transactions.execute(
              s -> {
                TenantContext.set(ref.communityId());
                try {
                  ActivityEntity a = activities.selectById(ref.id());
                  return signups.queueForConfirmed(
                      ref.id(),
                      NoticePurpose.ACTIVITY_REMINDER.name(),
                      "activity:" + ref.id() + ":reminder:",
                      ActivityService.PAGE + ref.id(),
                      NoticeOutbox.dataJson(
                          Map.of(
                              "thing1", a.getTitle(),
                              "time2", Notices.time(a.getStartsAt()),
                              "thing3", a.getPlace())),
                      now);
                } finally {
                  TenantContext.clear();
                }
              });
      queued += n == null ? 0 : n;
    }
    return queued;
  }
}
