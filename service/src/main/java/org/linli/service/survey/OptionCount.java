package org.linli.service.survey;

/**
 * How often an option was chosen.
 *
 * @param optionId the option's id (for RATING the scale point, "1".."scale")
 * @param label the option's label
 * @param count how many respondents chose it
 * @param percent {@code count} as a percentage of the respondents who answered the question (or the
 *     matrix row), rounded to 1 decimal (HALF_UP); 0 when nobody answered. For multiple choice the
 *     percentages may sum to more than 100.
 */
public record OptionCount(String optionId, String label, long count, double percent) {}
