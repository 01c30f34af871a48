package org.linli.persistence.common;

import com.baomidou.mybatisplus.extension.plugins.handler.TenantLineHandler;
import com.baomidou.mybatisplus.extension.plugins.inner.TenantLineInnerInterceptor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tenant-line interceptor with its rewritten SQL remembered. Parsing every statement with
 * JSqlParser on every execution was the largest single cost of a request; the rewrite depends only
 * on the statement's text and the current community, so the result is kept per (community, SQL) in
 * a bounded LRU map. A statement over community tables without a current community still fails
 * (nothing is cached for it).
 */
public class CachingTenantLineInterceptor extends TenantLineInnerInterceptor {

  private final Map<String, String> rewritten;

  /**
   * @param handler the tenant handler
   * @param maxEntries how many rewritten statements to keep
   */
  public CachingTenantLineInterceptor(TenantLineHandler handler, int maxEntries) {
    super(handler);
    this.rewritten =
        Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
              private static final long serialVersionUID = 1L;

              @Override
              protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxEntries;
              }
            });
  }

  @Override
  public String parserSingle(String sql, Object obj) {
    return cached('S', sql, obj, () -> super.parserSingle(sql, obj));
  }

  @Override
  public String parserMulti(String sql, Object obj) {
    return cached('M', sql, obj, () -> super.parserMulti(sql, obj));
  }

  /** How many rewritten statements are remembered (for tests). */
  int size() {
    return rewritten.size();
  }

  private String cached(
      char kind, String sql, Object obj, java.util.function.Supplier<String> parse) {
    if (obj != null) {
      return parse.get();
    }
    String key = kind + String.valueOf(TenantContext.current()) + '\u0000' + sql;
    String hit = rewritten.get(key);
    if (hit != null) {
      return hit;
    }
    String result = parse.get();
    rewritten.put(key, result);
    return result;
  }
}
