package org.linli.api.config;

import org.linli.service.resident.KeyRotationService;
import org.linli.service.resident.RotationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * One-off key rotation: with {@code linli.crypto.rotate=true} the application re-encrypts every
 * encrypted resident field under the active key ({@link KeyRotationService}), logs the counts and
 * exits (status 0 on success, 1 on failure) instead of serving.
 *
 * <p>Operators run it as a separate process next to the running service, with the same settings,
 * the new key configured as active and the old key still present:
 *
 * <pre>
 * java -jar linli.jar --linli.crypto.rotate=true --server.port=0 --server.address=127.0.0.1
 * </pre>
 *
 * (or {@code scripts/rotate-keys}). Its web server only listens on a random loopback port until the
 * job exits, so it never clashes with an instance on the same host. ({@code
 * --spring.main.web-application-type=none} would avoid the web server altogether, but the context
 * does not start without one: {@code AuthController} constructor-injects the request-scoped {@code
 * HttpServletRequest}.) The running instances keep serving throughout: they must already have both
 * keys (and the new one active), so they can read values under either key while the job moves them;
 * rows they edit meanwhile are read again, never overwritten. When it has succeeded, the old key
 * can be removed from every instance.
 */
@Component
@ConditionalOnProperty(name = "linli.crypto.rotate", havingValue = "true")
class KeyRotationRunner implements ApplicationRunner {

  /** Rows per batch (and per transaction). */
  static final int BATCH_SIZE = 500;

  private static final Logger log = LoggerFactory.getLogger(KeyRotationRunner.class);

  private final KeyRotationService rotation;
  private final ApplicationContext context;

  KeyRotationRunner(KeyRotationService rotation, ApplicationContext context) {
    this.rotation = rotation;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    int status;
    try {
      RotationReport report = rotation.rotate(BATCH_SIZE);
      log.info(
          "Key rotation finished: {} rows examined, {} re-encrypted, {} retried after concurrent"
              + " edits; active key id {}",
          report.examined(),
          report.reencrypted(),
          report.retried(),
          report.activeKeyId());
      status = 0;
    } catch (RuntimeException e) {
      // Messages of the crypto and rotation code name key ids and row ids, never values.
      log.error("Key rotation failed; re-run it once the cause is fixed", e);
      status = 1;
    }
    int exitCode = status;
    System.exit(SpringApplication.exit(context, () -> exitCode));
  }
}
