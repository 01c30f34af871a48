package org.linli.service.activity;

/** State of a sign-up. */
public enum SignupStatus {
  CONFIRMED,
  WAITLISTED,
  CANCELLED
}
