package org.linli.service.common;

import java.util.List;

/** Input that fails a business rule on named fields; every failing field is listed. */
public class InvalidFieldsException extends LinliException {

  private final transient List<Violation> violations;

  public InvalidFieldsException(List<Violation> violations) {
    super(ErrorCode.VALIDATION_FAILED);
    this.violations = List.copyOf(violations);
  }

  /** Invalid fields answered with another code than {@code VALIDATION_FAILED} (e.g. a 422). */
  public InvalidFieldsException(ErrorCode code, List<Violation> violations) {
    super(code);
    this.violations = List.copyOf(violations);
  }

  public InvalidFieldsException(String field, String code, String message) {
    this(List.of(new Violation(field, code, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  /** One failing field: where, a stable code, and an English explanation. */
  public record Violation(String field, String code, String message) {}
}
