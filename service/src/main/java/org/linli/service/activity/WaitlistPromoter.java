package org.linli.service.activity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.linli.persistence.activity.ActivityEntity;
import org.linli.persistence.activity.ActivityMapper;
import org.linli.persistence.activity.ActivitySignupEntity;
import org.linli.persistence.activity.ActivitySignupMapper;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.linli.service.notice.NoticeOutbox;
import org.linli.service.notice.NoticePurpose;
import org.springframework.stereotype.Component;

/**
 * Moves waitlisted sign-ups to confirmed, strictly in waitlist order, while seats allow; each
 * promoted resident gets a notice. Call inside a transaction holding the activity's row lock.
 */
@Component
class WaitlistPromoter {

  private final ActivityMapper activities;
  private final ActivitySignupMapper signups;
  private final NoticeOutbox outbox;

  WaitlistPromoter(ActivityMapper activities, ActivitySignupMapper signups, NoticeOutbox outbox) {
    this.activities = activities;
    this.signups = signups;
    this.outbox = outbox;
  }

  /** Promotes while the first waiting sign-up fits; returns how many were promoted. */
  int promote(ActivityEntity a, LocalDateTime now) {
    if (!ActivityStatus.PUBLISHED.name().equals(a.getStatus()) || !now.isBefore(a.getStartsAt())) {
      return 0;
    }
    int promoted = 0;
    while (true) {
      List<ActivitySignupEntity> next = signups.waitlist(a.getId(), 20);
      if (next.isEmpty()) {
        return promoted;
      }
      for (ActivitySignupEntity w : next) {
        if (activities.promote(a.getId(), w.getSeats()) != 1) {
          return promoted;
        }
        if (signups.confirm(w.getId(), now) != 1) {
          // Locked rows cannot change under us; a miss means the counters were wrong.
          throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
        }
        promoted++;
        outbox.enqueue(
            a.getCommunityId(),
            w.getUserId(),
            NoticePurpose.ACTIVITY_PROMOTED,
            "activity:" + a.getId() + ":promoted:" + w.getId(),
            ActivityService.PAGE + a.getId(),
            Map.of(
                "thing1", a.getTitle(),
                "time2", Notices.time(a.getStartsAt()),
                "phrase3", "候补成功"));
      }
    }
  }
}
