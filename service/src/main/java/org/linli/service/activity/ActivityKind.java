package org.linli.service.activity;

/** Kind of activity, for browsing. */
public enum ActivityKind {
  HEALTH,
  EDUCATION,
  CULTURE,
  SPORTS,
  VOLUNTEERING,
  TRIP,
  ELDERLY_CARE,
  CHILDREN,
  OTHER
}
