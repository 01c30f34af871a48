package org.linli.service.survey;

import java.math.BigDecimal;

/**
 * A test on the answer to one question.
 *
 * @param questionId the question whose answer is tested
 * @param operator how
 * @param optionId for EQUALS and INCLUDES
 * @param min for RANGE, inclusive, or null
 * @param max for RANGE, inclusive, or null
 */
public record Condition(
    String questionId,
    ConditionOperator operator,
    String optionId,
    BigDecimal min,
    BigDecimal max) {}
