package org.linli.service.deliberation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Deliberation settings of the deployment ({@code linli.deliberation.*}).
 *
 * @param attachmentHosts hosts proposal attachments may link to, over https only ({@code
 *     LINLI_DELIBERATION_ATTACHMENT_HOSTS}, comma separated; empty: no attachments)
 * @param maxAttachments attachments per proposal
 */
@Validated
@ConfigurationProperties("linli.deliberation")
public record DeliberationProperties(
    @NotNull @DefaultValue("") List<String> attachmentHosts,
    @Min(0) @Max(20) @DefaultValue("5") int maxAttachments) {}
