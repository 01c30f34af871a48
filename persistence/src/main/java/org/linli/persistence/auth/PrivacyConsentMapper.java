package org.linli.persistence.auth;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Privacy notice acceptances (not community data). */
public interface PrivacyConsentMapper extends BaseMapper<UserEntity> {

  /** Records an acceptance; accepting the same version again changes nothing. */
  @Insert(
      "INSERT IGNORE INTO privacy_consent (user_id, version, accepted_at)"
          + " VALUES (#{userId}, #{version}, #{at})")
  int accept(
      @Param("userId") long userId,
      @Param("version") String version,
      @Param("at") LocalDateTime at);

  /** Versions the user accepted, newest acceptance first. */
  @Select(
      "SELECT version FROM privacy_consent WHERE user_id = #{userId} ORDER BY accepted_at DESC, id DESC")
  List<String> versions(@Param("userId") long userId);

  @Delete("DELETE FROM privacy_consent WHERE user_id = #{userId}")
  int deleteOf(@Param("userId") long userId);
}
