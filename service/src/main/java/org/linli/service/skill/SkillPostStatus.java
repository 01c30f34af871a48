package org.linli.service.skill;

/** Where a post stands: held for a moderator, published, taken down, or closed by its author. */
public enum SkillPostStatus {
  HELD,
  PUBLISHED,
  HIDDEN,
  CLOSED
}
