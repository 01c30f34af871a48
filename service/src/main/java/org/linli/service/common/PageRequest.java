package org.linli.service.common;

/** A validated page request: page from 1, size 1..200. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 1 || size < 1 || size > MAX_SIZE) {
      throw new LinliException(ErrorCode.VALIDATION_FAILED);
    }
  }

  /** Builds a request from optional parameters, defaulting to page 1 of 20. */
  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 1 : page, size == null ? 20 : size);
  }
}
