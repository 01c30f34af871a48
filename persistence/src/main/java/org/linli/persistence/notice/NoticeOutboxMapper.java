package org.linli.persistence.notice;

import com.baomidou.mybatisplus.annotation.InterceptorIgnore;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The outbox of subscribe messages (not community-scoped: the dispatcher serves every community).
 * Rows are claimed by one instance with a conditional update, so no message is sent twice.
 */
@InterceptorIgnore(tenantLine = "true")
public interface NoticeOutboxMapper extends BaseMapper<NoticeOutboxEntity> {

  /** Queues a message unless one with the same dedupe key exists; returns 1 when queued. */
  @Insert(
      "INSERT IGNORE INTO notice_outbox (community_id, user_id, purpose, dedupe_key, page, data,"
          + " status, attempts, next_attempt_at, created_at, updated_at) VALUES (#{communityId},"
          + " #{userId}, #{purpose}, #{dedupeKey}, #{page}, #{data}, 'PENDING', 0, #{now}, #{now},"
          + " #{now})")
  int enqueue(
      @Param("communityId") long communityId,
      @Param("userId") long userId,
      @Param("purpose") String purpose,
      @Param("dedupeKey") String dedupeKey,
      @Param("page") String page,
      @Param("data") String data,
      @Param("now") LocalDateTime now);

  /** Claims up to {@code limit} due messages for {@code claimer}; returns how many. */
  @Update(
      "UPDATE notice_outbox SET status = 'SENDING', claimed_by = #{claimer},"
          + " claimed_until = #{until}, attempts = attempts + 1, updated_at = #{now}"
          + " WHERE status = 'PENDING' AND next_attempt_at <= #{now} ORDER BY id LIMIT #{limit}")
  int claim(
      @Param("claimer") String claimer,
      @Param("now") LocalDateTime now,
      @Param("until") LocalDateTime until,
      @Param("limit") int limit);

  @Select("SELECT * FROM notice_outbox WHERE status = 'SENDING' AND claimed_by = #{claimer}")
  List<NoticeOutboxEntity> claimed(@Param("claimer") String claimer);

  /** Records the outcome of a claimed message. */
  @Update(
      "UPDATE notice_outbox SET status = #{status}, outcome = #{outcome}, sent_at = #{sentAt},"
          + " next_attempt_at = #{next}, claimed_by = NULL, claimed_until = NULL,"
          + " updated_at = #{now} WHERE id = #{id} AND status = 'SENDING'")
  int finish(
      @Param("id") long id,
      @Param("status") String status,
      @Param("outcome") String outcome,
      @Param("sentAt") LocalDateTime sentAt,
      @Param("next") LocalDateTime next,
      @Param("now") LocalDateTime now);

  /**
   * Gives up messages whose claimer died while sending: whether WeChat got them is unknown, and a
   * message is better lost than sent twice.
   */
  @Update(
      "UPDATE notice_outbox SET status = 'UNKNOWN', outcome = 'CLAIM_EXPIRED',"
          + " claimed_by = NULL, updated_at = #{now}"
          + " WHERE status = 'SENDING' AND claimed_until < #{now}")
  int expireClaims(@Param("now") LocalDateTime now);
}
