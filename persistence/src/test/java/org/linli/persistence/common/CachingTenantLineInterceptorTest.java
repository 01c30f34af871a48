package org.linli.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachingTenantLineInterceptorTest {

  private final CachingTenantLineInterceptor interceptor =
      new CachingTenantLineInterceptor(new PersistenceConfig.CommunityLineHandler(), 2);

  @AfterEach
  void clear() {
    TenantContext.clear();
  }

  @Test
  void rewritesPerCommunity_andRemembersTheRewrite() {
    TenantContext.set(7L);
    String first = interceptor.parserSingle("SELECT * FROM activity WHERE id = ?", null);
    assertThat(first).contains("community_id = 7");
    assertThat(interceptor.parserSingle("SELECT * FROM activity WHERE id = ?", null))
        .isSameAs(first);
    TenantContext.set(8L);
    assertThat(interceptor.parserSingle("SELECT * FROM activity WHERE id = ?", null))
        .contains("community_id = 8")
        .doesNotContain("community_id = 7");
    assertThat(interceptor.parserMulti("UPDATE activity SET title = ? WHERE id = ?", null))
        .contains("community_id = 8");
  }

  @Test
  void statementsOverCommunityTables_stillFailWithoutACommunity_everyTime() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> interceptor.parserSingle("SELECT * FROM activity", null))
          .isInstanceOf(MissingTenantException.class);
    }
    assertThat(interceptor.parserSingle("SELECT * FROM app_user WHERE id = ?", null))
        .isEqualTo("SELECT * FROM app_user WHERE id = ?");
  }

  @Test
  void keepsAtMostTheConfiguredNumberOfStatements() {
    TenantContext.set(1L);
    interceptor.parserSingle("SELECT * FROM activity WHERE id = 1", null);
    interceptor.parserSingle("SELECT * FROM activity WHERE id = 2", null);
    interceptor.parserSingle("SELECT * FROM activity WHERE id = 3", null);
    assertThat(interceptor.size()).isEqualTo(2);
  }
}
