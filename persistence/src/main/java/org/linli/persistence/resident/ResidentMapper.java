package org.linli.persistence.resident;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultType;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.mapping.ResultSetType;
import org.apache.ibatis.session.ResultHandler;
import org.linli.persistence.common.PageSlice;

/** Residents of the current community. Encrypted columns are decrypted by the type handler. */
public interface ResidentMapper extends BaseMapper<ResidentEntity> {

  /**
   * Streams the export columns of every resident whose processing is not restricted, in id order,
   * to {@code each}; born on or before {@code bornOnOrBefore} (or undated) when it is set. The rows
   * come from the server one at a time (MySQL streaming result set), so memory stays bounded;
   * {@code each} must not run statements on this connection. Encrypted columns are ciphertext.
   */
  default void forEachForExport(LocalDate bornOnOrBefore, Consumer<ExportRow> each) {
    streamForExport(bornOnOrBefore, context -> each.accept(context.getResultObject()));
  }

  /** See {@link #forEachForExport}. */
  @Select(
      "<script>SELECT r.id, r.name, r.gender, r.birth_date, r.id_number_masked, r.phone_masked,"
          + " CASE WHEN r.id_number_masked IS NULL THEN r.id_number END AS id_number_stored,"
          + " CASE WHEN r.phone_masked IS NULL THEN r.phone END AS phone_stored,"
          + " b.name AS building, u.name AS unit, m.number AS room, r.relation, r.residence_kind,"
          + " r.move_in_date, r.move_out_date, r.tags"
          + " FROM resident r LEFT JOIN household h ON h.id = r.household_id"
          + " LEFT JOIN room m ON m.id = h.room_id"
          + " LEFT JOIN building b ON b.id = m.building_id"
          + " LEFT JOIN building_unit u ON u.id = m.unit_id"
          + " WHERE r.restricted_at IS NULL"
          + "<if test='bornOnOrBefore != null'>"
          + " AND (r.birth_date IS NULL OR r.birth_date &lt;= #{bornOnOrBefore})</if>"
          + " ORDER BY r.id</script>")
  @Options(resultSetType = ResultSetType.FORWARD_ONLY, fetchSize = Integer.MIN_VALUE)
  @ResultType(ExportRow.class)
  void streamForExport(
      @Param("bornOnOrBefore") LocalDate bornOnOrBefore, ResultHandler<ExportRow> handler);

  /**
   * Like {@link #streamForExport} but with every column decrypted by the type handler (unmasked
   * exports), in batches of {@code limit} after {@code afterId}.
   */
  default List<ResidentEntity> batchAfter(long afterId, int limit, LocalDate bornOnOrBefore) {
    return selectList(
        Wrappers.<ResidentEntity>lambdaQuery()
            .gt(ResidentEntity::getId, afterId)
            .isNull(ResidentEntity::getRestrictedAt)
            .and(
                bornOnOrBefore != null,
                w ->
                    w.isNull(ResidentEntity::getBirthDate)
                        .or()
                        .le(ResidentEntity::getBirthDate, bornOnOrBefore))
            .orderByAsc(ResidentEntity::getId)
            .last("LIMIT " + Math.max(1, limit)));
  }

  /**
   * Birth date and building of the unrestricted resident bound to {@code userId} who has not moved
   * out by {@code today}, or {@code null}.
   */
  @Select(
      "SELECT r.birth_date, rm.building_id FROM resident r"
          + " LEFT JOIN household h ON h.id = r.household_id"
          + " LEFT JOIN room rm ON rm.id = h.room_id"
          + " WHERE r.user_id = #{userId} AND r.restricted_at IS NULL"
          + " AND (r.move_out_date IS NULL OR r.move_out_date > #{today}) LIMIT 1")
  EligibilityRow eligibility(@Param("userId") long userId, @Param("today") LocalDate today);

  /** Users bound to a restricted resident of the current community. */
  @Select("SELECT user_id FROM resident WHERE restricted_at IS NOT NULL AND user_id IS NOT NULL")
  List<Long> restrictedUserIds();

  /** Birth date and building (null when not placed) of a resident, for eligibility. */
  record EligibilityRow(LocalDate birthDate, Long buildingId) {}

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
            .isNull(ResidentEntity::getRestrictedAt)
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
   * @param restricted only residents whose processing is restricted when true, only the others when
   *     false
   */
  default PageSlice<ResidentEntity> search(
      boolean restricted,
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
            .isNull(!restricted, ResidentEntity::getRestrictedAt)
            .isNotNull(restricted, ResidentEntity::getRestrictedAt)
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
