package org.linli.persistence.common.crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Field encryption beans from {@code linli.crypto.*}; also installs them into {@link FieldCrypto}
 * for MyBatis type handlers. Without {@code linli.crypto.active-key-id} there are no such beans and
 * the registry answers 503; a bad key set stops the application at start-up.
 *
 * <p>{@code @EnableConfigurationProperties} lets tests import this class alone; with
 * {@code @ConfigurationPropertiesScan} the properties bean is still registered once. The beans are
 * never lazy, so the type handlers work even with global lazy initialisation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
@Conditional(CryptoConfig.KeysConfigured.class)
public class CryptoConfig {

  /** Matches when {@code linli.crypto.active-key-id} has a value. */
  static final class KeysConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(
          context.getEnvironment().getProperty("linli.crypto.active-key-id"));
    }
  }

  @Bean
  @Lazy(false)
  BlindIndex blindIndex(CryptoProperties properties) {
    return new BlindIndex(properties);
  }

  @Bean
  @Lazy(false)
  FieldCipher fieldCipher(CryptoProperties properties, BlindIndex blindIndex) {
    FieldCipher cipher = new FieldCipher(properties);
    FieldCrypto.install(cipher, blindIndex);
    return cipher;
  }
}
