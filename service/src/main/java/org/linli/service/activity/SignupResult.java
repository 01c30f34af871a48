package org.linli.service.activity;

/**
 * Answer to a sign-up request.
 *
 * @param signup the sign-up as first answered
 * @param replayed whether this answers a retry of an earlier request with the same key
 */
public record SignupResult(SignupView signup, boolean replayed) {}
