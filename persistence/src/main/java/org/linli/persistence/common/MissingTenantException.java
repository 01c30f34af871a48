package org.linli.persistence.common;

/** A community-scoped table was queried with no current community: a programming error. */
public class MissingTenantException extends IllegalStateException {
  public MissingTenantException(String table) {
    super("No current community while accessing community-scoped table " + table);
  }
}
