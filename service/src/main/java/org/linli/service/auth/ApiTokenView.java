package org.linli.service.auth;

import java.time.Instant;
import java.util.List;

/** A personal API token as its owner sees it; {@code secret} is set only right after creation. */
public record ApiTokenView(
    long id,
    String name,
    String prefix,
    List<ApiTokenScope> scopes,
    long communityId,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    boolean revoked,
    String secret) {

  public ApiTokenView {
    scopes = List.copyOf(scopes);
  }

  @Override
  public String toString() {
    return "ApiTokenView[id=" + id + ", name=" + name + "]";
  }
}
