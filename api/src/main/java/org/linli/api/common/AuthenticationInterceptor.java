package org.linli.api.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.linli.service.auth.AuthService;
import org.linli.service.common.Actor;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.ForbiddenException;
import org.linli.service.common.LinliException;
import org.linli.service.common.RequestScope;
import org.slf4j.MDC;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authenticates every API operation except the public ones, resolves the current community (from
 * {@code X-Community-Id} where the contract declares it, checked against the user's memberships;
 * otherwise the community joined first) and binds both to the request. Read-only API tokens may
 * only read.
 */
@Component
public class AuthenticationInterceptor implements HandlerInterceptor {

  public static final String COMMUNITY_HEADER = "X-Community-Id";
  private static final Set<String> PUBLIC_OPERATIONS =
      Set.of("wechatLogin", "refreshToken", "getPrivacyNotice");
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final AuthService auth;

  public AuthenticationInterceptor(AuthService auth) {
    this.auth = auth;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)
        || PUBLIC_OPERATIONS.contains(method.getMethod().getName())) {
      return true;
    }
    Actor actor =
        auth.authenticate(
            bearer(request),
            declaresCommunityHeader(method) ? communityHeader(request) : null,
            request.getRemoteAddr(),
            MDC.get(RequestIdFilter.MDC_KEY));
    if (!actor.writeAllowed() && !READ_METHODS.contains(request.getMethod())) {
      throw new ForbiddenException(ErrorCode.INSUFFICIENT_SCOPE);
    }
    request.setAttribute(CurrentActor.ATTRIBUTE, actor);
    RequestScope.enter(actor);
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    RequestScope.exit();
  }

  /** Only operations whose contract declares {@code X-Community-Id} act in a chosen community. */
  private static boolean declaresCommunityHeader(HandlerMethod method) {
    for (MethodParameter parameter : method.getMethodParameters()) {
      RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
      if (header != null
          && (COMMUNITY_HEADER.equalsIgnoreCase(header.value())
              || COMMUNITY_HEADER.equalsIgnoreCase(header.name()))) {
        return true;
      }
    }
    return false;
  }

  private static String bearer(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return null;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new LinliException(ErrorCode.TOKEN_INVALID);
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  private static Long communityHeader(HttpServletRequest request) {
    String value = request.getHeader(COMMUNITY_HEADER);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id < 1) {
        throw new LinliException(ErrorCode.VALIDATION_FAILED);
      }
      return id;
    } catch (NumberFormatException e) {
      throw new LinliException(ErrorCode.VALIDATION_FAILED);
    }
  }
}
