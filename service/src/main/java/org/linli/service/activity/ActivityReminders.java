package org.linli.service.activity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.linli.persistence.activity.ActivityEntity;
import org.linli.persistence.activity.ActivityMapper;
import org.linli.persistence.activity.ActivityMapper.ActivityRef;
import org.linli.persistence.activity.ActivitySignupEntity;
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
 * Queues the reminder of every confirmed sign-up when an activity is about to start. One instance
 * wins the activity's flag (a conditional update), and each reminder has its own dedupe key, so a
 * reminder is queued once; the outbox sends it once.
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
   * @return reminders queued
   */
  public int queueDue() {
    LocalDateTime now = LocalDateTime.now(clock);
    List<ActivityRef> due =
        transactions.execute(
            s -> activities.dueForReminders(now.plus(properties.reminderLead()), now));
    int queued = 0;
    for (ActivityRef ref : due == null ? List.<ActivityRef>of() : due) {
      Integer n =
          transactions.execute(
              s -> {
                if (activities.markRemindersQueued(ref.id()) != 1) {
                  return 0;
                }
                TenantContext.set(ref.communityId());
                try {
                  ActivityEntity a = activities.selectById(ref.id());
                  int count = 0;
                  for (ActivitySignupEntity signup : signups.confirmedOfAnyCommunity(ref.id())) {
                    if (outbox.enqueue(
                        ref.communityId(),
                        signup.getUserId(),
                        NoticePurpose.ACTIVITY_REMINDER,
                        "activity:" + ref.id() + ":reminder:" + signup.getUserId(),
                        ActivityService.PAGE + ref.id(),
                        Map.of(
                            "thing1", a.getTitle(),
                            "time2", Notices.time(a.getStartsAt()),
                            "thing3", a.getPlace()))) {
                      count++;
                    }
                  }
                  return count;
                } finally {
                  TenantContext.clear();
                }
              });
      queued += n == null ? 0 : n;
    }
    return queued;
  }
}
