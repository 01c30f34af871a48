package org.linli.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.linli.persistence.audit.AuditLogEntity;

class AuditHashTest {

  private static AuditLogEntity entry() {
    AuditLogEntity e = new AuditLogEntity();
    e.setCommunityId(7L);
    e.setSeq(3L);
    e.setOccurredAt(LocalDateTime.of(2026, 11, 30, 8, 0, 1));
    e.setActorId(42L);
    e.setActorRole("STAFF");
    e.setAction("ROLE_GRANTED");
    e.setSubjectType("USER");
    e.setSubjectId("9");
    e.setDetail("VOLUNTEER");
    e.setIp("10.0.0.1");
    e.setRequestId("req-1");
    e.setPrevHash(AuditService.GENESIS);
    return e;
  }

  @Test
  void hash_isStable_forTheSameEntry_andIgnoresSubSecondNoise() {
    AuditLogEntity a = entry();
    AuditLogEntity b = entry();
    b.setOccurredAt(a.getOccurredAt().plusNanos(123_000_000));
    assertThat(AuditService.hashOf(a)).hasSize(64).isEqualTo(AuditService.hashOf(b));
  }

  @Test
  void hash_changes_whenAnyRecordedFieldOrThePreviousHashChanges() {
    String original = AuditService.hashOf(entry());
    AuditLogEntity detail = entry();
    detail.setDetail("STAFF");
    AuditLogEntity actor = entry();
    actor.setActorId(43L);
    AuditLogEntity prev = entry();
    prev.setPrevHash("f".repeat(64));
    AuditLogEntity seq = entry();
    seq.setSeq(4L);
    assertThat(AuditService.hashOf(detail)).isNotEqualTo(original);
    assertThat(AuditService.hashOf(actor)).isNotEqualTo(original);
    assertThat(AuditService.hashOf(prev)).isNotEqualTo(original);
    assertThat(AuditService.hashOf(seq)).isNotEqualTo(original);
  }
}
