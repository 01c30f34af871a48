package org.linli.service.notice;

/** What a subscribe message is for; each purpose has its own template. */
public enum NoticePurpose {
  SURVEY_REMINDER,
  ACTIVITY_REMINDER,
  ACTIVITY_PROMOTED,
  ACTIVITY_CANCELLED,
  // sharing
  GOODS_DUE
}
