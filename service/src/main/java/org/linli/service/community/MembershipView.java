package org.linli.service.community;

import java.util.List;
import org.linli.service.common.CommunityRole;

/** A user's membership of one community. */
public record MembershipView(
    long communityId, String communityName, List<CommunityRole> roles, boolean verified) {
  public MembershipView {
    roles = List.copyOf(roles);
  }
}
