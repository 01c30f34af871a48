package org.linli.persistence.resident;

/**
 * The encrypted columns of one {@code resident} row exactly as stored ({@code v1:<keyId>:...}
 * ciphertext, never plaintext), for the key rotation job.
 *
 * @param id the resident id
 * @param version the optimistic-lock version the values were read at
 * @param idNumber stored {@code id_number}, or {@code null}
 * @param phone stored {@code phone}, or {@code null}
 * @param notes stored {@code notes}, or {@code null}
 */
public record EncryptedRow(Long id, Integer version, String idNumber, String phone, String notes) {

  /** Ids and version only; the stored values are ciphertext but are not printed either. */
  @Override
  public String toString() {
    return "EncryptedRow[id=" + id + ", version=" + version + "]";
  }
}
