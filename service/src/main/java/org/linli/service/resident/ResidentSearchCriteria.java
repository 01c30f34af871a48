package org.linli.service.resident;

/**
 * Resident search; every criterion optional. ID number and phone match exactly. {@code restricted}
 * asks for residents whose processing is restricted instead of the others (data admins only).
 */
public record ResidentSearchCriteria(
    String namePrefix,
    Long buildingId,
    String tag,
    String idNumber,
    String phone,
    boolean restricted) {

  /** Criteria over residents whose processing is not restricted. */
  public ResidentSearchCriteria(
      String namePrefix, Long buildingId, String tag, String idNumber, String phone) {
    this(namePrefix, buildingId, tag, idNumber, phone, false);
  }

  @Override
  public String toString() {
    return "ResidentSearchCriteria[redacted]";
  }
}
