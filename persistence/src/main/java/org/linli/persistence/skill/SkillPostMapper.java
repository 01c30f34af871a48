package org.linli.persistence.skill;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Skill posts of the current community. */
public interface SkillPostMapper extends BaseMapper<SkillPostEntity> {

  /**
   * Posts matching the filters with their category and author's name, newest first. {@code
   * authorId} and {@code status} are optional; {@code keyword} matches title or description.
   */
  @Select(
      "<script>SELECT p.id, p.kind, p.category_id, c.name AS category_name, p.title,"
          + " p.description, p.availability, p.place, p.price_minutes, p.status, p.author_id,"
          + " COALESCE(r.name, u.nickname) AS author_name, p.created_at"
          + " FROM skill_post p JOIN skill_category c ON c.id = p.category_id"
          + " JOIN app_user u ON u.id = p.author_id"
          + " LEFT JOIN resident r ON r.user_id = p.author_id"
          + " <where>"
          + "<if test='status != null'> AND p.status = #{status}</if>"
          + "<if test='authorId != null'> AND p.author_id = #{authorId}</if>"
          + "<if test='kind != null'> AND p.kind = #{kind}</if>"
          + "<if test='categoryId != null'> AND p.category_id = #{categoryId}</if>"
          + "<if test='keyword != null'> AND (p.title LIKE #{keyword} OR p.description LIKE"
          + " #{keyword})</if>"
          + "<if test='id != null'> AND p.id = #{id}</if>"
          + "</where> ORDER BY p.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
  List<PostRow> search(
      @Param("id") Long id,
      @Param("status") String status,
      @Param("authorId") Long authorId,
      @Param("kind") String kind,
      @Param("categoryId") Long categoryId,
      @Param("keyword") String keyword,
      @Param("limit") int limit,
      @Param("offset") long offset);

  @Select(
      "<script>SELECT COUNT(*) FROM skill_post p <where>"
          + "<if test='status != null'> AND p.status = #{status}</if>"
          + "<if test='authorId != null'> AND p.author_id = #{authorId}</if>"
          + "<if test='kind != null'> AND p.kind = #{kind}</if>"
          + "<if test='categoryId != null'> AND p.category_id = #{categoryId}</if>"
          + "<if test='keyword != null'> AND (p.title LIKE #{keyword} OR p.description LIKE"
          + " #{keyword})</if>"
          + "</where></script>")
  long count(
      @Param("status") String status,
      @Param("authorId") Long authorId,
      @Param("kind") String kind,
      @Param("categoryId") Long categoryId,
      @Param("keyword") String keyword);

  /** Whether the user is suspended from posting at {@code now}. */
  @Select("SELECT COUNT(*) FROM sharing_suspension WHERE user_id = #{userId} AND until_at > #{now}")
  int suspensions(@Param("userId") long userId, @Param("now") LocalDateTime now);

  /** A post as lists show it; {@code authorName} is unmasked (mask before showing). */
  record PostRow(
      Long id,
      String kind,
      Long categoryId,
      String categoryName,
      String title,
      String description,
      String availability,
      String place,
      Integer priceMinutes,
      String status,
      Long authorId,
      String authorName,
      LocalDateTime createdAt) {}
}
