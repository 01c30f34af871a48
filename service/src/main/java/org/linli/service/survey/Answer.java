package org.linli.service.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A respondent's answer to one question; only the fields of the question's type are set.
 *
 * @param optionId SINGLE_CHOICE
 * @param optionIds MULTIPLE_CHOICE
 * @param otherText text for a chosen "other" option
 * @param text SHORT_TEXT and LONG_TEXT
 * @param number NUMBER and RATING
 * @param date DATE
 * @param matrix MATRIX: row id to option id
 * @param ranking RANKING: option ids, most preferred first
 */
public record Answer(
    String optionId,
    List<String> optionIds,
    String otherText,
    String text,
    BigDecimal number,
    LocalDate date,
    Map<String, String> matrix,
    List<String> ranking) {}
