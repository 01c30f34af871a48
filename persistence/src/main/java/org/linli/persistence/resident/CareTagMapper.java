package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Care tags of the current community. */
public interface CareTagMapper extends BaseMapper<CareTagEntity> {

  /** Every tag of the current community (retired ones included), in id order. */
  default List<CareTagEntity> listAll() {
    return selectList(Wrappers.<CareTagEntity>lambdaQuery().orderByAsc(CareTagEntity::getId));
  }

  /** How many tags the current community has (0 means the list was never seeded). */
  default long countAll() {
    return selectCount(null);
  }

  /**
   * Adds a tag unless the community already has one of that name (seeding may run concurrently).
   */
  @Insert(
      "INSERT IGNORE INTO care_tag (community_id, name, retired, version, created_at, updated_at)"
          + " VALUES (#{communityId}, #{name}, 0, 0, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))")
  int insertIfAbsent(@Param("communityId") long communityId, @Param("name") String name);

  /** Tag lists (comma-separated names) of the current community's residents that have tags. */
  @Select("SELECT tags FROM resident WHERE tags IS NOT NULL")
  List<String> residentTagLists();

  /**
   * Renames a tag in the current community's residents' tag lists (comma-separated names, which
   * never contain commas); returns how many residents changed.
   */
  @Update(
      "UPDATE resident SET tags = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', tags, ','),"
          + " CONCAT(',', #{from}, ','), CONCAT(',', #{to}, ','))),"
          + " version = version + 1 WHERE FIND_IN_SET(#{from}, tags) > 0")
  int renameInResidents(@Param("from") String from, @Param("to") String to);
}
