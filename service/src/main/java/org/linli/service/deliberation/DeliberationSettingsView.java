package org.linli.service.deliberation;

/**
 * A community's deliberation settings.
 *
 * @param supportThreshold supporters (besides the author) a proposal needs to go to staff, 1 to
 *     10,000; applies to proposals raised after a change
 */
public record DeliberationSettingsView(int supportThreshold) {

  public static final DeliberationSettingsView DEFAULTS = new DeliberationSettingsView(10);
}
