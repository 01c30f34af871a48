package org.linli.service.notice;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Subscribe message settings ({@code linli.notice.*}).
 *
 * @param surveyReminderTemplate template id of survey reminders ({@code
 *     LINLI_NOTICE_SURVEY_REMINDER_TEMPLATE}); blank turns reminders off. Its fields must be {@code
 *     thing1} (survey title) and {@code time2} (closing time)
 * @param miniprogramState which mini program version a message opens: formal, trial or developer
 */
@Validated
@ConfigurationProperties("linli.notice")
public record NoticeProperties(
    String surveyReminderTemplate,
    @Pattern(regexp = "formal|trial|developer") String miniprogramState) {}
