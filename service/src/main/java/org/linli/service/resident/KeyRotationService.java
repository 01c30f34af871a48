package org.linli.service.resident;

import java.util.ArrayList;
import java.util.List;
import org.linli.persistence.common.crypto.FieldCipher;
import org.linli.persistence.resident.EncryptedRow;
import org.linli.persistence.resident.KeyRotationMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every encrypted resident field (ID number, phone, notes) under the active key, so
 * that an old key can be removed (see {@code CryptoProperties} and {@code scripts/rotate-keys}).
 *
 * <p>The job walks the {@code resident} table of every community in id order, in batches. Values
 * already under the active key are skipped, so it can be re-run at any time and stopped at any
 * point. Decrypting and encrypting happen outside any transaction; each batch is then written in
 * one short transaction, each row guarded by its optimistic-lock version, so an edit made by a
 * running instance between the read and the write is never overwritten: the guarded update changes
 * nothing and the row is read again in the next pass. Passes repeat until one finds nothing left to
 * re-encrypt, at most {@value #MAX_PASSES} times.
 *
 * <p>Plaintext exists only inside {@link FieldCipher#reencrypt(String)}: this class never logs,
 * returns or audits values, only counts and key ids.
 */
@Service
public class KeyRotationService {

  /** The most passes over the table in one run. */
  static final int MAX_PASSES = 5;

  private static final Logger log = LoggerFactory.getLogger(KeyRotationService.class);

  private final KeyRotationMapper rows;
  private final ObjectProvider<FieldCipher> ciphers;
  private final AuditService audit;
  private final TransactionTemplate transactions;

  public KeyRotationService(
      KeyRotationMapper rows,
      ObjectProvider<FieldCipher> ciphers,
      AuditService audit,
      TransactionTemplate transactions) {
    this.rows = rows;
    this.ciphers = ciphers;
    this.audit = audit;
    this.transactions = transactions;
  }

  /**
   * Moves every stored value to the active key and records one {@code KEYS_ROTATED} platform audit
   * entry. Must not be called inside a transaction (each batch commits on its own).
   *
   * @param batchSize rows read and written per transaction, at least 1
   * @return the counts of this run
   * @throws LinliException {@code ENCRYPTION_NOT_CONFIGURED} without keys
   * @throws IllegalStateException if a stored value is malformed, names a key id that is not
   *     configured (an old key removed too early) or fails authentication; rows already moved stay
   *     moved, and the message names the resident id and key id, never the value
   */
  public RotationReport rotate(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("key rotation must not run inside a transaction");
    }
    FieldCipher cipher = ciphers.getIfAvailable();
    if (cipher == null) {
      throw new LinliException(ErrorCode.ENCRYPTION_NOT_CONFIGURED);
    }
    String activeKeyId = cipher.activeKeyId();
    log.info("Key rotation to key id {} started (batches of {})", activeKeyId, batchSize);

    Totals totals = new Totals();
    int passes = 0;
    Pass last;
    do {
      passes++;
      last = pass(cipher, batchSize, totals);
      log.info(
          "Key rotation pass {}: {} rows to re-encrypt, {} re-encrypted, {} changed meanwhile",
          passes,
          last.stale,
          last.updated,
          last.conflicts);
    } while (last.stale > 0 && passes < MAX_PASSES);

    unresolvedClaims(cipher, batchSize, totals);
    long masked = fillMaskedForms(cipher, batchSize);
    long unresolved = last.stale - last.updated;
    if (unresolved > 0) {
      log.warn(
          "Key rotation stopped after {} passes with {} rows still changing concurrently;"
              + " run it again before removing the old key",
          passes,
          unresolved);
    }
    RotationReport report =
        new RotationReport(totals.examined, totals.reencrypted, totals.retried, activeKeyId);
    String detail =
        "examined "
            + report.examined()
            + ", re-encrypted "
            + report.reencrypted()
            + ", retried "
            + report.retried()
            + ", passes "
            + passes
            + (unresolved > 0 ? ", unresolved " + unresolved : "")
            + (masked > 0 ? ", masked forms filled " + masked : "")
            + ", active key id "
            + activeKeyId;
    audit.record(
        new AuditEvent(
            AuditEvent.PLATFORM,
            null,
            "SYSTEM",
            "KEYS_ROTATED",
            "CRYPTO_KEY",
            activeKeyId,
            detail,
            null,
            null));
    return report;
  }

  /**
   * Re-encrypts the phones of household claims (few rows; retried up to {@code MAX_PASSES} times
   * when a claim changes meanwhile).
   */
  private void unresolvedClaims(FieldCipher cipher, int batchSize, Totals totals) {
    for (int passNo = 0; passNo < MAX_PASSES; passNo++) {
      long afterId = 0;
      int stale = 0;
      while (true) {
        List<EncryptedRow> batch = rows.claimBatchAfter(afterId, batchSize);
        if (batch.isEmpty()) {
          break;
        }
        afterId = batch.get(batch.size() - 1).id();
        for (EncryptedRow claim : batch) {
          if (cipher.isCurrent(claim.phone())) {
            continue;
          }
          stale++;
          String phone;
          try {
            phone = cipher.reencrypt(claim.phone());
          } catch (IllegalStateException e) {
            throw new IllegalStateException(
                "key rotation stopped at household claim " + claim.id() + ": " + e.getMessage(), e);
          }
          Integer written =
              transactions.execute(
                  status -> rows.updateClaimPhone(claim.id(), claim.version(), phone));
          if (written != null && written == 1) {
            totals.reencrypted++;
          } else {
            totals.retried++;
          }
        }
      }
      if (stale == 0) {
        return;
      }
    }
  }

  /**
   * Stores the masked display forms of ID numbers and phones where they are missing (rows written
   * before they existed), so exports need not decrypt. A row changed meanwhile is skipped: its
   * writer stored the forms itself. Returns how many rows were filled.
   */
  private long fillMaskedForms(FieldCipher cipher, int batchSize) {
    long filled = 0;
    long afterId = 0;
    while (true) {
      List<EncryptedRow> batch = rows.withoutMaskedForms(afterId, batchSize);
      if (batch.isEmpty()) {
        return filled;
      }
      afterId = batch.get(batch.size() - 1).id();
      List<String[]> forms = new ArrayList<>(batch.size());
      for (EncryptedRow row : batch) {
        try {
          String id = cipher.decrypt(row.idNumber());
          String phone = cipher.decrypt(row.phone());
          forms.add(
              new String[] {
                id == null ? null : Masking.idNumber(id),
                phone == null ? null : Masking.phone(phone)
              });
        } catch (IllegalStateException e) {
          throw new IllegalStateException(
              "key rotation stopped at resident " + row.id() + ": " + e.getMessage(), e);
        }
      }
      Integer written =
          transactions.execute(
              status -> {
                int n = 0;
                for (int i = 0; i < batch.size(); i++) {
                  n +=
                      rows.updateMaskedForms(
                          batch.get(i).id(),
                          batch.get(i).version(),
                          forms.get(i)[0],
                          forms.get(i)[1]);
                }
                return n;
              });
      filled += written == null ? 0 : written;
    }
  }

  /** One walk over the whole table. */
  private Pass pass(FieldCipher cipher, int batchSize, Totals totals) {
    Pass pass = new Pass();
    long afterId = 0;
    long highestBefore = totals.highestId;
    while (true) {
      List<EncryptedRow> batch = rows.batchAfter(afterId, batchSize);
      if (batch.isEmpty()) {
        return pass;
      }
      List<EncryptedRow> updates = new ArrayList<>();
      for (EncryptedRow row : batch) {
        if (row.id() > highestBefore) {
          totals.examined++;
          totals.highestId = Math.max(totals.highestId, row.id());
        }
        EncryptedRow moved = reencrypted(cipher, row);
        if (moved != null) {
          updates.add(moved);
        }
      }
      afterId = batch.get(batch.size() - 1).id();
      if (!updates.isEmpty()) {
        pass.stale += updates.size();
        int written = write(updates);
        pass.updated += written;
        pass.conflicts += updates.size() - written;
        totals.reencrypted += written;
        totals.retried += updates.size() - written;
      }
    }
  }

  /** The row with every value under the active key, or {@code null} if it already is. */
  private static EncryptedRow reencrypted(FieldCipher cipher, EncryptedRow row) {
    try {
      if (cipher.isCurrent(row.idNumber())
          && cipher.isCurrent(row.phone())
          && cipher.isCurrent(row.notes())) {
        return null;
      }
      return new EncryptedRow(
          row.id(),
          row.version(),
          cipher.reencrypt(row.idNumber()),
          cipher.reencrypt(row.phone()),
          cipher.reencrypt(row.notes()));
    } catch (IllegalStateException e) {
      // FieldCipher messages carry at most a key id, never the value.
      throw new IllegalStateException(
          "key rotation stopped at resident " + row.id() + ": " + e.getMessage(), e);
    }
  }

  /** Writes one batch in one transaction; returns how many rows were written. */
  private int write(List<EncryptedRow> updates) {
    Integer written =
        transactions.execute(
            status -> {
              int n = 0;
              for (EncryptedRow u : updates) {
                n += rows.updateCiphertext(u.id(), u.version(), u.idNumber(), u.phone(), u.notes());
              }
              return n;
            });
    return written == null ? 0 : written;
  }

  private static final class Totals {
    long examined;
    long reencrypted;
    long retried;
    long highestId;
  }

  private static final class Pass {
    long stale;
    long updated;
    long conflicts;
  }
}
