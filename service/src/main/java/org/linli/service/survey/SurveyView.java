package org.linli.service.survey;

import java.time.Instant;
import java.util.List;

/** A survey as staff (and its volunteer author) see it, with its current questions. */
public record SurveyView(
    long id,
    String title,
    String description,
    SurveyStatus status,
    SurveyAnonymity anonymity,
    SurveyAudience audience,
    List<Long> buildingIds,
    List<Long> unitIds,
    Instant opensAt,
    Instant closesAt,
    Integer quota,
    int version,
    long responses,
    SurveyDefinition definition,
    Instant createdAt) {}
