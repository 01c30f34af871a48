package org.linli.service.survey;

import java.time.Instant;

/** A volunteer allowed to build surveys, who allowed it and when. */
public record SurveyAuthorView(long userId, Long grantedBy, Instant grantedAt) {}
