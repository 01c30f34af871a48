package org.linli.api.resident;

import java.time.ZoneOffset;
import org.linli.contract.model.ClaimStatusDto;
import org.linli.contract.model.CorrectionRequestDto;
import org.linli.contract.model.HouseholdClaimDto;
import org.linli.service.resident.CorrectionRequestView;
import org.linli.service.resident.HouseholdClaimView;

/** Maps registry views to contract DTOs where more than one controller needs them. */
public final class RegistryDtos {

  private RegistryDtos() {}

  /** Maps a household claim. */
  public static HouseholdClaimDto claim(HouseholdClaimView c) {
    return new HouseholdClaimDto()
        .id(c.id())
        .status(ClaimStatusDto.valueOf(c.status()))
        .building(c.building())
        .unit(c.unit())
        .room(c.room())
        .name(c.maskedName())
        .phone(c.maskedPhone())
        .userId(c.userId())
        .residentId(c.residentId())
        .createdAt(c.createdAt() == null ? null : c.createdAt().atOffset(ZoneOffset.UTC));
  }

  /** Maps a correction request. */
  public static CorrectionRequestDto correction(CorrectionRequestView v) {
    return new CorrectionRequestDto()
        .id(v.id())
        .residentId(v.residentId())
        .field(v.field())
        .proposedValue(v.maskedProposedValue())
        .note(v.note())
        .status(CorrectionRequestDto.StatusEnum.fromValue(v.status()))
        .dueDate(v.dueDate())
        .overdue(v.overdue())
        .outcomeNote(v.outcomeNote())
        .createdAt(v.createdAt() == null ? null : v.createdAt().atOffset(ZoneOffset.UTC));
  }
}
