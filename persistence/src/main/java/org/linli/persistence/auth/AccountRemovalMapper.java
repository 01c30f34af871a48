package org.linli.persistence.auth;

import com.baomidou.mybatisplus.annotation.InterceptorIgnore;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

/**
 * Removes what the platform holds about a user who deletes their account, in every community.
 * Records other rules require to keep (audit log, survey participation, the registry entry kept by
 * the community) are not touched here; the registry entry is only unbound from the account.
 */
public interface AccountRemovalMapper extends BaseMapper<UserEntity> {

  @InterceptorIgnore(tenantLine = "true")
  @Delete("DELETE FROM api_token WHERE user_id = #{userId}")
  int deleteApiTokens(@Param("userId") long userId);

  @Delete("DELETE FROM member_role WHERE user_id = #{userId}")
  int deleteRoles(@Param("userId") long userId);

  @Delete("DELETE FROM community_member WHERE user_id = #{userId}")
  int deleteMemberships(@Param("userId") long userId);

  @Delete("DELETE FROM subscription_credit WHERE user_id = #{userId}")
  int deleteSubscriptionCredits(@Param("userId") long userId);

  @InterceptorIgnore(tenantLine = "true")
  @Delete("DELETE FROM survey_draft WHERE user_id = #{userId}")
  int deleteSurveyDrafts(@Param("userId") long userId);

  @InterceptorIgnore(tenantLine = "true")
  @Update("UPDATE resident SET user_id = NULL, version = version + 1 WHERE user_id = #{userId}")
  int unbindResidents(@Param("userId") long userId);

  @InterceptorIgnore(tenantLine = "true")
  @Update(
      "UPDATE household_claim SET status = 'REJECTED', version = version + 1"
          + " WHERE user_id = #{userId} AND status = 'PENDING'")
  int withdrawClaims(@Param("userId") long userId);

  /** Replaces the WeChat identity and profile with placeholders; the row id stays for history. */
  @Update(
      "UPDATE app_user SET openid = #{placeholder}, unionid = NULL, nickname = NULL,"
          + " pending_nickname = NULL, platform_admin = 0, version = version + 1,"
          + " updated_at = UTC_TIMESTAMP(3) WHERE id = #{userId}")
  int anonymise(@Param("userId") long userId, @Param("placeholder") String placeholder);
}
