package org.linli.service.community;

import java.time.Instant;
import java.util.List;
import org.linli.service.common.CommunityRole;

/** A member of a community as staff see it. */
public record MemberView(
    long userId, String nickname, List<CommunityRole> roles, boolean verified, Instant joinedAt) {
  public MemberView {
    roles = List.copyOf(roles);
  }
}
