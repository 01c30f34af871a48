package org.linli.service.moderation;

/** Kinds of user content that pass through moderation. */
public enum ContentType {
  NICKNAME,
  /** A proposal (议题): id of the proposal. */
  PROPOSAL,
  /** A comment on a proposal: id of the comment. */
  PROPOSAL_COMMENT
}
