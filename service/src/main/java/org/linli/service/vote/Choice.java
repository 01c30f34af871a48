package org.linli.service.vote;

/** A ballot's answer to a yes/no question; abstaining takes part without approving. */
public enum Choice {
  APPROVE,
  REJECT,
  ABSTAIN
}
