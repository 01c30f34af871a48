package org.linli.api.resident;

import java.time.ZoneOffset;
import org.linli.contract.model.ClaimStatusDto;
import org.linli.contract.model.HouseholdClaimDto;
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
}
