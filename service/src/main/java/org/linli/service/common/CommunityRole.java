package org.linli.service.common;

/** Roles a user holds within one community. */
public enum CommunityRole {
  RESIDENT,
  VOLUNTEER,
  STAFF,
  DATA_ADMIN,
  AUDITOR
}
