package org.linli.service.skill;

/**
 * States of an exchange: {@code PROPOSED -> ACCEPTED | DECLINED | CANCELLED}, {@code ACCEPTED ->
 * COMPLETED | CANCELLED}. DECLINED, CANCELLED and COMPLETED are final.
 */
public enum ExchangeStatus {
  PROPOSED,
  ACCEPTED,
  DECLINED,
  CANCELLED,
  COMPLETED
}
