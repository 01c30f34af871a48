package org.linli.service.survey;

/**
 * One invalid field of a survey definition or of answers.
 *
 * @param field where, e.g. {@code answers.q3} or {@code questions[2].showIf}
 * @param code stable upper snake case reason, e.g. {@code REQUIRED}, {@code OUT_OF_RANGE}
 * @param message English explanation for developers (the api localizes by {@code code})
 */
public record FieldViolation(String field, String code, String message) {}
