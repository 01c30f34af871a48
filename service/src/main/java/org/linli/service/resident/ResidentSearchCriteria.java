package org.linli.service.resident;

/** Resident search; every criterion optional. ID number and phone match exactly. */
public record ResidentSearchCriteria(
    String namePrefix, Long buildingId, String tag, String idNumber, String phone) {

  @Override
  public String toString() {
    return "ResidentSearchCriteria[redacted]";
  }
}
