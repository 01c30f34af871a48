package org.linli.service.survey;

/** Kinds of survey questions. */
public enum QuestionType {
  /** One option; an option marked {@code other} asks for text. */
  SINGLE_CHOICE,
  /** Several options within min/max selections; {@code other} options ask for text. */
  MULTIPLE_CHOICE,
  SHORT_TEXT,
  LONG_TEXT,
  /** A number within min/max, optionally integers only. */
  NUMBER,
  /** An integer from 1 to {@code scale} (5 or 10) with end labels. */
  RATING,
  /** A calendar date within optional min/max dates. */
  DATE,
  /** Rows each answered with one of the options (columns). */
  MATRIX,
  /** All options put in order, first = most preferred. */
  RANKING
}
