package org.linli.service.survey;

import java.time.Instant;

/** A survey as staff see it, with its current questions. */
public record SurveyView(
    long id,
    String title,
    String description,
    SurveyStatus status,
    SurveyAnonymity anonymity,
    SurveyAudience audience,
    Instant opensAt,
    Instant closesAt,
    Integer quota,
    int version,
    long responses,
    SurveyDefinition definition,
    Instant createdAt) {}
