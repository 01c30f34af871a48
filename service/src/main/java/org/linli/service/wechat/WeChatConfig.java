package org.linli.service.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaRedissonConfigImpl;
import java.net.URI;
import java.util.Set;
import me.chanjar.weixin.common.util.http.apache.DefaultApacheHttpClientBuilder;
import org.linli.service.common.RedisKeys;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Builds WxJava by hand: a Redisson-backed config so every instance shares one WeChat access token,
 * and a host override for the local fake.
 */
@Configuration(proxyBeanMethods = false)
public class WeChatConfig {

  private static final Set<String> INSECURE_HOST_PROFILES = Set.of("local", "test");

  @Bean
  WxMaService wxMaService(
      WeChatProperties properties,
      RedissonClient redisson,
      RedisKeys keys,
      Environment environment) {
    requireSafeHost(properties.apiBaseUrl(), environment);
    WxMaRedissonConfigImpl config = new WxMaRedissonConfigImpl(redisson, keys.key("wechat"));
    config.setAppid(properties.appId());
    config.setSecret(properties.appSecret());
    config.setApiHostUrl(stripTrailingSlash(properties.apiBaseUrl()));
    config.setMaxRetryTimes(properties.maxRetryTimes());
    config.setRetrySleepMillis(properties.retrySleepMillis());
    DefaultApacheHttpClientBuilder http = DefaultApacheHttpClientBuilder.get();
    http.setConnectionTimeout(properties.timeoutMillis());
    http.setSoTimeout(properties.timeoutMillis());
    http.setConnectionRequestTimeout(properties.timeoutMillis());
    config.setApacheHttpClientBuilder(http);
    WxMaServiceImpl service = new WxMaServiceImpl();
    service.setRetrySleepMillis(properties.retrySleepMillis());
    service.setMaxRetryTimes(properties.maxRetryTimes());
    service.setWxMaConfig(config);
    return service;
  }

  /** Refuses a non-https WeChat host unless the local or test profile is active. */
  static void requireSafeHost(String apiBaseUrl, Environment environment) {
    URI uri = URI.create(apiBaseUrl);
    boolean https = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    boolean insecureAllowed =
        environment.acceptsProfiles(Profiles.of(INSECURE_HOST_PROFILES.toArray(String[]::new)));
    if (!https && !insecureAllowed) {
      throw new IllegalStateException(
          "linli.wechat.api-base-url must be https outside the local and test profiles");
    }
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
