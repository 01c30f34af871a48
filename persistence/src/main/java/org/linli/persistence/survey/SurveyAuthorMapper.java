package org.linli.persistence.survey;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;

/** Volunteers allowed to build surveys in the current community. */
public interface SurveyAuthorMapper extends BaseMapper<SurveyAuthorEntity> {

  default boolean granted(long userId) {
    return selectCount(
            Wrappers.<SurveyAuthorEntity>lambdaQuery().eq(SurveyAuthorEntity::getUserId, userId))
        > 0;
  }

  default SurveyAuthorEntity find(long userId) {
    return selectOne(
        Wrappers.<SurveyAuthorEntity>lambdaQuery().eq(SurveyAuthorEntity::getUserId, userId));
  }

  default int revoke(long userId) {
    return delete(
        Wrappers.<SurveyAuthorEntity>lambdaQuery().eq(SurveyAuthorEntity::getUserId, userId));
  }

  /** Every grant, oldest first. */
  default List<SurveyAuthorEntity> listAll() {
    return selectList(
        Wrappers.<SurveyAuthorEntity>lambdaQuery().orderByAsc(SurveyAuthorEntity::getId));
  }
}
