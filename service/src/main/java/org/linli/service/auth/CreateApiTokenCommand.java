package org.linli.service.auth;

import java.util.Set;

/** Create a personal API token in the current community. */
public record CreateApiTokenCommand(String name, Set<ApiTokenScope> scopes, int expiresInDays) {
  public CreateApiTokenCommand {
    scopes = Set.copyOf(scopes);
  }
}
