package org.linli.service.common;

/**
 * A resource does not exist in the caller's reach. Also used for resources of another community, so
 * that their existence does not leak.
 */
public class NotFoundException extends LinliException {
  public NotFoundException(ErrorCode code) {
    super(code);
  }
}
