package org.linli.service.common;

import org.linli.persistence.common.ActorContext;
import org.linli.persistence.common.TenantContext;

/**
 * Binds an authenticated actor to the current thread for one request: its community scopes every
 * query on community data, its id fills {@code created_by}. Always pair {@link #enter} with {@link
 * #exit}.
 */
public final class RequestScope {

  private RequestScope() {}

  public static void enter(Actor actor) {
    TenantContext.set(actor.communityId());
    ActorContext.set(actor.userId());
  }

  public static void exit() {
    TenantContext.clear();
    ActorContext.clear();
  }
}
