package org.linli.service.auth;

/** A version of the privacy notice and its text. */
public record PrivacyNoticeView(String version, String text) {}
