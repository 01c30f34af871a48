package org.linli.service.activity;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Activity settings of the deployment ({@code linli.activity.*}).
 *
 * @param reminderLead how long before the start the reminder goes out ({@code
 *     LINLI_ACTIVITY_REMINDER_LEAD}, default 2 hours)
 * @param reminderPoll how often the reminder job looks for activities about to start
 * @param checkinPeriod how often the check-in code rotates (a code is accepted for two periods)
 * @param checkinOpensBefore how long before the start residents may check in
 * @param inFlightTimeout how long a sign-up in progress blocks a retry with the same key
 */
@Validated
@ConfigurationProperties("linli.activity")
public record ActivityProperties(
    @NotNull @DefaultValue("PT2H") Duration reminderLead,
    @NotNull @DefaultValue("PT1M") Duration reminderPoll,
    @NotNull @DefaultValue("PT1M") Duration checkinPeriod,
    @NotNull @DefaultValue("PT1H") Duration checkinOpensBefore,
    @NotNull @DefaultValue("PT30S") Duration inFlightTimeout) {}
