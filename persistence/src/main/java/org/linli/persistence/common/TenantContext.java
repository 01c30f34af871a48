package org.linli.persistence.common;

import java.util.function.Supplier;

/**
 * The community (tenant) the current thread acts in. Every query on a community-scoped table is
 * filtered by it; a query on such a table without a current community fails closed.
 */
public final class TenantContext {

  private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  /** Returns the current community id, or {@code null} when none is set. */
  public static Long current() {
    return CURRENT.get();
  }

  /** Sets the current community for this thread; {@code null} clears it. */
  public static void set(Long communityId) {
    if (communityId == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(communityId);
    }
  }

  public static void clear() {
    CURRENT.remove();
  }

  /**
   * Runs {@code work} with {@code communityId} as the current community, restoring the previous.
   */
  public static <T> T callIn(long communityId, Supplier<T> work) {
    Long previous = CURRENT.get();
    CURRENT.set(communityId);
    try {
      return work.get();
    } finally {
      set(previous);
    }
  }
}
