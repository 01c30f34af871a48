package org.linli.service.moderation;

/** Kinds of user content that pass through moderation. */
public enum ContentType {
  NICKNAME
}
