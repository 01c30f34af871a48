package org.linli.api.common;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.LinliException;
import org.linli.service.common.RateLimitedException;
import org.linli.service.survey.SurveyInvalidException;
import org.redisson.client.RedisException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns exceptions into {@code application/problem+json}. Client mistakes get a
 * 4xx with a stable code; anything unexpected a 500 without internals. Messages never echo input.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  private final Problems problems;

  public ProblemAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(LinliException.class)
  ResponseEntity<Object> handleDomain(LinliException e) {
    HttpHeaders headers = new HttpHeaders();
    if (e instanceof RateLimitedException limited) {
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
    }
    if (e.code().status() == 401) {
      headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    if (e.code().status() >= 500) {
      log.warn("Dependency failure: {}", e.code());
    }
    return problems.response(problems.of(e.code(), e.args()), headers);
  }

  @ExceptionHandler(SurveyInvalidException.class)
  ResponseEntity<Object> handleSurveyInvalid(SurveyInvalidException e) {
    return fieldErrors(
        e.code(), e.violations().stream().map(v -> localized(v.field(), v.code(), v.message())));
  }

  @ExceptionHandler(InvalidFieldsException.class)
  ResponseEntity<Object> handleInvalidFields(InvalidFieldsException e) {
    return fieldErrors(
        e.code(), e.violations().stream().map(v -> localized(v.field(), v.code(), v.message())));
  }

  /** A field error whose message comes from the bundle ({@code field.<code>}) when it has one. */
  private Problems.FieldProblem localized(String field, String code, String fallback) {
    return new Problems.FieldProblem(field, code, problems.fieldMessage(code, fallback));
  }

  private ResponseEntity<Object> fieldErrors(
      ErrorCode code, java.util.stream.Stream<Problems.FieldProblem> errors) {
    return problems.response(problems.of(code, errors.toList()), null);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException e) {
    List<Problems.FieldProblem> errors = new ArrayList<>();
    e.getConstraintViolations()
        .forEach(
            v -> {
              String path = v.getPropertyPath().toString();
              String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
              String constraint =
                  v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
              errors.add(new Problems.FieldProblem(field, constraint, v.getMessage()));
            });
    return problems.response(problems.of(ErrorCode.VALIDATION_FAILED, errors), null);
  }

  @ExceptionHandler({
    OptimisticLockingFailureException.class,
    PessimisticLockingFailureException.class
  })
  ResponseEntity<Object> handleConcurrentUpdate(RuntimeException e) {
    return problems.response(problems.of(ErrorCode.CONCURRENT_UPDATE), null);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> handleMultipart(MultipartException e) {
    ErrorCode code =
        e instanceof MaxUploadSizeExceededException
            ? ErrorCode.PAYLOAD_TOO_LARGE
            : ErrorCode.MALFORMED_REQUEST;
    return problems.response(problems.of(code), null);
  }

  @ExceptionHandler({
    TransientDataAccessException.class,
    DataAccessResourceFailureException.class,
    RedisException.class
  })
  ResponseEntity<Object> handleTransient(RuntimeException e) {
    log.warn("Database or Redis unavailable: {}", e.getClass().getSimpleName());
    return problems.response(problems.of(ErrorCode.SERVICE_UNAVAILABLE), null);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> handleUnexpected(Exception e) {
    if (hasCause(e, DataAccessResourceFailureException.class)
        || hasCause(e, TransientDataAccessException.class)
        || hasCause(e, java.sql.SQLTransientConnectionException.class)
        || hasCause(e, java.sql.SQLNonTransientConnectionException.class)
        || hasCause(e, java.sql.SQLRecoverableException.class)
        || hasCause(e, org.springframework.transaction.CannotCreateTransactionException.class)
        || hasCause(e, java.net.ConnectException.class)
        || hasCause(e, RedisException.class)) {
      // A dependency failed under a wrapper (e.g. MyBatis around a lost connection).
      log.warn("Database or Redis unavailable: {}", e.getClass().getSimpleName());
      return problems.response(problems.of(ErrorCode.SERVICE_UNAVAILABLE), null);
    }
    log.error("Unexpected failure", e);
    return problems.response(problems.of(ErrorCode.INTERNAL_ERROR), null);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Problems.FieldProblem> errors = new ArrayList<>();
    for (FieldError f : ex.getBindingResult().getFieldErrors()) {
      errors.add(
          new Problems.FieldProblem(
              f.getField(),
              f.getCode() == null ? "Invalid" : f.getCode(),
              f.getDefaultMessage() == null ? "" : f.getDefaultMessage()));
    }
    ex.getBindingResult()
        .getGlobalErrors()
        .forEach(
            g ->
                errors.add(
                    new Problems.FieldProblem(
                        g.getObjectName(),
                        String.valueOf(g.getCode()),
                        String.valueOf(g.getDefaultMessage()))));
    return problems.response(problems.of(ErrorCode.VALIDATION_FAILED, errors), null);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Problems.FieldProblem> errors = new ArrayList<>();
    ex.getParameterValidationResults()
        .forEach(
            r ->
                r.getResolvableErrors()
                    .forEach(
                        err ->
                            errors.add(
                                new Problems.FieldProblem(
                                    String.valueOf(r.getMethodParameter().getParameterName()),
                                    err.getCodes() == null || err.getCodes().length == 0
                                        ? "Invalid"
                                        : lastSegment(err.getCodes()[err.getCodes().length - 1]),
                                    String.valueOf(err.getDefaultMessage())))));
    return problems.response(problems.of(ErrorCode.VALIDATION_FAILED, errors), null);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ErrorCode code = codeFor(ex, status);
    if (code == ErrorCode.INTERNAL_ERROR) {
      log.error("Unexpected MVC failure", ex);
    }
    HttpHeaders out = new HttpHeaders();
    if (headers != null && headers.getAllow() != null && !headers.getAllow().isEmpty()) {
      out.setAllow(headers.getAllow());
    }
    if (ex instanceof HttpMediaTypeNotSupportedException unsupported
        && !unsupported.getSupportedMediaTypes().isEmpty()) {
      out.setAccept(unsupported.getSupportedMediaTypes());
    }
    return problems.response(problems.of(code), out);
  }

  private static ErrorCode codeFor(Exception ex, HttpStatusCode status) {
    if (ex instanceof HttpMessageNotReadableException) {
      return hasCause(ex, BodyTooLargeException.class)
          ? ErrorCode.PAYLOAD_TOO_LARGE
          : ErrorCode.MALFORMED_REQUEST;
    }
    if (ex instanceof TypeMismatchException
        || ex instanceof MissingRequestHeaderException
        || ex instanceof ServletRequestBindingException) {
      return ErrorCode.VALIDATION_FAILED;
    }
    if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
      return ErrorCode.NOT_FOUND;
    }
    if (ex instanceof HttpRequestMethodNotSupportedException) {
      return ErrorCode.METHOD_NOT_ALLOWED;
    }
    if (ex instanceof HttpMediaTypeNotSupportedException) {
      return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
    }
    if (ex instanceof HttpMediaTypeNotAcceptableException) {
      return ErrorCode.NOT_ACCEPTABLE;
    }
    if (ex instanceof MaxUploadSizeExceededException) {
      return ErrorCode.PAYLOAD_TOO_LARGE;
    }
    return byStatus(status.value());
  }

  static ErrorCode byStatus(int status) {
    return switch (status) {
      case 400 -> ErrorCode.MALFORMED_REQUEST;
      case 401 -> ErrorCode.UNAUTHENTICATED;
      case 403 -> ErrorCode.FORBIDDEN;
      case 404 -> ErrorCode.NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 406 -> ErrorCode.NOT_ACCEPTABLE;
      case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
      case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      case 429 -> ErrorCode.RATE_LIMITED;
      case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
      default ->
          status >= 400 && status < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
    };
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String lastSegment(String code) {
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }
}
