package org.linli.api.common;

import org.linli.service.common.Actor;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The actor of the current request, set by {@link AuthenticationInterceptor}. */
@Component
public class CurrentActor {

  static final String ATTRIBUTE = CurrentActor.class.getName();

  /**
   * Returns the authenticated actor.
   *
   * @throws LinliException {@code UNAUTHENTICATED} when the request is not authenticated
   */
  public Actor get() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    Object actor =
        attributes == null
            ? null
            : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (actor instanceof Actor a) {
      return a;
    }
    throw new LinliException(ErrorCode.UNAUTHENTICATED);
  }
}
