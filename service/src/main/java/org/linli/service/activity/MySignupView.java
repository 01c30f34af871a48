package org.linli.service.activity;

import java.time.Instant;

/** One of the caller's sign-ups with the activity's summary. */
public record MySignupView(
    SignupView signup,
    String activityTitle,
    Instant activityStartsAt,
    String activityPlace,
    ActivityStatus activityStatus) {}
