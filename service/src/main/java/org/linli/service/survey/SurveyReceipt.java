package org.linli.service.survey;

/** Confirmation of a submitted response: which survey and questions version it answered. */
public record SurveyReceipt(long surveyId, int version) {}
