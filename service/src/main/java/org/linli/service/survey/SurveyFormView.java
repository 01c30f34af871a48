package org.linli.service.survey;

import java.time.Instant;
import java.util.Map;

/** A survey as a respondent sees it: questions with conditions, their draft, whether answered. */
public record SurveyFormView(
    long id,
    String title,
    String description,
    SurveyAnonymity anonymity,
    int version,
    Instant closesAt,
    boolean accepting,
    boolean answered,
    SurveyDefinition definition,
    Map<String, Answer> draft) {}
