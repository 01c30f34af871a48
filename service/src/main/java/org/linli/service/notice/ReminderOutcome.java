package org.linli.service.notice;

/**
 * What a round of reminders did.
 *
 * @param recipients users who were due a reminder
 * @param sent messages WeChat accepted
 * @param noConsent users who have not accepted the template (or used up their consent)
 * @param failed messages WeChat refused or could not take (consent kept for a later try)
 */
public record ReminderOutcome(int recipients, int sent, int noConsent, int failed) {}
