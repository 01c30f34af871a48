package org.linli.service.vote;

/**
 * YES_NO: agree / disagree / abstain. CUSTOM: named options (an election); each is judged by the
 * approval tests over all participants.
 */
public enum OptionKind {
  YES_NO,
  CUSTOM
}
