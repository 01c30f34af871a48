package org.linli.persistence.community;

/** A user's membership with the community name and comma-separated roles (may be null). */
public record MembershipRow(
    Long communityId, String communityName, Boolean verified, String roles) {}
