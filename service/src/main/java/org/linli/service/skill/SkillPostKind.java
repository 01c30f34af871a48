package org.linli.service.skill;

/** An offer of help (the author helps) or a request for it (the author is helped). */
public enum SkillPostKind {
  OFFER,
  REQUEST
}
