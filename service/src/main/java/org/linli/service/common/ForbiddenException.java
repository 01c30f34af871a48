package org.linli.service.common;

/** The caller is a member of the community but lacks the role or scope for the action. */
public class ForbiddenException extends LinliException {
  public ForbiddenException() {
    super(ErrorCode.FORBIDDEN);
  }

  public ForbiddenException(ErrorCode code) {
    super(code);
  }
}
