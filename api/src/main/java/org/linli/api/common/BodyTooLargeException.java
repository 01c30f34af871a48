package org.linli.api.common;

import java.io.IOException;

/** The request body exceeded {@code linli.api.max-body-bytes}. */
public class BodyTooLargeException extends IOException {
  public BodyTooLargeException() {
    super("Request body too large");
  }
}
