package org.linli.persistence.common;

/** The user on whose behalf the current thread writes; fills the {@code created_by} column. */
public final class ActorContext {

  private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

  private ActorContext() {}

  /** Returns the acting user id, or {@code null} for system work. */
  public static Long current() {
    return CURRENT.get();
  }

  public static void set(Long userId) {
    if (userId == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(userId);
    }
  }

  public static void clear() {
    CURRENT.remove();
  }
}
