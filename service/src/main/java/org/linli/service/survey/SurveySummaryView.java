package org.linli.service.survey;

import java.time.Instant;

/** A survey waiting for a respondent. */
public record SurveySummaryView(
    long id,
    String title,
    String description,
    SurveyAnonymity anonymity,
    Instant closesAt,
    boolean hasDraft) {}
