package org.linli.service.wechat;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class WeChatConfigTest {

  @Test
  void httpHost_isRefused_outsideLocalAndTestProfiles() {
    MockEnvironment production = new MockEnvironment();
    production.setActiveProfiles("prod");
    assertThatThrownBy(() -> WeChatConfig.requireSafeHost("http://127.0.0.1:18080", production))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("https");
    assertThatThrownBy(
            () -> WeChatConfig.requireSafeHost("http://127.0.0.1:18080", new MockEnvironment()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void httpHost_isAllowed_inLocalAndTestProfiles() {
    for (String profile : new String[] {"local", "test"}) {
      MockEnvironment env = new MockEnvironment();
      env.setActiveProfiles(profile);
      assertThatCode(() -> WeChatConfig.requireSafeHost("http://127.0.0.1:18080", env))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void httpsHost_isAllowedEverywhere() {
    assertThatCode(
            () -> WeChatConfig.requireSafeHost("https://api.weixin.qq.com", new MockEnvironment()))
        .doesNotThrowAnyException();
  }
}
