package org.linli.persistence.community;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Roles of members. */
public interface MemberRoleMapper extends BaseMapper<MemberRoleEntity> {

  /** Grants a role unless held; returns 1 when it was newly granted. */
  @Insert(
      "INSERT IGNORE INTO member_role (community_id, user_id, role, created_at, updated_at,"
          + " created_by) VALUES (#{communityId}, #{userId}, #{role}, UTC_TIMESTAMP(3),"
          + " UTC_TIMESTAMP(3), #{grantedBy})")
  int grant(
      @Param("communityId") long communityId,
      @Param("userId") long userId,
      @Param("role") String role,
      @Param("grantedBy") Long grantedBy);

  /** Revokes a role; returns 1 when it was held. */
  default int revoke(long communityId, long userId, String role) {
    return delete(
        Wrappers.<MemberRoleEntity>lambdaQuery()
            .eq(MemberRoleEntity::getCommunityId, communityId)
            .eq(MemberRoleEntity::getUserId, userId)
            .eq(MemberRoleEntity::getRole, role));
  }

  default List<String> rolesOf(long communityId, long userId) {
    return selectList(
            Wrappers.<MemberRoleEntity>lambdaQuery()
                .eq(MemberRoleEntity::getCommunityId, communityId)
                .eq(MemberRoleEntity::getUserId, userId))
        .stream()
        .map(MemberRoleEntity::getRole)
        .sorted()
        .toList();
  }

  /** Residents of a community (verified ones only when asked), by user id. */
  @Select(
      "<script>SELECT r.user_id FROM member_role r JOIN community_member m"
          + " ON m.community_id = r.community_id AND m.user_id = r.user_id"
          + " WHERE r.community_id = #{communityId} AND r.role = 'RESIDENT'"
          + "<if test='verifiedOnly'> AND m.verified = 1</if> ORDER BY r.user_id</script>")
  List<Long> residents(
      @Param("communityId") long communityId, @Param("verifiedOnly") boolean verifiedOnly);
}
