package org.linli.persistence.community;

import java.time.LocalDateTime;

/** A member of a community with comma-separated roles (may be null). */
public record MemberRow(
    Long userId, String nickname, Boolean verified, LocalDateTime joinedAt, String roles) {}
