package org.linli.service.wechat;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * WeChat Mini Program settings ({@code linli.wechat.*}).
 *
 * @param appId mini program AppID ({@code LINLI_WECHAT_APP_ID})
 * @param appSecret mini program AppSecret ({@code LINLI_WECHAT_APP_SECRET}); never logged
 * @param apiBaseUrl WeChat API host ({@code LINLI_WECHAT_API_BASE_URL}); https except in the local
 *     and test profiles
 * @param maxRetryTimes WxJava retries of errcode -1 (at least 1, so WeChat's code is kept)
 * @param retrySleepMillis first back-off of those retries
 * @param timeoutMillis connect and read timeout of each WeChat call
 */
@Validated
@ConfigurationProperties("linli.wechat")
public record WeChatProperties(
    @NotBlank String appId,
    @NotBlank String appSecret,
    @NotBlank String apiBaseUrl,
    @Min(1) int maxRetryTimes,
    @Min(0) int retrySleepMillis,
    @Min(100) int timeoutMillis) {

  @Override
  public String toString() {
    return "WeChatProperties[appId=" + appId + ", apiBaseUrl=" + apiBaseUrl + "]";
  }
}
