package org.linli.service.moderation;

/** Where a moderation item stands. */
public enum ModerationStatus {
  HELD,
  APPROVED,
  REJECTED
}
