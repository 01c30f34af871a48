package org.linli.persistence.auth;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;

/** Users. Not community-scoped: a user may belong to several communities. */
public interface UserMapper extends BaseMapper<UserEntity> {

  /** Returns the user with this openid, or {@code null}. */
  default UserEntity findByOpenid(String openid) {
    return selectOne(Wrappers.<UserEntity>lambdaQuery().eq(UserEntity::getOpenid, openid));
  }
}
