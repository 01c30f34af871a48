package org.linli.service.activity;

import java.time.Instant;
import java.util.List;

/** What an organiser sets on an activity. Optional values are {@code null}. */
public record ActivityCommand(
    String title,
    String description,
    ActivityKind kind,
    String place,
    Instant startsAt,
    Instant endsAt,
    Instant signupOpensAt,
    Instant signupClosesAt,
    Instant cancelDeadline,
    int capacity,
    boolean waitlistEnabled,
    int waitlistLimit,
    int maxSeatsPerSignup,
    ActivityAudience audience,
    List<Long> buildingIds,
    Integer minAge,
    Integer maxAge,
    List<ExtraField> extraFields) {

  public ActivityCommand {
    buildingIds = buildingIds == null ? List.of() : List.copyOf(buildingIds);
    extraFields = extraFields == null ? List.of() : List.copyOf(extraFields);
    audience = audience == null ? ActivityAudience.ALL : audience;
  }
}
