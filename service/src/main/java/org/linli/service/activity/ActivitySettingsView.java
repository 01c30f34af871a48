package org.linli.service.activity;

/** A community's activity settings. */
public record ActivitySettingsView(
    boolean volunteerActivitiesNeedApproval, int noShowLimit, int noShowWindowDays) {

  static final ActivitySettingsView DEFAULTS = new ActivitySettingsView(true, 0, 90);
}
