package org.linli.service.community;

/** A community, and whether the viewer belongs to it. */
public record CommunityView(long id, String name, String district, boolean joined) {}
