package org.linli.service.survey;

import java.math.BigDecimal;

/**
 * Statistics of NUMBER and RATING answers. When {@code count} is 0 the other fields are null.
 *
 * @param count number of values
 * @param mean arithmetic mean, 2 decimals (HALF_UP)
 * @param median middle value (mean of the two middle values for an even count), 2 decimals
 *     (HALF_UP)
 * @param min smallest value
 * @param max largest value
 */
public record NumberStats(
    long count, BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max) {}
