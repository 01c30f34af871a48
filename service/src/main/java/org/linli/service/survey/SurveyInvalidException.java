package org.linli.service.survey;

import java.util.List;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.LinliException;

/** A survey definition or a set of answers fails validation; carries every violation found. */
public class SurveyInvalidException extends LinliException {

  private final transient List<FieldViolation> violations;

  public SurveyInvalidException(ErrorCode code, List<FieldViolation> violations) {
    super(code);
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
