package org.linli.service.moderation;

import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;

/** WeChat content security judged the text risky; it is refused with a neutral message. */
public class ContentRejectedException extends LinliException {
  public ContentRejectedException() {
    super(ErrorCode.CONTENT_REJECTED);
  }
}
