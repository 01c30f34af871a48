package org.linli.service.notice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Subscribe message settings ({@code linli.notice.*}). A blank template id turns that message off.
 *
 * @param surveyReminderTemplate survey reminders ({@code LINLI_NOTICE_SURVEY_REMINDER_TEMPLATE});
 *     fields {@code thing1} (survey title), {@code time2} (closing time)
 * @param activityReminderTemplate activity reminders before the start ({@code
 *     LINLI_NOTICE_ACTIVITY_REMINDER_TEMPLATE}); fields {@code thing1} (title), {@code time2}
 *     (start), {@code thing3} (place)
 * @param activityPromotedTemplate a waitlisted sign-up got a seat ({@code
 *     LINLI_NOTICE_ACTIVITY_PROMOTED_TEMPLATE}); fields {@code thing1} (title), {@code time2}
 *     (start), {@code phrase3} (status)
 * @param activityCancelledTemplate an activity was cancelled ({@code
 *     LINLI_NOTICE_ACTIVITY_CANCELLED_TEMPLATE}); fields {@code thing1} (title), {@code time2}
 *     (start), {@code thing3} (reason)
 * @param goodsDueTemplate a borrowed item is due back ({@code LINLI_NOTICE_GOODS_DUE_TEMPLATE});
 *     fields {@code thing1} (item), {@code date2} (due date)
 * @param miniprogramState which mini program version a message opens: formal, trial or developer
 * @param outboxPoll how often queued messages are sent
 * @param maxAttempts sending attempts of one message before it is given up
 */
@Validated
@ConfigurationProperties("linli.notice")
public record NoticeProperties(
    String surveyReminderTemplate,
    String activityReminderTemplate,
    String activityPromotedTemplate,
    String activityCancelledTemplate,
    String goodsDueTemplate,
    @Pattern(regexp = "formal|trial|developer") String miniprogramState,
    @NotNull @DefaultValue("PT5S") Duration outboxPoll,
    @DefaultValue("3") int maxAttempts) {

  /** The configured template of {@code purpose}, or {@code null} when it is off. */
  public String template(NoticePurpose purpose) {
    String t =
        switch (purpose) {
          case SURVEY_REMINDER -> surveyReminderTemplate;
          case ACTIVITY_REMINDER -> activityReminderTemplate;
          case ACTIVITY_PROMOTED -> activityPromotedTemplate;
          case ACTIVITY_CANCELLED -> activityCancelledTemplate;
          case GOODS_DUE -> goodsDueTemplate;
        };
    return t == null || t.isBlank() ? null : t.strip();
  }
}
