package org.linli.service.skill;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Skill-sharing settings of the deployment ({@code linli.skill.*}).
 *
 * @param autoCompleteAfter how long after one side confirmed an exchange it completes unless the
 *     other cancels ({@code LINLI_SKILL_AUTO_COMPLETE_AFTER}, default 3 days)
 * @param completionPoll how often the completion job runs
 */
@Validated
@ConfigurationProperties("linli.skill")
public record SkillProperties(
    @NotNull @DefaultValue("P3D") Duration autoCompleteAfter,
    @NotNull @DefaultValue("PT10M") Duration completionPoll) {}
