package org.linli.service.survey;

import java.time.Instant;

/** Create or edit a survey. */
public record SurveyCommand(
    String title,
    String description,
    SurveyAnonymity anonymity,
    SurveyAudience audience,
    Instant opensAt,
    Instant closesAt,
    Integer quota,
    SurveyDefinition definition) {}
