package org.linli.service.notice;

/** A template the mini program may ask the user to accept, and how many messages it allows now. */
public record SubscriptionView(NoticePurpose purpose, String templateId, int credits) {}
