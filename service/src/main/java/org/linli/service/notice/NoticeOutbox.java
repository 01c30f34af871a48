package org.linli.service.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linli.persistence.notice.NoticeOutboxEntity;
import org.linli.persistence.notice.NoticeOutboxMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transactional outbox of subscribe messages. Features queue a message in the same transaction as
 * the change it reports (a promotion, a cancellation) or from a scheduled job (reminders); a dedupe
 * key makes each message exist once. The dispatcher claims due rows with one conditional update, so
 * with several instances each row is sent by one of them, at most once: a row whose claimer died
 * mid-send is given up rather than sent again.
 */
@Service
public class NoticeOutbox {

  private static final Logger log = LoggerFactory.getLogger(NoticeOutbox.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int BATCH = 50;

  private final NoticeOutboxMapper outbox;
  private final NoticeService notices;
  private final NoticeProperties properties;
  private final Clock clock;

  public NoticeOutbox(
      NoticeOutboxMapper outbox, NoticeService notices, NoticeProperties properties, Clock clock) {
    this.outbox = outbox;
    this.notices = notices;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Queues a message, inside the caller's transaction; a second message with the same dedupe key is
   * ignored.
   *
   * @return whether it was queued
   */
  public boolean enqueue(
      long communityId,
      long userId,
      NoticePurpose purpose,
      String dedupeKey,
      String page,
      Map<String, String> data) {
    if (properties.template(purpose) == null) {
      return false;
    }
    String json = JSON.writeValueAsString(data);
    return outbox.enqueue(
            communityId, userId, purpose.name(), dedupeKey, page, json, LocalDateTime.now(clock))
        == 1;
  }

  /** Whether messages of {@code purpose} are configured (a template id is set). */
  public boolean enabled(NoticePurpose purpose) {
    return properties.template(purpose) != null;
  }

  /** The JSON stored for a message's template data. */
  public static String dataJson(Map<String, String> data) {
    return JSON.writeValueAsString(data);
  }

  /** Sends what is due; runs on every instance, each claiming its own rows. */
  @Scheduled(
      fixedDelayString = "${linli.notice.outbox-poll:PT5S}",
      initialDelayString = "${linli.notice.outbox-poll:PT5S}")
  public void dispatchScheduled() {
    try {
      dispatch();
    } catch (RuntimeException e) {
      // Database or Redis unavailable: try again next round.
      log.warn("Notice dispatch failed: {}", e.getClass().getSimpleName());
    }
  }

  /**
   * Claims and sends due messages until none is left.
   *
   * @return messages handled
   */
  public int dispatch() {
    LocalDateTime now = LocalDateTime.now(clock);
    outbox.expireClaims(now);
    int handled = 0;
    while (true) {
      LocalDateTime start = LocalDateTime.now(clock);
      // A fresh token per batch: only rows claimed just now are sent, never a row left in
      // SENDING by an earlier batch whose outcome could not be recorded.
      String token = UUID.randomUUID().toString();
      int claimed = outbox.claim(token, start, start.plusMinutes(2), BATCH);
      if (claimed == 0) {
        return handled;
      }
      List<NoticeOutboxEntity> rows = outbox.claimed(token);
      for (NoticeOutboxEntity row : rows) {
        send(row);
        handled++;
      }
      if (rows.isEmpty()) {
        return handled;
      }
    }
  }

  private void send(NoticeOutboxEntity row) {
    NoticePurpose purpose = NoticePurpose.valueOf(row.getPurpose());
    NoticeService.SingleOutcome outcome;
    try {
      outcome = notices.sendOne(purpose, row.getUserId(), row.getPage(), data(row));
    } catch (RuntimeException e) {
      log.warn("Notice {} failed: {}", row.getId(), e.getClass().getSimpleName());
      outcome = NoticeService.SingleOutcome.FAILED;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    String status;
    LocalDateTime next = row.getNextAttemptAt();
    switch (outcome) {
      case SENT -> status = "SENT";
      case NO_CONSENT, REFUSED -> status = "SKIPPED";
      // WeChat may have delivered it: better lost than sent twice.
      case UNKNOWN -> status = "UNKNOWN";
      default -> {
        if (row.getAttempts() < properties.maxAttempts()) {
          status = "PENDING";
          next = now.plusSeconds(30L << Math.min(10, row.getAttempts()));
        } else {
          status = "FAILED";
        }
      }
    }
    outbox.finish(
        row.getId(),
        status,
        outcome.name(),
        outcome == NoticeService.SingleOutcome.SENT ? now : null,
        next,
        now);
  }

  private static Map<String, String> data(NoticeOutboxEntity row) {
    return JSON.readValue(row.getData(), new TypeReference<LinkedHashMap<String, String>>() {});
  }
}
