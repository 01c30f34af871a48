package org.linli.persistence.auth;

import com.baomidou.mybatisplus.annotation.InterceptorIgnore;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Personal API tokens, scoped to the current community except for authentication lookups. */
public interface ApiTokenMapper extends BaseMapper<ApiTokenEntity> {

  /**
   * Finds a token by its hash in any community: used to authenticate, before a community is known.
   */
  @InterceptorIgnore(tenantLine = "true")
  @Select("SELECT * FROM api_token WHERE token_hash = #{hash}")
  ApiTokenEntity findByHashForAuthentication(@Param("hash") String hash);

  /** Records the use of a token at most once a minute. */
  @InterceptorIgnore(tenantLine = "true")
  @Update(
      "UPDATE api_token SET last_used_at = #{now} WHERE id = #{id}"
          + " AND (last_used_at IS NULL OR last_used_at < #{now} - INTERVAL 1 MINUTE)")
  int touch(@Param("id") long id, @Param("now") LocalDateTime now);

  /** Tokens of one user in the current community, newest first. */
  default List<ApiTokenEntity> listOfUser(long userId) {
    return selectList(
        Wrappers.<ApiTokenEntity>lambdaQuery()
            .eq(ApiTokenEntity::getUserId, userId)
            .orderByDesc(ApiTokenEntity::getId));
  }
}
