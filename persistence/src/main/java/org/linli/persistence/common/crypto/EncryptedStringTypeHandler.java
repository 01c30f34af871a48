package org.linli.persistence.common.crypto;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;

/**
 * MyBatis type handler that stores a {@code String} property encrypted with {@link FieldCipher} and
 * gives service code the plaintext. SQL {@code NULL} stays {@code NULL}.
 *
 * <p>Use it per field, never globally:
 *
 * <pre>{@code
 * @TableName(value = "resident", autoResultMap = true)
 * public class ResidentEntity {
 *   @TableField(typeHandler = EncryptedStringTypeHandler.class)
 *   private String phone;      // VARCHAR(128) holding v1:<keyId>:<base64>
 *   private String phoneBidx;  // CHAR(32), FieldCrypto.blindIndex().of(phone), indexed
 * }
 * }</pre>
 *
 * <p>{@code autoResultMap = true} is required for {@code BaseMapper} selects to decrypt, and custom
 * result maps must name this handler. Query wrappers do not apply it: search with the blind-index
 * column, never with {@code eq} on the encrypted column. Do not add this package to {@code
 * mybatis-plus.type-handlers-package}: the {@code @MappedTypes(String.class)} annotation would then
 * make this the handler of every {@code String} column.
 *
 * <p>The cipher is looked up in {@link FieldCrypto} on every call, not when MyBatis creates the
 * handler, because MyBatis may create it before Spring has installed the cipher.
 */
@MappedTypes(String.class)
public class EncryptedStringTypeHandler extends BaseTypeHandler<String> {

  @Override
  public void setNonNullParameter(PreparedStatement ps, int i, String parameter, JdbcType jdbcType)
      throws SQLException {
    ps.setString(i, FieldCrypto.cipher().encrypt(parameter));
  }

  @Override
  public String getNullableResult(ResultSet rs, String columnName) throws SQLException {
    return FieldCrypto.cipher().decrypt(rs.getString(columnName));
  }

  @Override
  public String getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
    return FieldCrypto.cipher().decrypt(rs.getString(columnIndex));
  }

  @Override
  public String getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
    return FieldCrypto.cipher().decrypt(cs.getString(columnIndex));
  }
}
