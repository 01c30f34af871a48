package org.linli.service.wechat;

/**
 * The identity WeChat returned for a login code. {@code session_key} is deliberately not kept.
 *
 * @param openid the user's openid in this mini program
 * @param unionid the unionid, or {@code null}
 */
public record WeChatSession(String openid, String unionid) {

  @Override
  public String toString() {
    return "WeChatSession[redacted]";
  }
}
