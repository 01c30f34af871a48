package org.linli.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Mini program users run old versions for weeks: the contract may only change compatibly with the
 * last released copy in {@code miniapp-contract/released/}. A breaking change needs a new path.
 */
class ContractCompatibilityTest {

  private static final Path CURRENT = Path.of("src/main/openapi/linli-api.yaml");
  private static final Path RELEASED = Path.of("released/linli-api.yaml");

  @Test
  void contract_isBackwardCompatibleWithTheLastRelease() throws Exception {
    assertThat(RELEASED).as("released copy of the contract").exists();
    ChangedOpenApi diff =
        OpenApiCompare.fromContents(Files.readString(RELEASED), Files.readString(CURRENT));
    String report = new MarkdownRender().render(diff);
    assertThat(diff.isIncompatible())
        .as("incompatible contract change against released/linli-api.yaml:%n%s", report)
        .isFalse();
  }

  @Test
  void compatibilityCheck_detectsARemovedOperation() throws Exception {
    String released = Files.readString(RELEASED);
    String withoutLogout =
        released.replace("  /api/v1/auth/logout:", "  /api/v1/auth/logout-renamed:");
    ChangedOpenApi diff = OpenApiCompare.fromContents(released, withoutLogout);
    assertThat(diff.isIncompatible()).isTrue();
  }
}
