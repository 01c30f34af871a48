package org.linli.service.wechat;

/** msg_sec_check v2 scenes. */
public enum ContentScene {
  PROFILE(1),
  COMMENT(2),
  FORUM(3),
  SOCIAL_LOG(4);

  private final int code;

  ContentScene(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
