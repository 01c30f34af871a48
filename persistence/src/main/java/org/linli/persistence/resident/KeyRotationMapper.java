package org.linli.persistence.resident;

import com.baomidou.mybatisplus.annotation.InterceptorIgnore;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Raw access to the encrypted columns of {@code resident} in every community, for re-encrypting
 * them under a new key. Values are read and written as stored ciphertext: no type handler applies,
 * so nothing here ever sees plaintext. Only the key rotation job may use this mapper; everything
 * else goes through {@link ResidentMapper}, scoped to the current community.
 *
 * <p>Extends {@code BaseMapper} only so that the mapper scan picks it up; use the methods below.
 */
public interface KeyRotationMapper extends BaseMapper<ResidentEntity> {

  /**
   * Up to {@code limit} rows with an id above {@code afterId}, in id order, in any community.
   *
   * @param afterId the last id of the previous batch (0 to start)
   * @param limit the batch size
   */
  @InterceptorIgnore(tenantLine = "true")
  @Select(
      "SELECT id, version, id_number, phone, notes FROM resident"
          + " WHERE id > #{afterId} ORDER BY id LIMIT #{limit}")
  List<EncryptedRow> batchAfter(@Param("afterId") long afterId, @Param("limit") int limit);

  /**
   * Writes the three encrypted columns of one row, as given, and increments its version, unless the
   * row has changed since it was read at {@code version}.
   *
   * @return 1 when written, 0 when the row was changed or deleted meanwhile
   */
  @InterceptorIgnore(tenantLine = "true")
  @Update(
      "UPDATE resident SET id_number = #{idNumber,jdbcType=VARCHAR},"
          + " phone = #{phone,jdbcType=VARCHAR}, notes = #{notes,jdbcType=VARCHAR},"
          + " version = version + 1 WHERE id = #{id} AND version = #{version}")
  int updateCiphertext(
      @Param("id") long id,
      @Param("version") int version,
      @Param("idNumber") String idNumber,
      @Param("phone") String phone,
      @Param("notes") String notes);

  /**
   * Up to {@code limit} rows after {@code afterId}, in any community, with an ID number or phone
   * but no masked form of it yet (rows written before masked forms were stored). Values are
   * ciphertext.
   */
  @InterceptorIgnore(tenantLine = "true")
  @Select(
      "SELECT id, version, id_number, phone, NULL AS notes FROM resident WHERE id > #{afterId}"
          + " AND ((id_number IS NOT NULL AND id_number_masked IS NULL)"
          + " OR (phone IS NOT NULL AND phone_masked IS NULL)) ORDER BY id LIMIT #{limit}")
  List<EncryptedRow> withoutMaskedForms(@Param("afterId") long afterId, @Param("limit") int limit);

  /**
   * Stores the masked display forms of one row unless it changed since read at {@code version}
   * (derived values: the version is not incremented).
   */
  @InterceptorIgnore(tenantLine = "true")
  @Update(
      "UPDATE resident SET id_number_masked = #{idNumberMasked,jdbcType=VARCHAR},"
          + " phone_masked = #{phoneMasked,jdbcType=VARCHAR}"
          + " WHERE id = #{id} AND version = #{version}")
  int updateMaskedForms(
      @Param("id") long id,
      @Param("version") int version,
      @Param("idNumberMasked") String idNumberMasked,
      @Param("phoneMasked") String phoneMasked);

  /** Up to {@code limit} household claims after {@code afterId}: id, version and raw phone. */
  @InterceptorIgnore(tenantLine = "true")
  @Select(
      "SELECT id, version, NULL AS id_number, phone, NULL AS notes FROM household_claim"
          + " WHERE id > #{afterId} ORDER BY id LIMIT #{limit}")
  List<EncryptedRow> claimBatchAfter(@Param("afterId") long afterId, @Param("limit") int limit);

  /** Writes a claim's encrypted phone unless the claim changed since read at {@code version}. */
  @InterceptorIgnore(tenantLine = "true")
  @Update(
      "UPDATE household_claim SET phone = #{phone}, version = version + 1"
          + " WHERE id = #{id} AND version = #{version}")
  int updateClaimPhone(
      @Param("id") long id, @Param("version") int version, @Param("phone") String phone);
}
