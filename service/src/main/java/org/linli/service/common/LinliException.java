package org.linli.service.common;

/**
 * A domain failure the caller can act on. The api module turns it into a problem response with the
 * code's status and message; {@code args} fill the message placeholders.
 */
public class LinliException extends RuntimeException {

  private final ErrorCode code;
  private final transient Object[] args;

  public LinliException(ErrorCode code, Object... args) {
    super(code.name());
    this.code = code;
    this.args = args == null ? new Object[0] : args.clone();
  }

  public LinliException(ErrorCode code, Throwable cause) {
    super(code.name(), cause);
    this.code = code;
    this.args = new Object[0];
  }

  public ErrorCode code() {
    return code;
  }

  public Object[] args() {
    return args.clone();
  }
}
