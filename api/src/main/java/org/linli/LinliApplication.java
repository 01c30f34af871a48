package org.linli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Linli (邻里): community governance backend for a WeChat Mini Program. */
@SpringBootApplication
@ConfigurationPropertiesScan("org.linli")
@EnableScheduling
public class LinliApplication {

  public static void main(String[] args) {
    SpringApplication.run(LinliApplication.class, args);
  }
}
