package org.linli.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.linli.service.common.ErrorCode;

/** Every problem code has a Chinese and an English title and detail. */
class ProblemMessagesTest {

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = ProblemMessagesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyErrorCode_hasChineseAndEnglishMessages() throws Exception {
    Properties zh = load("messages.properties");
    Properties en = load("messages_en.properties");
    for (ErrorCode code : ErrorCode.values()) {
      for (String part : new String[] {"title", "detail"}) {
        String key = "problem." + code.name() + "." + part;
        assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
        assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
      }
      assertThat(zh.getProperty("problem." + code.name() + ".title"))
          .as("Chinese title of " + code)
          .matches(".*[\\u4e00-\\u9fa5].*");
    }
  }

  @Test
  void problemTypeSlug_isDerivedFromTheCode() {
    assertThat(Problems.slug(ErrorCode.WECHAT_CODE_INVALID)).isEqualTo("wechat-code-invalid");
  }
}
