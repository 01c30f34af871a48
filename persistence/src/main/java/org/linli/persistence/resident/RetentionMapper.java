package org.linli.persistence.resident;

import com.baomidou.mybatisplus.annotation.InterceptorIgnore;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Finds and anonymises residents past retention, in every community (the retention job only). */
public interface RetentionMapper extends BaseMapper<ResidentEntity> {

  /** Communities with residents due, and how many. */
  @InterceptorIgnore(tenantLine = "true")
  @Select(
      "SELECT r.community_id, COUNT(*) AS due FROM resident r"
          + " WHERE r.move_out_date < #{before} AND r.name <> '已匿名'"
          + " AND NOT EXISTS (SELECT 1 FROM ownership o WHERE o.resident_id = r.id)"
          + " GROUP BY r.community_id")
  List<DueRow> due(@Param("before") LocalDate movedOutBefore);

  /** Anonymises one community's residents past retention; returns how many. */
  @InterceptorIgnore(tenantLine = "true")
  @Update(
      "UPDATE resident r SET r.name = #{name}, r.id_number = NULL, r.id_number_bidx = NULL,"
          + " r.phone = NULL, r.phone_bidx = NULL, r.notes = NULL,"
          + " r.id_number_masked = NULL, r.phone_masked = NULL, r.birth_date = NULL,"
          + " r.tags = NULL, r.user_id = NULL, r.guardian_id = NULL, r.version = r.version + 1,"
          + " r.updated_at = UTC_TIMESTAMP(3)"
          + " WHERE r.community_id = #{communityId} AND r.move_out_date < #{before}"
          + " AND r.name <> #{name}"
          + " AND NOT EXISTS (SELECT 1 FROM ownership o WHERE o.resident_id = r.id)")
  int anonymise(
      @Param("communityId") long communityId,
      @Param("before") LocalDate movedOutBefore,
      @Param("name") String name);

  /** A community with residents due. */
  record DueRow(Long communityId, Long due) {}
}
