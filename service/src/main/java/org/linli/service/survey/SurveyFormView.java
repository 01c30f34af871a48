package org.linli.service.survey;

import java.time.Instant;
import java.util.Map;

/**
 * A survey as a respondent sees it: questions with conditions, their draft, whether answered.
 *
 * @param householdAnswered HOUSEHOLDS surveys: another member already answered for the household
 */
public record SurveyFormView(
    long id,
    String title,
    String description,
    SurveyAnonymity anonymity,
    int version,
    Instant closesAt,
    boolean accepting,
    boolean answered,
    boolean householdAnswered,
    SurveyDefinition definition,
    Map<String, Answer> draft) {}
