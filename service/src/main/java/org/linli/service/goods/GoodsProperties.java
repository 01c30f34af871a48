package org.linli.service.goods;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Goods settings ({@code linli.goods.*}).
 *
 * @param photoHost photos are accepted only as https URLs on this host, the community's storage
 *     ({@code LINLI_GOODS_PHOTO_HOST}); blank accepts none
 * @param reminderPoll how often due loans are looked for
 */
@Validated
@ConfigurationProperties("linli.goods")
public record GoodsProperties(
    String photoHost, @NotNull @DefaultValue("PT10M") Duration reminderPoll) {}
