package org.linli.service.moderation;

import org.linli.service.wechat.ContentScene;

/**
 * User text to screen before others may see it.
 *
 * @param communityId the community whose moderators decide held content (0 for platform admins)
 * @param authorId the author
 * @param authorOpenid the author's openid, which WeChat's check requires
 * @param type kind of content
 * @param contentId id of the content within its kind
 * @param scene WeChat scene
 * @param text the text
 */
public record ContentSubmission(
    long communityId,
    long authorId,
    String authorOpenid,
    ContentType type,
    String contentId,
    ContentScene scene,
    String text) {}
