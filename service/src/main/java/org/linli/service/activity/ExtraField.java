package org.linli.service.activity;

/**
 * An extra field residents fill in when signing up (e.g. a phone number for the organiser).
 *
 * @param key stable key of the answer
 * @param label what the mini program shows
 * @param required whether an answer is required
 * @param maxLength longest answer
 */
public record ExtraField(String key, String label, boolean required, int maxLength) {}
