package org.linli.service.activity;

/** Who may sign up. */
public enum ActivityAudience {
  /** Every member of the community. */
  ALL,
  /** Residents bound to the registry. */
  VERIFIED,
  /** Verified residents living in the chosen buildings. */
  BUILDINGS
}
