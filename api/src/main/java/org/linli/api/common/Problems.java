package org.linli.api.common;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.linli.service.common.ErrorCode;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problems: {@code type} from the code, localized {@code title} and {@code detail}
 * from the message bundle (Chinese by default), the stable {@code code}, the request id and field
 * {@code errors}.
 */
@Component
public class Problems {

  private final MessageSource messages;
  private final ApiProperties properties;

  public Problems(MessageSource messages, ApiProperties properties) {
    this.messages = messages;
    this.properties = properties;
  }

  /** A problem for {@code code} in the current request's locale. */
  public ProblemDetail of(ErrorCode code, Object... args) {
    return of(code, List.of(), args);
  }

  /** A problem with field errors. */
  public ProblemDetail of(ErrorCode code, List<FieldProblem> errors, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatusCode.valueOf(code.status()));
    problem.setType(URI.create(properties.problemTypeBase() + slug(code)));
    problem.setTitle(message("problem." + code.name() + ".title", null, code.name(), locale));
    problem.setDetail(message("problem." + code.name() + ".detail", args, null, locale));
    problem.setProperty("code", code.name());
    String requestId = MDC.get(RequestIdFilter.MDC_KEY);
    if (requestId != null) {
      problem.setProperty("requestId", requestId);
    }
    if (!errors.isEmpty()) {
      problem.setProperty(
          "errors",
          errors.stream()
              .map(e -> Map.of("field", e.field(), "code", e.code(), "message", e.message()))
              .toList());
    }
    return problem;
  }

  /** The localized message of a field error code, or {@code fallback}. */
  public String fieldMessage(String code, String fallback) {
    return messages.getMessage("field." + code, null, fallback, LocaleContextHolder.getLocale());
  }

  /** The response entity for a problem, always {@code application/problem+json}. */
  public ResponseEntity<Object> response(ProblemDetail problem, HttpHeaders headers) {
    HttpHeaders all = new HttpHeaders();
    if (headers != null) {
      all.putAll(headers);
    }
    all.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return ResponseEntity.status(problem.getStatus()).headers(all).body(problem);
  }

  private String message(String key, Object[] args, String fallback, Locale locale) {
    return messages.getMessage(key, args, fallback, locale);
  }

  static String slug(ErrorCode code) {
    return code.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One invalid field. */
  public record FieldProblem(String field, String code, String message) {}
}
