package org.linli.persistence.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Result;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Sign-ups. A resident holds at most one CONFIRMED or WAITLISTED sign-up per activity. */
public interface ActivitySignupMapper extends BaseMapper<ActivitySignupEntity> {

  /** The caller's sign-up holding a seat or a waitlist place, if any. */
  @Select(
      "SELECT * FROM activity_signup WHERE activity_id = #{activityId} AND user_id = #{userId}"
          + " AND status IN ('CONFIRMED', 'WAITLISTED')")
  ActivitySignupEntity findActive(
      @Param("activityId") long activityId, @Param("userId") long userId);

  /**
   * What a sign-up request needs to know, in one statement (a flash sale sends thousands at once):
   * the activity, joined with the caller's sign-up made with this idempotency key (any status) and
   * the caller's active sign-up, if any. No rows when the activity does not exist in the current
   * community; one row per sign-up found, or one row with a {@code null} sign-up.
   */
  @Select(
      "SELECT a.*, s.id AS s_id, s.community_id AS s_community_id,"
          + " s.activity_id AS s_activity_id, s.user_id AS s_user_id,"
          + " s.status AS s_status, s.seats AS s_seats,"
          + " s.waitlist_seq AS s_waitlist_seq,"
          + " s.first_position AS s_first_position, s.extra AS s_extra,"
          + " s.idempotency_key AS s_idempotency_key,"
          + " s.request_hash AS s_request_hash, s.checked_in_at AS s_checked_in_at,"
          + " s.no_show AS s_no_show, s.promoted_at AS s_promoted_at,"
          + " s.cancelled_at AS s_cancelled_at, s.created_at AS s_created_at,"
          + " s.updated_at AS s_updated_at, s.created_by AS s_created_by"
          + " FROM activity a LEFT JOIN activity_signup s ON s.activity_id = a.id"
          + " AND s.user_id = #{userId}"
          + " AND (s.idempotency_key = #{key} OR s.status IN ('CONFIRMED', 'WAITLISTED'))"
          + " WHERE a.id = #{activityId}")
  @Results({
    @Result(column = "s_id", property = "signup.id"),
    @Result(column = "s_community_id", property = "signup.communityId"),
    @Result(column = "s_activity_id", property = "signup.activityId"),
    @Result(column = "s_user_id", property = "signup.userId"),
    @Result(column = "s_status", property = "signup.status"),
    @Result(column = "s_seats", property = "signup.seats"),
    @Result(column = "s_waitlist_seq", property = "signup.waitlistSeq"),
    @Result(column = "s_first_position", property = "signup.firstPosition"),
    @Result(column = "s_extra", property = "signup.extra"),
    @Result(column = "s_idempotency_key", property = "signup.idempotencyKey"),
    @Result(column = "s_request_hash", property = "signup.requestHash"),
    @Result(column = "s_checked_in_at", property = "signup.checkedInAt"),
    @Result(column = "s_no_show", property = "signup.noShow"),
    @Result(column = "s_promoted_at", property = "signup.promotedAt"),
    @Result(column = "s_cancelled_at", property = "signup.cancelledAt"),
    @Result(column = "s_created_at", property = "signup.createdAt"),
    @Result(column = "s_updated_at", property = "signup.updatedAt"),
    @Result(column = "s_created_by", property = "signup.createdBy")
  })
  List<SignupSnapshotRow> snapshot(
      @Param("activityId") long activityId,
      @Param("userId") long userId,
      @Param("key") String idempotencyKey);

  /** The caller's active sign-up, locked (call with the activity row locked first). */
  @Select(
      "SELECT * FROM activity_signup WHERE activity_id = #{activityId} AND user_id = #{userId}"
          + " AND status IN ('CONFIRMED', 'WAITLISTED') FOR UPDATE")
  ActivitySignupEntity lockActive(
      @Param("activityId") long activityId, @Param("userId") long userId);

  /** The sign-up made with this idempotency key, in any status. */
  @Select(
      "SELECT * FROM activity_signup WHERE activity_id = #{activityId} AND user_id = #{userId}"
          + " AND idempotency_key = #{key}")
  ActivitySignupEntity findByKey(
      @Param("activityId") long activityId, @Param("userId") long userId, @Param("key") String key);

  /** Place in the waitlist of the sign-up with sequence number {@code seq}, from 1. */
  @Select(
      "SELECT COUNT(*) FROM activity_signup WHERE activity_id = #{activityId}"
          + " AND status = 'WAITLISTED' AND waitlist_seq <= #{seq}")
  int position(@Param("activityId") long activityId, @Param("seq") long seq);

  /** The waitlist in order (call with the activity row locked). */
  @Select(
      "SELECT * FROM activity_signup WHERE activity_id = #{activityId} AND status = 'WAITLISTED'"
          + " ORDER BY waitlist_seq LIMIT #{limit} FOR UPDATE")
  List<ActivitySignupEntity> waitlist(
      @Param("activityId") long activityId, @Param("limit") int limit);

  /** Confirms a waitlisted sign-up. */
  @Update(
      "UPDATE activity_signup SET status = 'CONFIRMED', promoted_at = #{now}, updated_at = #{now}"
          + " WHERE id = #{id} AND status = 'WAITLISTED'")
  int confirm(@Param("id") long id, @Param("now") LocalDateTime now);

  /** Cancels a sign-up that holds a seat or a place. */
  @Update(
      "UPDATE activity_signup SET status = 'CANCELLED', cancelled_at = #{now}, updated_at = #{now}"
          + " WHERE id = #{id} AND status IN ('CONFIRMED', 'WAITLISTED')")
  int cancel(@Param("id") long id, @Param("now") LocalDateTime now);

  /** Every active sign-up of an activity (for cancelling it). */
  @Select(
      "SELECT * FROM activity_signup WHERE activity_id = #{activityId}"
          + " AND status IN ('CONFIRMED', 'WAITLISTED') ORDER BY id FOR UPDATE")
  List<ActivitySignupEntity> active(@Param("activityId") long activityId);

  /**
   * Queues one subscribe message per confirmed sign-up of an activity into the notice outbox,
   * skipping those queued before (same dedupe key); returns how many were queued.
   */
  @com.baomidou.mybatisplus.annotation.InterceptorIgnore(tenantLine = "true")
  @org.apache.ibatis.annotations.Insert(
      "INSERT IGNORE INTO notice_outbox (community_id, user_id, purpose, dedupe_key, page, data,"
          + " status, attempts, next_attempt_at, created_at, updated_at)"
          + " SELECT s.community_id, s.user_id, #{purpose},"
          + " CONCAT(#{keyPrefix}, s.user_id), #{page}, #{data}, 'PENDING', 0, #{now}, #{now},"
          + " #{now} FROM activity_signup s WHERE s.activity_id = #{activityId}"
          + " AND s.status = 'CONFIRMED'")
  int queueForConfirmed(
      @Param("activityId") long activityId,
      @Param("purpose") String purpose,
      @Param("keyPrefix") String keyPrefix,
      @Param("page") String page,
      @Param("data") String data,
      @Param("now") LocalDateTime now);

  /** Marks confirmed sign-ups not checked in as no-shows. */
  @Update(
      "UPDATE activity_signup SET no_show = 1, updated_at = #{now} WHERE activity_id = #{activityId}"
          + " AND status = 'CONFIRMED' AND checked_in_at IS NULL")
  int markNoShows(@Param("activityId") long activityId, @Param("now") LocalDateTime now);

  /** No-shows of a user at activities that ended after {@code since}. */
  @Select(
      "SELECT COUNT(*) FROM activity_signup s JOIN activity a ON a.id = s.activity_id"
          + " WHERE s.user_id = #{userId} AND s.no_show = 1 AND a.ends_at >= #{since}")
  int noShows(@Param("userId") long userId, @Param("since") LocalDateTime since);

  /** Records or clears a check-in of a confirmed sign-up, with its no-show mark. */
  @Update(
      "UPDATE activity_signup SET checked_in_at = #{at}, no_show = #{noShow}, updated_at = #{now}"
          + " WHERE id = #{id} AND status = 'CONFIRMED'")
  int setCheckedIn(
      @Param("id") long id,
      @Param("at") LocalDateTime at,
      @Param("noShow") boolean noShow,
      @Param("now") LocalDateTime now);

  /** Checks in a confirmed sign-up that is not checked in yet; returns 1 when done. */
  @Update(
      "UPDATE activity_signup SET checked_in_at = #{now}, no_show = 0, updated_at = #{now}"
          + " WHERE id = #{id} AND status = 'CONFIRMED' AND checked_in_at IS NULL")
  int checkIn(@Param("id") long id, @Param("now") LocalDateTime now);

  /** A user's sign-ups with their activity, newest activity first. */
  @Select(
      "SELECT s.*, a.title AS activity_title, a.starts_at AS activity_starts_at,"
          + " a.place AS activity_place, a.status AS activity_status,"
          + " a.signup_opens_at AS activity_opens_at, a.signup_closes_at AS activity_closes_at"
          + " FROM activity_signup s JOIN activity a ON a.id = s.activity_id"
          + " WHERE s.user_id = #{userId} ORDER BY a.starts_at DESC, s.id DESC"
          + " LIMIT #{limit} OFFSET #{offset}")
  List<MySignupRow> mine(
      @Param("userId") long userId, @Param("limit") int limit, @Param("offset") long offset);

  @Select("SELECT COUNT(*) FROM activity_signup WHERE user_id = #{userId}")
  long countMine(@Param("userId") long userId);

  /**
   * One page of an activity's sign-ups with the participant's registry name (none while its
   * processing is restricted) or nickname: confirmed first, then the waitlist in order, then
   * cancelled.
   */
  @Select(
      "<script>SELECT s.*, r.name AS resident_name, u.nickname AS nickname FROM activity_signup s"
          + " JOIN app_user u ON u.id = s.user_id"
          + " LEFT JOIN resident r ON r.user_id = s.user_id AND r.restricted_at IS NULL"
          + " WHERE s.activity_id = #{activityId}"
          + "<if test='status != null'> AND s.status = #{status}</if>"
          + " ORDER BY CASE s.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END,"
          + " COALESCE(s.waitlist_seq, 0), s.id LIMIT #{limit} OFFSET #{offset}</script>")
  List<NamedSignupRow> listNamed(
      @Param("activityId") long activityId,
      @Param("status") String status,
      @Param("limit") int limit,
      @Param("offset") long offset);

  @Select(
      "<script>SELECT COUNT(*) FROM activity_signup WHERE activity_id = #{activityId}"
          + "<if test='status != null'> AND status = #{status}</if></script>")
  long countOf(@Param("activityId") long activityId, @Param("status") String status);

  /** A sign-up with its participant's names. */
  class NamedSignupRow extends ActivitySignupEntity {
    private String residentName;
    private String nickname;

    public String getResidentName() {
      return residentName;
    }

    public void setResidentName(String residentName) {
      this.residentName = residentName;
    }

    public String getNickname() {
      return nickname;
    }

    public void setNickname(String nickname) {
      this.nickname = nickname;
    }
  }

  /** A sign-up joined with its activity's summary. */
  class MySignupRow extends ActivitySignupEntity {
    private String activityTitle;
    private LocalDateTime activityStartsAt;
    private String activityPlace;
    private String activityStatus;
    private LocalDateTime activityOpensAt;
    private LocalDateTime activityClosesAt;

    public String getActivityTitle() {
      return activityTitle;
    }

    public void setActivityTitle(String activityTitle) {
      this.activityTitle = activityTitle;
    }

    public LocalDateTime getActivityStartsAt() {
      return activityStartsAt;
    }

    public void setActivityStartsAt(LocalDateTime activityStartsAt) {
      this.activityStartsAt = activityStartsAt;
    }

    public String getActivityPlace() {
      return activityPlace;
    }

    public void setActivityPlace(String activityPlace) {
      this.activityPlace = activityPlace;
    }

    public String getActivityStatus() {
      return activityStatus;
    }

    public void setActivityStatus(String activityStatus) {
      this.activityStatus = activityStatus;
    }

    public LocalDateTime getActivityOpensAt() {
      return activityOpensAt;
    }

    public void setActivityOpensAt(LocalDateTime activityOpensAt) {
      this.activityOpensAt = activityOpensAt;
    }

    public LocalDateTime getActivityClosesAt() {
      return activityClosesAt;
    }

    public void setActivityClosesAt(LocalDateTime activityClosesAt) {
      this.activityClosesAt = activityClosesAt;
    }
  }
}
