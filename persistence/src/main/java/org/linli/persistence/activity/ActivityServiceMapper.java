package org.linli.persistence.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Volunteer service records: who served at which activity for how long. */
public interface ActivityServiceMapper extends BaseMapper<ActivityServiceEntity> {

  @Select("SELECT COALESCE(SUM(minutes), 0) FROM activity_service WHERE user_id = #{userId}")
  long totalMinutes(@Param("userId") long userId);

  @Select("SELECT COUNT(*) FROM activity_service WHERE user_id = #{userId}")
  long count(@Param("userId") long userId);

  /** A user's records with the activity title, newest first. */
  @Select(
      "SELECT s.transfer_id, s.activity_id, a.title AS activity_title, s.minutes, s.created_at,"
          + " s.user_id, s.id, COALESCE(r.name, u.nickname) AS name FROM activity_service s"
          + " JOIN activity a ON a.id = s.activity_id JOIN app_user u ON u.id = s.user_id"
          + " LEFT JOIN resident r ON r.user_id = s.user_id AND r.restricted_at IS NULL"
          + " WHERE s.user_id = #{userId} ORDER BY s.id DESC LIMIT #{limit} OFFSET #{offset}")
  List<ServiceRow> ofUser(
      @Param("userId") long userId, @Param("limit") int limit, @Param("offset") long offset);

  /** The next {@code limit} records of the community in a period after record {@code afterId}. */
  @Select(
      "SELECT s.transfer_id, s.activity_id, a.title AS activity_title, s.minutes, s.created_at,"
          + " s.user_id, s.id, COALESCE(r.name, u.nickname) AS name FROM activity_service s"
          + " JOIN activity a ON a.id = s.activity_id JOIN app_user u ON u.id = s.user_id"
          + " LEFT JOIN resident r ON r.user_id = s.user_id AND r.restricted_at IS NULL"
          + " WHERE s.created_at >= #{from} AND s.created_at < #{to} AND s.id > #{afterId}"
          + " ORDER BY s.id LIMIT #{limit}")
  List<ServiceRow> inPeriod(
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to,
      @Param("afterId") long afterId,
      @Param("limit") int limit);

  /** A service record with its activity's title. */
  record ServiceRow(
      Long transferId,
      Long activityId,
      String activityTitle,
      Integer minutes,
      LocalDateTime createdAt,
      Long userId,
      Long id,
      String name) {}
}
