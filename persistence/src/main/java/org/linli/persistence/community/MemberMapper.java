package org.linli.persistence.community;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.linli.persistence.common.PageSlice;

/** Memberships; queries always name the community explicitly. */
public interface MemberMapper extends BaseMapper<MemberEntity> {

  /**
   * A member's roles in one query, for authenticating every request.
   *
   * @return {@code null} when not a member, else the comma-separated roles ("" for none)
   */
  @org.apache.ibatis.annotations.Select(
      "SELECT COALESCE(GROUP_CONCAT(r.role), '') FROM community_member m"
          + " LEFT JOIN member_role r ON r.community_id = m.community_id AND r.user_id = m.user_id"
          + " WHERE m.community_id = #{communityId} AND m.user_id = #{userId} GROUP BY m.id")
  String rolesOfMember(
      @org.apache.ibatis.annotations.Param("communityId") long communityId,
      @org.apache.ibatis.annotations.Param("userId") long userId);

  default MemberEntity find(long communityId, long userId) {
    return selectOne(
        Wrappers.<MemberEntity>lambdaQuery()
            .eq(MemberEntity::getCommunityId, communityId)
            .eq(MemberEntity::getUserId, userId));
  }

  /** Inserts the membership unless it exists; returns 1 when inserted. */
  @Insert(
      "INSERT IGNORE INTO community_member (community_id, user_id, verified, version, created_at,"
          + " updated_at, created_by) VALUES (#{communityId}, #{userId}, 0, 0, UTC_TIMESTAMP(3),"
          + " UTC_TIMESTAMP(3), #{userId})")
  int insertIfAbsent(@Param("communityId") long communityId, @Param("userId") long userId);

  /** Marks a membership verified. */
  @Update(
      "UPDATE community_member SET verified = 1, version = version + 1,"
          + " updated_at = UTC_TIMESTAMP(3) WHERE community_id = #{communityId} AND user_id = #{userId}")
  int markVerified(@Param("communityId") long communityId, @Param("userId") long userId);

  /**
   * What authenticating a request needs, in one statement: whether the user exists, is a platform
   * admin or was deleted (openid replaced by {@code deleted:...}), and the community the request
   * acts in with the roles held there: {@code requestedCommunityId} if a member, else (when none is
   * requested) the community joined first.
   *
   * @return {@code null} for an unknown user; {@code communityId} is {@code null} when the user is
   *     not a member of the requested community, or of any when none is requested
   */
  @Select(
      "<script>SELECT u.platform_admin AS admin, u.openid LIKE 'deleted:%' AS deleted,"
          + " m.community_id AS community_id,"
          + " (SELECT COALESCE(GROUP_CONCAT(r.role), '') FROM member_role r"
          + " WHERE r.community_id = m.community_id AND r.user_id = m.user_id) AS roles"
          + " FROM app_user u LEFT JOIN community_member m ON m.user_id = u.id AND m.community_id ="
          + "<choose><when test='requested != null'> #{requested}</when>"
          + "<otherwise> (SELECT f.community_id FROM community_member f WHERE f.user_id = u.id"
          + " ORDER BY f.id LIMIT 1)</otherwise></choose>"
          + " WHERE u.id = #{userId}</script>")
  ActorRow actorOf(@Param("userId") long userId, @Param("requested") Long requestedCommunityId);

  /** See {@link #actorOf}. */
  record ActorRow(Boolean admin, Boolean deleted, Long communityId, String roles) {}

  /** Memberships of a user, oldest first, with community names and roles. */
  @Select(
      "SELECT m.community_id, c.name AS community_name, m.verified,"
          + " GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',') AS roles"
          + " FROM community_member m JOIN community c ON c.id = m.community_id"
          + " LEFT JOIN member_role r ON r.community_id = m.community_id AND r.user_id = m.user_id"
          + " WHERE m.user_id = #{userId}"
          + " GROUP BY m.id, m.community_id, c.name, m.verified ORDER BY m.id")
  List<MembershipRow> listMembershipsOfUser(@Param("userId") long userId);

  /** One page of a community's members with roles, in joining order. */
  @Select(
      "SELECT m.user_id, u.nickname, m.verified, m.created_at AS joined_at,"
          + " GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',') AS roles"
          + " FROM community_member m JOIN app_user u ON u.id = m.user_id"
          + " LEFT JOIN member_role r ON r.community_id = m.community_id AND r.user_id = m.user_id"
          + " WHERE m.community_id = #{communityId}"
          + " GROUP BY m.id, m.user_id, u.nickname, m.verified, m.created_at ORDER BY m.id")
  IPage<MemberRow> pageMembers(Page<MemberRow> page, @Param("communityId") long communityId);

  /** One page (from 1) of a community's members with roles, in joining order. */
  default PageSlice<MemberRow> membersPage(long communityId, int page, int size) {
    return PageSlice.of(pageMembers(Page.of(page, size), communityId));
  }

  /** One member with roles, or {@code null}. */
  @Select(
      "SELECT m.user_id, u.nickname, m.verified, m.created_at AS joined_at,"
          + " GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',') AS roles"
          + " FROM community_member m JOIN app_user u ON u.id = m.user_id"
          + " LEFT JOIN member_role r ON r.community_id = m.community_id AND r.user_id = m.user_id"
          + " WHERE m.community_id = #{communityId} AND m.user_id = #{userId}"
          + " GROUP BY m.id, m.user_id, u.nickname, m.verified, m.created_at")
  MemberRow findMember(@Param("communityId") long communityId, @Param("userId") long userId);
}
