package org.linli.service.vote;

/** One option of a vote: a stable key ballots name, and its label. */
public record VoteOption(String key, String label) {

  /** Keys of the yes/no options. */
  public static final String APPROVE = "APPROVE";

  public static final String REJECT = "REJECT";
  public static final String ABSTAIN = "ABSTAIN";
}
