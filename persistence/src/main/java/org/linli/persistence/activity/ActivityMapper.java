package org.linli.persistence.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.linli.persistence.common.PageSlice;

/**
 * Activities. The seat counters change only through the conditional updates below, each in the
 * transaction that writes the matching sign-up rows.
 */
public interface ActivityMapper extends BaseMapper<ActivityEntity> {

  /**
   * Takes {@code seats} confirmed seats if they are free, the sign-up window is open and nobody is
   * waiting (the waitlist is served first).
   *
   * @return 1 when taken
   */
  @Update(
      "UPDATE activity SET seats_taken = seats_taken + #{seats}"
          + " WHERE id = #{id} AND status = 'PUBLISHED' AND signup_opens_at <= #{now}"
          + " AND signup_closes_at > #{now} AND waitlist_taken = 0"
          + " AND seats_taken + #{seats} <= capacity")
  int takeSeats(@Param("id") long id, @Param("seats") int seats, @Param("now") LocalDateTime now);

  /**
   * Takes {@code seats} places on the waitlist and the next waitlist sequence number, if the
   * waitlist is on and has room and the window is open.
   *
   * @return 1 when taken
   */
  @Update(
      "UPDATE activity SET waitlist_taken = waitlist_taken + #{seats},"
          + " waitlist_seq = waitlist_seq + 1"
          + " WHERE id = #{id} AND status = 'PUBLISHED' AND signup_opens_at <= #{now}"
          + " AND signup_closes_at > #{now} AND waitlist_enabled = 1"
          + " AND (waitlist_limit = 0 OR waitlist_taken + #{seats} <= waitlist_limit)")
  int takeWaitlist(
      @Param("id") long id, @Param("seats") int seats, @Param("now") LocalDateTime now);

  /** The sequence number just taken by {@link #takeWaitlist} (the row is locked by this tx). */
  @Select("SELECT waitlist_seq FROM activity WHERE id = #{id}")
  long waitlistSeq(@Param("id") long id);

  /** Gives back confirmed seats and waitlist places; locks the activity row. */
  @Update(
      "UPDATE activity SET seats_taken = seats_taken - #{seats},"
          + " waitlist_taken = waitlist_taken - #{waiting}"
          + " WHERE id = #{id} AND seats_taken >= #{seats} AND waitlist_taken >= #{waiting}")
  int release(@Param("id") long id, @Param("seats") int seats, @Param("waiting") int waiting);

  /** Moves {@code seats} from the waitlist to confirmed if they fit. */
  @Update(
      "UPDATE activity SET seats_taken = seats_taken + #{seats},"
          + " waitlist_taken = waitlist_taken - #{seats}"
          + " WHERE id = #{id} AND seats_taken + #{seats} <= capacity"
          + " AND waitlist_taken >= #{seats}")
  int promote(@Param("id") long id, @Param("seats") int seats);

  /** Recounts both counters from the sign-ups. */
  @Update(
      "UPDATE activity a SET"
          + " a.seats_taken = (SELECT COALESCE(SUM(s.seats), 0) FROM activity_signup s"
          + " WHERE s.activity_id = a.id AND s.status = 'CONFIRMED'),"
          + " a.waitlist_taken = (SELECT COALESCE(SUM(w.seats), 0) FROM activity_signup w"
          + " WHERE w.activity_id = a.id AND w.status = 'WAITLISTED')"
          + " WHERE a.id = #{id}")
  int recount(@Param("id") long id);

  /** Locks the activity row for a multi-row change (cancel, finish, promotion). */
  @Select("SELECT id FROM activity WHERE id = #{id} FOR UPDATE")
  Long lock(@Param("id") long id);

  /** Published activities of every community starting in ({@code after}, {@code before}]. */
  @com.baomidou.mybatisplus.annotation.InterceptorIgnore(tenantLine = "true")
  @Select(
      "SELECT id, community_id FROM activity WHERE status = 'PUBLISHED'"
          + " AND starts_at <= #{before} AND starts_at > #{after} ORDER BY starts_at")
  List<ActivityRef> startingBetween(
      @Param("after") LocalDateTime after, @Param("before") LocalDateTime before);

  /**
   * Published activities not yet ended, soonest first.
   *
   * @param kind optional
   * @param from optional lower bound of the start
   * @param to optional upper bound (exclusive) of the start
   */
  default PageSlice<ActivityEntity> browse(
      LocalDateTime now, String kind, LocalDateTime from, LocalDateTime to, int page, int size) {
    return PageSlice.of(
        selectPage(
            Page.of(page, size),
            Wrappers.<ActivityEntity>lambdaQuery()
                .eq(ActivityEntity::getStatus, "PUBLISHED")
                .gt(ActivityEntity::getEndsAt, now)
                .eq(kind != null, ActivityEntity::getKind, kind)
                .ge(from != null, ActivityEntity::getStartsAt, from)
                .lt(to != null, ActivityEntity::getStartsAt, to)
                .orderByAsc(ActivityEntity::getStartsAt)
                .orderByAsc(ActivityEntity::getId)));
  }

  /**
   * Activities to manage, latest start first.
   *
   * @param organiserId only this organiser's, or {@code null} for all
   * @param status optional stored status
   * @param phase with status PUBLISHED: {@code before} (sign-up not open yet), {@code open} or
   *     {@code closed} at {@code now}; otherwise {@code null}
   */
  default PageSlice<ActivityEntity> manage(
      Long organiserId,
      String status,
      String phase,
      LocalDateTime now,
      String kind,
      LocalDateTime from,
      LocalDateTime to,
      int page,
      int size) {
    return PageSlice.of(
        selectPage(
            Page.of(page, size),
            Wrappers.<ActivityEntity>lambdaQuery()
                .eq(organiserId != null, ActivityEntity::getOrganiserId, organiserId)
                .eq(status != null, ActivityEntity::getStatus, status)
                .gt("before".equals(phase), ActivityEntity::getSignupOpensAt, now)
                .le("open".equals(phase), ActivityEntity::getSignupOpensAt, now)
                .gt("open".equals(phase), ActivityEntity::getSignupClosesAt, now)
                .le("closed".equals(phase), ActivityEntity::getSignupClosesAt, now)
                .eq(kind != null, ActivityEntity::getKind, kind)
                .ge(from != null, ActivityEntity::getStartsAt, from)
                .lt(to != null, ActivityEntity::getStartsAt, to)
                .orderByDesc(ActivityEntity::getStartsAt)
                .orderByDesc(ActivityEntity::getId)));
  }

  /** Changes the status of an activity in one of {@code from}; returns 1 when changed. */
  @Update(
      "<script>UPDATE activity SET status = #{to}, status_reason = #{reason},"
          + " version = version + 1, updated_at = #{now} WHERE id = #{id} AND status IN"
          + "<foreach collection='from' item='f' open='(' separator=',' close=')'>#{f}</foreach>"
          + "</script>")
  int changeStatus(
      @Param("id") long id,
      @Param("from") Collection<String> from,
      @Param("to") String to,
      @Param("reason") String reason,
      @Param("now") LocalDateTime now);

  /** How many of {@code ids} are buildings of the current community. */
  @Select(
      "<script>SELECT COUNT(*) FROM building WHERE id IN"
          + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>"
          + "</script>")
  int countBuildings(@Param("ids") Collection<Long> ids);

  /** An activity and its community. */
  record ActivityRef(Long id, Long communityId) {}
}
