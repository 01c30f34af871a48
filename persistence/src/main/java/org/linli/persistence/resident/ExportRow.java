package org.linli.persistence.resident;

import java.time.LocalDate;

/**
 * What a registry export writes of one resident, with its place joined in. The ID number and phone
 * come as their masked forms; {@code idNumberStored} / {@code phoneStored} carry the stored
 * ciphertext only where the masked form is missing (rows written before it existed).
 */
public record ExportRow(
    Long id,
    String name,
    String gender,
    LocalDate birthDate,
    String idNumberMasked,
    String phoneMasked,
    String idNumberStored,
    String phoneStored,
    String building,
    String unit,
    String room,
    String relation,
    String residenceKind,
    LocalDate moveInDate,
    LocalDate moveOutDate,
    String tags) {

  @Override
  public String toString() {
    return "ExportRow[id=" + id + "]";
  }
}
