package org.linli.persistence.common;

import com.baomidou.mybatisplus.annotation.DbType;
import com.baomidou.mybatisplus.core.handlers.MetaObjectHandler;
import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.baomidou.mybatisplus.extension.plugins.handler.TenantLineHandler;
import com.baomidou.mybatisplus.extension.plugins.inner.OptimisticLockerInnerInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.PaginationInnerInterceptor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import org.apache.ibatis.reflection.MetaObject;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MyBatis-Plus set-up: community scoping (tenant line), pagination, optimistic locking and audit
 * columns.
 */
@Configuration(proxyBeanMethods = false)
@MapperScan(
    basePackages = "org.linli.persistence",
    markerInterface = com.baomidou.mybatisplus.core.mapper.BaseMapper.class)
public class PersistenceConfig {

  /** Tables whose every row belongs to one community and is filtered by the current one. */
  public static final Set<String> COMMUNITY_SCOPED_TABLES =
      Set.of(
          "api_token",
          "audit_log",
          "moderation_item",
          "content_report",
          "survey",
          "survey_version",
          "survey_participation",
          "survey_response",
          "survey_draft",
          "survey_author",
          "building",
          "building_unit",
          "room",
          "household",
          "resident",
          "ownership",
          "household_claim",
          "export_request",
          "correction_request",
          "care_tag",
          "activity_settings",
          "activity",
          "activity_signup",
          "activity_service",
          "ledger_account",
          "ledger_transfer",
          "ledger_movement",
          "vote",
          "vote_voter",
          "vote_voter_room",
          "vote_voter_person",
          "vote_ballot",
          "proposal_settings",
          "proposal",
          "proposal_support",
          "proposal_event",
          "proposal_comment",
          // sharing
          "timebank_settings",
          "skill_category",
          "skill_post",
          "skill_exchange",
          "sharing_suspension",
          "goods_item",
          "goods_request");

  @Bean
  MybatisPlusInterceptor mybatisPlusInterceptor() {
    MybatisPlusInterceptor interceptor = new MybatisPlusInterceptor();
    interceptor.addInnerInterceptor(
        new CachingTenantLineInterceptor(new CommunityLineHandler(), 10_000));
    PaginationInnerInterceptor pagination = new PaginationInnerInterceptor(DbType.MYSQL);
    pagination.setMaxLimit(500L);
    interceptor.addInnerInterceptor(pagination);
    interceptor.addInnerInterceptor(new OptimisticLockerInnerInterceptor());
    return interceptor;
  }

  @Bean
  MetaObjectHandler auditColumnsHandler(ObjectProvider<Clock> clocks) {
    Clock clock = clocks.getIfAvailable(Clock::systemUTC);
    return new MetaObjectHandler() {
      @Override
      public void insertFill(MetaObject metaObject) {
        LocalDateTime now = LocalDateTime.now(clock);
        strictInsertFill(metaObject, "createdAt", LocalDateTime.class, now);
        strictInsertFill(metaObject, "updatedAt", LocalDateTime.class, now);
        Long actor = ActorContext.current();
        if (actor != null) {
          strictInsertFill(metaObject, "createdBy", Long.class, actor);
        }
      }

      @Override
      public void updateFill(MetaObject metaObject) {
        setFieldValByName("updatedAt", LocalDateTime.now(clock), metaObject);
      }
    };
  }

  static final class CommunityLineHandler implements TenantLineHandler {
    @Override
    public Expression getTenantId() {
      Long id = TenantContext.current();
      if (id == null) {
        throw new MissingTenantException("(community-scoped)");
      }
      return new LongValue(id);
    }

    @Override
    public String getTenantIdColumn() {
      return "community_id";
    }

    @Override
    public boolean ignoreTable(String tableName) {
      return !COMMUNITY_SCOPED_TABLES.contains(tableName.replace("`", "").toLowerCase());
    }
  }
}
