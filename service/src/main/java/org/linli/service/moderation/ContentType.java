package org.linli.service.moderation;

/** Kinds of user content that pass through moderation. */
public enum ContentType {
  NICKNAME,
  /** A proposal (议题): id of the proposal. */
  PROPOSAL,
  /** A comment on a proposal: id of the comment. */
  PROPOSAL_COMMENT,
  /** A skill-sharing post: id of the post. */
  SKILL_POST,
  /** A thank-you note on an exchange: {@code exchangeId:writerUserId}. */
  SKILL_NOTE,
  /** A goods item: id of the item. */
  GOODS_ITEM
}
