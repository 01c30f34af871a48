package org.linli.persistence.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Map;
import org.apache.ibatis.type.JdbcType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class EncryptedStringTypeHandlerTest {

  private static final String PHONE = "13812345678";
  private static final String HEALTH = "糖尿病，独居老人";

  private final EncryptedStringTypeHandler handler = new EncryptedStringTypeHandler();
  private FieldCipher cipher;

  @BeforeEach
  void install() {
    CryptoProperties properties =
        new CryptoProperties(
            Map.of("dev1", FieldCipherTest.randomKey(32)), "dev1", FieldCipherTest.randomKey(32));
    cipher = new FieldCipher(properties);
    FieldCrypto.install(cipher, new BlindIndex(properties));
  }

  @AfterEach
  void uninstall() {
    FieldCrypto.uninstall();
  }

  @Test
  void writeStoresCiphertext() throws Exception {
    PreparedStatement ps = mock(PreparedStatement.class);

    handler.setParameter(ps, 3, PHONE, JdbcType.VARCHAR);

    ArgumentCaptor<String> written = ArgumentCaptor.forClass(String.class);
    verify(ps).setString(eq(3), written.capture());
    assertThat(written.getValue()).startsWith("v1:dev1:").doesNotContain(PHONE);
    assertThat(cipher.decrypt(written.getValue())).isEqualTo(PHONE);
  }

  @Test
  void writeOfNullStoresSqlNull() throws Exception {
    PreparedStatement ps = mock(PreparedStatement.class);

    handler.setParameter(ps, 2, null, JdbcType.VARCHAR);

    verify(ps).setNull(2, Types.VARCHAR);
    verify(ps, never()).setString(anyInt(), anyString());
  }

  @Test
  void readReturnsPlaintextByNameIndexAndCallable() throws Exception {
    ResultSet rs = mock(ResultSet.class);
    when(rs.getString("health_note")).thenReturn(cipher.encrypt(HEALTH));
    when(rs.getString(4)).thenReturn(cipher.encrypt(PHONE));
    CallableStatement cs = mock(CallableStatement.class);
    when(cs.getString(1)).thenReturn(cipher.encrypt(PHONE));

    assertThat(handler.getResult(rs, "health_note")).isEqualTo(HEALTH);
    assertThat(handler.getResult(rs, 4)).isEqualTo(PHONE);
    assertThat(handler.getResult(cs, 1)).isEqualTo(PHONE);
  }

  @Test
  void readOfNullReturnsNull() throws Exception {
    ResultSet rs = mock(ResultSet.class);
    when(rs.getString("phone")).thenReturn(null);
    when(rs.getString(1)).thenReturn(null);
    CallableStatement cs = mock(CallableStatement.class);

    assertThat(handler.getResult(rs, "phone")).isNull();
    assertThat(handler.getResult(rs, 1)).isNull();
    assertThat(handler.getResult(cs, 1)).isNull();
  }

  @Test
  void writeThenReadRoundTrips() throws Exception {
    PreparedStatement ps = mock(PreparedStatement.class);
    handler.setParameter(ps, 1, HEALTH, JdbcType.VARCHAR);
    ArgumentCaptor<String> written = ArgumentCaptor.forClass(String.class);
    verify(ps).setString(eq(1), written.capture());
    ResultSet rs = mock(ResultSet.class);
    when(rs.getString("health_note")).thenReturn(written.getValue());

    assertThat(handler.getResult(rs, "health_note")).isEqualTo(HEALTH);
  }

  @Test
  void readOfPlaintextOrTamperedValueFailsWithoutLeakingIt() throws Exception {
    String stored = cipher.encrypt(HEALTH);
    int at = stored.length() / 2;
    char replacement = stored.charAt(at) == 'A' ? 'B' : 'A';
    String tampered = stored.substring(0, at) + replacement + stored.substring(at + 1);
    ResultSet rs = mock(ResultSet.class);
    when(rs.getString("phone")).thenReturn(PHONE);
    when(rs.getString(2)).thenReturn(tampered);

    assertThatThrownBy(() -> handler.getResult(rs, "phone"))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasStackTraceContaining("cannot decrypt field")
        .message()
        .doesNotContain(PHONE);
    assertThatThrownBy(() -> handler.getResult(rs, 2))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasStackTraceContaining("cannot decrypt field (key id dev1)")
        .message()
        .doesNotContain(HEALTH);
  }

  @Test
  void failsClearlyWhenFieldCryptoIsNotInstalled() throws Exception {
    FieldCrypto.uninstall();
    PreparedStatement ps = mock(PreparedStatement.class);

    assertThatThrownBy(() -> handler.setParameter(ps, 1, PHONE, JdbcType.VARCHAR))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasStackTraceContaining("not installed");
    verify(ps, never()).setString(anyInt(), anyString());
  }
}
