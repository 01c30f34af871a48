package org.linli.persistence.notice;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Subscribe message credits per user and template (not community data). */
public interface SubscriptionCreditMapper extends BaseMapper<SubscriptionCreditEntity> {

  /** Adds one credit, up to {@code cap}. */
  @Insert(
      "INSERT INTO subscription_credit (user_id, template_id, credits, created_at, updated_at,"
          + " created_by) VALUES (#{userId}, #{templateId}, 1, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3),"
          + " #{userId}) ON DUPLICATE KEY UPDATE credits = LEAST(credits + 1, #{cap}),"
          + " updated_at = UTC_TIMESTAMP(3)")
  int addOne(
      @Param("userId") long userId, @Param("templateId") String templateId, @Param("cap") int cap);

  @Select(
      "SELECT COALESCE(MAX(credits), 0) FROM subscription_credit"
          + " WHERE user_id = #{userId} AND template_id = #{templateId}")
  int credits(@Param("userId") long userId, @Param("templateId") String templateId);

  /** Takes one credit; returns 1 when there was one. */
  @Update(
      "UPDATE subscription_credit SET credits = credits - 1, updated_at = UTC_TIMESTAMP(3)"
          + " WHERE user_id = #{userId} AND template_id = #{templateId} AND credits > 0")
  int takeOne(@Param("userId") long userId, @Param("templateId") String templateId);

  /** Gives a taken credit back (the message could not be sent). */
  @Update(
      "UPDATE subscription_credit SET credits = credits + 1, updated_at = UTC_TIMESTAMP(3)"
          + " WHERE user_id = #{userId} AND template_id = #{templateId}")
  int giveBack(@Param("userId") long userId, @Param("templateId") String templateId);

  /** Drops all credits (the user turned the messages off in WeChat). */
  @Update(
      "UPDATE subscription_credit SET credits = 0, updated_at = UTC_TIMESTAMP(3)"
          + " WHERE user_id = #{userId} AND template_id = #{templateId}")
  int clear(@Param("userId") long userId, @Param("templateId") String templateId);
}
