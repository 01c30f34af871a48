package org.linli.api.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.linli.persistence.common.crypto.BlindIndex;
import org.linli.persistence.common.crypto.CryptoProperties;
import org.linli.persistence.common.crypto.FieldCipher;
import org.linli.persistence.common.crypto.FieldCrypto;
import org.linli.persistence.resident.KeyRotationMapper;
import org.linli.service.audit.AuditService;
import org.linli.service.resident.KeyRotationService;
import org.linli.service.resident.RotationReport;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.infra.TestInfrastructure;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation: a second instance with a new active key re-encrypts every stored value in batches,
 * residents stay readable and searchable, and the run is audit-logged.
 *
 * <p>Starting an instance installs its cipher in the JVM-wide {@link FieldCrypto}, which the shared
 * instance's type handlers use too. So the test finally moves every value back to the shared key
 * and re-installs the shared instance's cipher, leaving the data and the JVM as it found them.
 */
class KeyRotationIT {

  private static final ApiClient API = LinliInstance.shared().client();
  private static final Sessions SESSIONS = new Sessions(API);

  private record Person(long id, String idNumber, String phone, String notes) {}

  @Test
  void newActiveKey_reencryptsEveryValueInBatches_residentsStayReadable_andTheRunIsAudited()
      throws Exception {
    ConfigurableApplicationContext shared = LinliInstance.shared().context();
    String oldKey = shared.getEnvironment().getProperty("linli.crypto.keys.test1");
    String indexKey = shared.getEnvironment().getProperty("linli.crypto.blind-index-key");
    String newKey = randomKey();
    assertThat(oldKey).isNotBlank();
    assertThat(indexKey).isNotBlank();

    long community = SESSIONS.newCommunity("轮换社区");
    String adminName = Sessions.unique("rotation-admin");
    SESSIONS.grant(adminName, community, "DATA_ADMIN");
    ApiClient admin = SESSIONS.as(adminName);
    List<Person> people = new ArrayList<>();
    people.add(add(admin, "钱一", idNumber(LocalDate.of(1946, 4, 2), 401), "13700000001", "高血压"));
    people.add(add(admin, "钱二", idNumber(LocalDate.of(1951, 8, 9), 402), "13700000002", null));
    people.add(add(admin, "钱三", idNumber(LocalDate.of(1960, 1, 20), 403), null, "听力不好"));
    people.add(add(admin, "钱四", null, "13700000004", null));
    people.add(add(admin, "钱五", null, null, null));

    long total = count("SELECT COUNT(*) FROM resident");
    long toMove =
        count(
                "SELECT COUNT(*) FROM resident WHERE "
                    + stale("id_number", "test2")
                    + " OR "
                    + stale("phone", "test2")
                    + " OR "
                    + stale("notes", "test2"))
            // Household claims (made by other tests in this run) carry an encrypted phone too.
            + count("SELECT COUNT(*) FROM household_claim WHERE " + stale("phone", "test2"));
    assertThat(total).isGreaterThanOrEqualTo(people.size());
    assertThat(toMove).isGreaterThanOrEqualTo(people.size() - 1);
    assertThat(storedValues()).allSatisfy(v -> assertThat(v).startsWith("v1:test1:"));
    int versionWithValues = versionOf(people.get(0).id());
    int versionWithout = versionOf(people.get(4).id());
    // Other tests of this run may have rotated (to the same key) before.
    int rotationsBefore = rotationAuditDetails().size();

    boolean restored = false;
    LinliInstance second =
        LinliInstance.start(
            LinliInstance.sharedWeChat(),
            TestInfrastructure.get().redisKeyPrefix() + "-rotation",
            Map.of(
                "linli.crypto.keys.test1", oldKey,
                "linli.crypto.keys.test2", newKey,
                "linli.crypto.active-key-id", "test2",
                "linli.crypto.blind-index-key", indexKey));
    try {
      RotationReport report = second.context().getBean(KeyRotationService.class).rotate(2);

      assertThat(report.examined()).isEqualTo(total);
      assertThat(report.reencrypted()).isEqualTo(toMove);
      assertThat(report.retried()).isZero();
      assertThat(report.activeKeyId()).isEqualTo("test2");
      assertThat(report.toString()).doesNotContain(oldKey, newKey, indexKey);
      assertThat(storedValues())
          .hasSizeGreaterThanOrEqualTo(8)
          .allSatisfy(v -> assertThat(v).startsWith("v1:test2:"));
      assertThat(versionOf(people.get(0).id())).isEqualTo(versionWithValues + 1);
      assertThat(versionOf(people.get(4).id()))
          .as("nothing to move, not written")
          .isEqualTo(versionWithout);

      List<String> audited = rotationAuditDetails();
      assertThat(audited).hasSize(rotationsBefore + 1);
      audited = audited.subList(rotationsBefore, audited.size());
      assertThat(audited.get(0))
          .contains(
              "examined " + total, "re-encrypted " + toMove, "retried 0", "active key id test2")
          .doesNotContain(oldKey, newKey, indexKey);
      for (Person p : people) {
        if (p.idNumber() != null) {
          assertThat(audited.get(0)).doesNotContain(p.idNumber());
        }
      }

      // The second instance has both keys; log in there (sessions are per Redis key prefix).
      ApiClient admin2 = new Sessions(second.client()).as(adminName);
      for (Person p : people) {
        ApiClient.Response one = admin2.get("/api/v1/registry/residents/" + p.id());
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().get("hasNotes").asBoolean()).isEqualTo(p.notes() != null);
        assertThat(reveal(admin2, p.id(), "PHONE")).isEqualTo(p.phone());
        assertThat(reveal(admin2, p.id(), "ID_NUMBER")).isEqualTo(p.idNumber());
        assertThat(reveal(admin2, p.id(), "NOTES")).isEqualTo(p.notes());
        if (p.idNumber() != null) {
          ApiClient.Response found =
              admin2.post("/api/v1/registry/residents/search", Map.of("idNumber", p.idNumber()));
          assertThat(found.status()).as(found.toString()).isEqualTo(200);
          assertThat(found.json().get("total").asLong()).isEqualTo(1);
          assertThat(found.json().get("items").get(0).get("id").asLong()).isEqualTo(p.id());
        }
      }
      ApiClient.Response masked = admin2.get("/api/v1/registry/residents/" + people.get(0).id());
      assertThat(masked.json().get("phone").asString()).isEqualTo("137****0001");
      assertThat(masked.body()).doesNotContain("13700000001", "高血压");

      // Rotating back to test1 while a "running instance" edits the first row it would write:
      // the guarded update loses, and the row is read again and moved in the next pass.
      second.close();
      RotationReport back = rotateBackToSharedKey(shared, oldKey, newKey, indexKey, true);
      restored = true;
      assertThat(back.retried()).isEqualTo(1);
      assertThat(back.examined()).isEqualTo(total);
      assertThat(back.reencrypted()).isEqualTo(toMove);
      assertThat(back.activeKeyId()).isEqualTo("test1");
      assertThat(storedValues()).allSatisfy(v -> assertThat(v).startsWith("v1:test1:"));
      assertThat(rotationAuditDetails()).hasSize(rotationsBefore + 2);
      assertThat(rotationAuditDetails().get(rotationsBefore + 1))
          .contains("retried 1", "active key id test1");

      // The shared instance, with only its own key again, reads everything.
      for (Person p : people) {
        assertThat(reveal(admin, p.id(), "PHONE")).isEqualTo(p.phone());
        assertThat(reveal(admin, p.id(), "NOTES")).isEqualTo(p.notes());
      }
    } finally {
      second.close();
      if (!restored) {
        rotateBackToSharedKey(shared, oldKey, newKey, indexKey, false);
      }
    }
  }

  /**
   * Moves every value back to test1 with the shared instance's beans and a cipher holding both
   * keys, then re-installs the shared instance's own cipher for its type handlers.
   *
   * @param concurrentEdit whether to bump the version of the first row about to be written, as a
   *     concurrent edit by a running instance would
   */
  private static RotationReport rotateBackToSharedKey(
      ConfigurableApplicationContext shared,
      String oldKey,
      String newKey,
      String indexKey,
      boolean concurrentEdit) {
    FieldCipher both =
        new FieldCipher(
            new CryptoProperties(Map.of("test1", oldKey, "test2", newKey), "test1", indexKey));
    KeyRotationMapper mapper = shared.getBean(KeyRotationMapper.class);
    if (concurrentEdit) {
      mapper = editingFirstRowWritten(mapper);
    }
    StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("fieldCipher", both));
    KeyRotationService service =
        new KeyRotationService(
            mapper,
            beans.getBeanProvider(FieldCipher.class),
            shared.getBean(AuditService.class),
            shared.getBean(TransactionTemplate.class));
    try {
      return service.rotate(3);
    } finally {
      FieldCrypto.install(shared.getBean(FieldCipher.class), shared.getBean(BlindIndex.class));
    }
  }

  /** A mapper that, before its first write, bumps that row's version in another connection. */
  private static KeyRotationMapper editingFirstRowWritten(KeyRotationMapper real) {
    AtomicBoolean edited = new AtomicBoolean();
    return (KeyRotationMapper)
        Proxy.newProxyInstance(
            KeyRotationMapper.class.getClassLoader(),
            new Class<?>[] {KeyRotationMapper.class},
            (proxy, method, args) -> {
              if (method.getName().equals("updateCiphertext")
                  && edited.compareAndSet(false, true)) {
                try (Connection c = connect();
                    PreparedStatement ps =
                        c.prepareStatement(
                            "UPDATE resident SET version = version + 1 WHERE id = ?")) {
                  ps.setLong(1, (Long) args[0]);
                  assertThat(ps.executeUpdate()).isEqualTo(1);
                }
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static Person add(
      ApiClient who, String name, String idNumber, String phone, String notes) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("relation", "HEAD");
    body.put("residenceKind", "OWNER");
    if (idNumber != null) {
      body.put("idNumber", idNumber);
    }
    if (phone != null) {
      body.put("phone", phone);
    }
    if (notes != null) {
      body.put("notes", notes);
    }
    ApiClient.Response r = who.post("/api/v1/registry/residents", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return new Person(r.json().get("id").asLong(), idNumber, phone, notes);
  }

  private static String reveal(ApiClient who, long residentId, String field) {
    ApiClient.Response r =
        who.post(
            "/api/v1/registry/residents/" + residentId + "/reveal",
            Map.of("field", field, "reason", "密钥轮换核对"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    var value = r.json().get("value");
    return value == null || value.isNull() ? null : value.asString();
  }

  /** A synthetic, checksum-valid ID number (region 110105), as in {@link RegistryIT}. */
  private static String idNumber(LocalDate birth, int sequence) {
    String body =
        "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private static String stale(String column, String keyId) {
    return "(" + column + " IS NOT NULL AND " + column + " NOT LIKE 'v1:" + keyId + ":%')";
  }

  /** Every non-null stored id_number, phone and notes of the whole table. */
  private static List<String> storedValues() throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id_number, phone, notes FROM resident")) {
      while (rs.next()) {
        for (int i = 1; i <= 3; i++) {
          if (rs.getString(i) != null) {
            values.add(rs.getString(i));
          }
        }
      }
    }
    return values;
  }

  /** Details of the KEYS_ROTATED platform entries, oldest first; actor and role checked. */
  private static List<String> rotationAuditDetails() throws SQLException {
    List<String> details = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT actor_id, actor_role, detail FROM audit_log"
                    + " WHERE community_id = 0 AND action = 'KEYS_ROTATED' ORDER BY seq")) {
      while (rs.next()) {
        assertThat(rs.getObject("actor_id")).isNull();
        assertThat(rs.getString("actor_role")).isEqualTo("SYSTEM");
        details.add(rs.getString("detail"));
      }
    }
    return details;
  }

  private static int versionOf(long residentId) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version FROM resident WHERE id = " + residentId)) {
      assertThat(rs.next()).isTrue();
      return rs.getInt(1);
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Connection connect() throws SQLException {
    TestInfrastructure infra = TestInfrastructure.get();
    return DriverManager.getConnection(infra.jdbcUrl(), infra.dbUser(), infra.dbPassword());
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
