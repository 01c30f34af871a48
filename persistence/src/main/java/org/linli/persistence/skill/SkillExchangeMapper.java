package org.linli.persistence.skill;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Exchanges of help. */
public interface SkillExchangeMapper extends BaseMapper<SkillExchangeEntity> {

  /** The exchange, locking its row until the transaction ends; {@code null} when absent. */
  @Select("SELECT * FROM skill_exchange WHERE id = #{id} FOR UPDATE")
  SkillExchangeEntity lock(@Param("id") long id);

  /** A user's exchanges (as helper or receiver), newest first. */
  default List<SkillExchangeEntity> ofUser(long userId, String status, int limit, long offset) {
    return selectList(
        Wrappers.<SkillExchangeEntity>lambdaQuery()
            .and(
                w ->
                    w.eq(SkillExchangeEntity::getHelperId, userId)
                        .or()
                        .eq(SkillExchangeEntity::getReceiverId, userId))
            .eq(status != null, SkillExchangeEntity::getStatus, status)
            .orderByDesc(SkillExchangeEntity::getId)
            .last("LIMIT " + limit + " OFFSET " + offset));
  }

  default long countOfUser(long userId, String status) {
    return selectCount(
        Wrappers.<SkillExchangeEntity>lambdaQuery()
            .and(
                w ->
                    w.eq(SkillExchangeEntity::getHelperId, userId)
                        .or()
                        .eq(SkillExchangeEntity::getReceiverId, userId))
            .eq(status != null, SkillExchangeEntity::getStatus, status));
  }

  /**
   * Accepted exchanges, in every community, that one side confirmed before {@code before} and the
   * other neither confirmed nor cancelled (for the scheduled completion; not tenant-scoped).
   */
  @com.baomidou.mybatisplus.annotation.InterceptorIgnore(tenantLine = "true")
  @Select(
      "SELECT id, community_id FROM skill_exchange WHERE status = 'ACCEPTED'"
          + " AND ((helper_confirmed_at < #{before} AND receiver_confirmed_at IS NULL)"
          + " OR (receiver_confirmed_at < #{before} AND helper_confirmed_at IS NULL))"
          + " ORDER BY id LIMIT 500")
  List<DueRow> dueForCompletion(@Param("before") LocalDateTime before);

  /** The display name (registry name, else nickname; unmasked) of a user, or {@code null}. */
  @Select(
      "SELECT COALESCE(MAX(r.name), MAX(u.nickname)) FROM app_user u"
          + " LEFT JOIN resident r ON r.user_id = u.id WHERE u.id = #{userId}")
  String name(@Param("userId") long userId);

  /** An exchange due for completion, and its community. */
  record DueRow(Long id, Long communityId) {}
}
