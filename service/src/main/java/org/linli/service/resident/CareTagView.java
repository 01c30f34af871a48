package org.linli.service.resident;

/** A care tag of the community; a retired tag stays on residents but is no longer given. */
public record CareTagView(long id, String name, boolean retired, int version) {}
