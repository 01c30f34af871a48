package org.linli.service.deliberation;

/** Where a comment stands. */
public enum CommentStatus {
  /** Public. */
  VISIBLE,
  /** Waiting for a moderator; only its author sees it. */
  HELD,
  /** Taken down after a report; shown to everyone as hidden, without its text. */
  HIDDEN,
  /** Refused by a moderator before it was public; only its author sees it, without its text. */
  REMOVED
}
