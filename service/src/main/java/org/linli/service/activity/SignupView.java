package org.linli.service.activity;

import java.time.Instant;
import java.util.Map;

/**
 * A sign-up. {@code userId} and {@code name} (masked) are filled for organisers' lists only.
 *
 * @param position place in the waitlist from 1 (waitlisted only)
 */
public record SignupView(
    long id,
    long activityId,
    SignupStatus status,
    Integer position,
    int seats,
    Long userId,
    String name,
    Map<String, String> extra,
    Instant checkedInAt,
    boolean noShow,
    Instant promotedAt,
    Instant createdAt) {}
