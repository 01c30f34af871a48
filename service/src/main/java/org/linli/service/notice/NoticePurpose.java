package org.linli.service.notice;

/** What a subscribe message template is used for. */
public enum NoticePurpose {
  SURVEY_REMINDER
}
