package org.linli.service.timebank;

/** Why time credits moved. */
public enum TransferKind {
  /** Volunteer hours for serving at an activity, paid by the community's account. */
  VOLUNTEER_HOURS,
  /** Help between residents. */
  EXCHANGE,
  /** A staff correction, with a reason. */
  CORRECTION
}
