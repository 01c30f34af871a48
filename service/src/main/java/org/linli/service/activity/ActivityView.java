package org.linli.service.activity;

import java.time.Instant;
import java.util.List;

/** An activity as its readers see it; {@code mySignup} is the caller's current sign-up. */
public record ActivityView(
    long id,
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
    int seatsTaken,
    boolean waitlistEnabled,
    int waitlistLimit,
    int waitlistTaken,
    int maxSeatsPerSignup,
    ActivityAudience audience,
    List<Long> buildingIds,
    Integer minAge,
    Integer maxAge,
    List<ExtraField> extraFields,
    ActivityStatus status,
    String statusReason,
    long organiserId,
    SignupView mySignup,
    Instant createdAt) {

  public int seatsLeft() {
    return Math.max(0, capacity - seatsTaken);
  }
}
