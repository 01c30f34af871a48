package org.linli.service.survey;

/** How a condition tests an earlier answer. */
public enum ConditionOperator {
  /** A single choice answer is {@code optionId}. */
  EQUALS,
  /** A multiple choice answer includes {@code optionId}. */
  INCLUDES,
  /** A number or rating answer lies within [{@code min}, {@code max}] (either bound optional). */
  RANGE
}
