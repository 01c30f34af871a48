package org.linli.service.activity;

import java.time.Instant;

/** The check-in code to show now, and when it stops being accepted. */
public record CheckinCodeView(String code, String payload, Instant expiresAt, int periodSeconds) {}
