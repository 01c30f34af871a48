package org.linli.service.wechat;

/**
 * WeChat content security's suggestion for a text.
 *
 * @param suggestion pass, review or risky
 * @param label WeChat's label (100 normal, 20001 politics, ...), or {@code null}
 */
public record ContentVerdict(Suggestion suggestion, Integer label) {

  /** WeChat's {@code result.suggest}. */
  public enum Suggestion {
    PASS,
    REVIEW,
    RISKY
  }
}
