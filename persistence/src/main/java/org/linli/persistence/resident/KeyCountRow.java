package org.linli.persistence.resident;

/** A group and its size. */
public record KeyCountRow(String key, Long count) {}
