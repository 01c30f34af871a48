package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.linli.persistence.common.PageSlice;

/** Residents of the current community. Encrypted columns are decrypted by the type handler. */
public interface ResidentMapper extends BaseMapper<ResidentEntity> {

  /**
   * Up to {@code limit} residents after {@code afterId} in id order; born on or before {@code
   * bornOnOrBefore} (or undated) when it is set.
   */
  default List<ResidentEntity> batchAfter(long afterId, int limit, LocalDate bornOnOrBefore) {
    return selectList(
        Wrappers.<ResidentEntity>lambdaQuery()
            .gt(ResidentEntity::getId, afterId)
            .and(
                bornOnOrBefore != null,
                w ->
                    w.isNull(ResidentEntity::getBirthDate)
                        .or()
                        .le(ResidentEntity::getBirthDate, bornOnOrBefore))
            .orderByAsc(ResidentEntity::getId)
            .last("LIMIT " + Math.max(1, limit)));
  }

  /** Inserts many residents with JDBC batching (inside the caller's transaction). */
  default void insertAll(List<ResidentEntity> batch) {
    insert(batch, 500);
  }

  /** Blind indexes of every registered ID number of the current community. */
  @Select("SELECT id_number_bidx FROM resident WHERE id_number_bidx IS NOT NULL")
  List<String> idNumberIndexes();

  /** The resident bound to a user, or {@code null}. */
  default ResidentEntity findByUser(long userId) {
    return selectOne(Wrappers.<ResidentEntity>lambdaQuery().eq(ResidentEntity::getUserId, userId));
  }

  /** Residents of the given households with this name and phone blind index. */
  default List<ResidentEntity> matchInHouseholds(
      List<Long> householdIds, String name, String phoneBidx) {
    if (householdIds.isEmpty()) {
      return List.of();
    }
    return selectList(
        Wrappers.<ResidentEntity>lambdaQuery()
            .in(ResidentEntity::getHouseholdId, householdIds)
            .eq(ResidentEntity::getName, name)
            .eq(ResidentEntity::getPhoneBidx, phoneBidx));
  }

  /** Residents whose guardian is {@code residentId}. */
  default List<ResidentEntity> wardsOf(long residentId) {
    return selectList(
        Wrappers.<ResidentEntity>lambdaQuery().eq(ResidentEntity::getGuardianId, residentId));
  }

  /**
   * One page (from 1) of residents matching the given criteria (each optional), in id order.
   *
   * @param bornOnOrBefore when set, only residents born on or before this date (or with no birth
   *     date): used to hide minors from roles that may not see them
   * @param householdIds when non-null, only residents of these households
   */
  default PageSlice<ResidentEntity> search(
      String namePrefix,
      String idNumberBidx,
      String phoneBidx,
      String tag,
      List<Long> householdIds,
      LocalDate bornOnOrBefore,
      int page,
      int size) {
    var query =
        Wrappers.<ResidentEntity>lambdaQuery()
            .likeRight(namePrefix != null, ResidentEntity::getName, namePrefix)
            .eq(idNumberBidx != null, ResidentEntity::getIdNumberBidx, idNumberBidx)
            .eq(phoneBidx != null, ResidentEntity::getPhoneBidx, phoneBidx)
            .apply(tag != null, "FIND_IN_SET({0}, tags) > 0", tag)
            .in(
                householdIds != null && !householdIds.isEmpty(),
                ResidentEntity::getHouseholdId,
                householdIds)
            .apply(householdIds != null && householdIds.isEmpty(), "1 = 0")
            .and(
                bornOnOrBefore != null,
                w ->
                    w.isNull(ResidentEntity::getBirthDate)
                        .or()
                        .le(ResidentEntity::getBirthDate, bornOnOrBefore))
            .orderByAsc(ResidentEntity::getId);
    return PageSlice.of(selectPage(Page.of(page, size), query));
  }

  // ---------------------------------------------------------------- bound residents (surveys)

  /**
   * Residents bound to a user (all, or only {@code userId}'s) who have not moved out by {@code
   * today}, with their home place.
   */
  @Select(
      "<script>SELECT r.user_id, r.household_id, rm.building_id, rm.unit_id, r.birth_date,"
          + " r.residence_kind FROM resident r"
          + " LEFT JOIN household h ON h.id = r.household_id"
          + " LEFT JOIN room rm ON rm.id = h.room_id"
          + " WHERE r.user_id IS NOT NULL"
          + "<if test='userId != null'> AND r.user_id = #{userId}</if>"
          + " AND (r.move_out_date IS NULL OR r.move_out_date &gt; #{today})"
          + " ORDER BY r.user_id</script>")
  List<BoundResidentRow> boundResidents(
      @Param("userId") Long userId, @Param("today") LocalDate today);

  /** Places of the rooms owned by residents bound to a user (all, or only {@code userId}'s). */
  @Select(
      "<script>SELECT r.user_id, rm.building_id, rm.unit_id FROM ownership o"
          + " JOIN resident r ON r.id = o.resident_id"
          + " JOIN room rm ON rm.id = o.room_id"
          + " WHERE r.user_id IS NOT NULL"
          + "<if test='userId != null'> AND r.user_id = #{userId}</if></script>")
  List<OwnedPlaceRow> ownedPlaces(@Param("userId") Long userId);
}
