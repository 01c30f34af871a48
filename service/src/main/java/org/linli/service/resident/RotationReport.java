package org.linli.service.resident;

/**
 * What a key rotation did. Counts only: never values or key material.
 *
 * @param examined distinct resident rows looked at (rows inserted during the run included)
 * @param reencrypted row updates that moved at least one value to the active key
 * @param retried guarded updates that found the row changed by a concurrent edit, so that the row
 *     was read again in the next pass
 * @param activeKeyId the key id every value is now encrypted with
 */
public record RotationReport(long examined, long reencrypted, long retried, String activeKeyId) {}
