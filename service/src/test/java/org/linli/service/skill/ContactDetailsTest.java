package org.linli.service.skill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "电话13812345678",
        "打 138 1234 5678 找我",
        "138-1234-5678",
        "手机：１３８１２３４５６７８",
        "座机 021-12345678",
        "(0571)8888888",
        "加微信：abc_12345",
        "vx abcdef1",
        "WeChat: linli-helper",
        "QQ 12345678"
      })
  void in_findsPhoneNumbersAndAccountIds(String text) {
    assertThat(ContactDetails.in(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "周六下午两点到五点",
        "3号楼2单元",
        "可以修自行车，每次大约60分钟",
        "价格 120 分钟",
        "2026年12月1日",
        "微信群里见",
        "订单号 12345"
      })
  void in_leavesOrdinaryTextAlone(String text) {
    assertThat(ContactDetails.in(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void in_acceptsEmptyText(String text) {
    assertThat(ContactDetails.in(text)).isFalse();
    assertThat(ContactDetails.in(null)).isFalse();
  }
}
