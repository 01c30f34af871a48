package org.linli.service.auth;

import java.util.List;
import org.linli.service.community.MembershipView;

/**
 * The current user as they see themselves. Never carries openid, unionid or session_key.
 *
 * @param id internal id
 * @param nickname published nickname, or {@code null}
 * @param pendingNickname nickname waiting for a moderator, or {@code null}
 * @param platformAdmin whether the user is a platform admin
 * @param currentCommunityId the community requests act in by default, or {@code null}
 * @param communities memberships in joining order
 * @param privacyNoticeAccepted the latest privacy notice version accepted, or {@code null}
 */
public record UserView(
    long id,
    String nickname,
    String pendingNickname,
    boolean platformAdmin,
    Long currentCommunityId,
    List<MembershipView> communities,
    String privacyNoticeAccepted) {
  public UserView {
    communities = List.copyOf(communities);
  }
}
