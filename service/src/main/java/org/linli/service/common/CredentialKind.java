package org.linli.service.common;

/** How a request authenticated. */
public enum CredentialKind {
  /** A session access token from WeChat login. */
  SESSION,
  /** A staff personal API token, limited to one community and its scopes. */
  API_TOKEN
}
