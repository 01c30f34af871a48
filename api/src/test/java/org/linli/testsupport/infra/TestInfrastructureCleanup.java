package org.linli.testsupport.infra;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Cleans up the {@link TestInfrastructure} when the JUnit Platform launcher session closes, i.e.
 * after all tests of a Surefire/Failsafe fork or an IDE run have finished. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}. Does nothing when
 * no test used the infrastructure.
 */
public class TestInfrastructureCleanup implements LauncherSessionListener {

  /** Creates the listener; called by the JUnit Platform through the service loader. */
  public TestInfrastructureCleanup() {}

  /**
   * Drops the test schema, deletes the test Redis keys and stops embedded servers, if {@link
   * TestInfrastructure#get()} was ever called.
   *
   * @param session the launcher session being closed
   */
  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestInfrastructure.cleanUpIfStarted();
  }
}
