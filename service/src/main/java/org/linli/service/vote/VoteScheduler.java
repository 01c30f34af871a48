package org.linli.service.vote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens and closes votes on time, on every instance; each step happens once because it runs under
 * the vote's row lock and checks the status first. Reads advance a due vote too, so a vote is never
 * seen in a stale state between rounds.
 */
@Component
class VoteScheduler {

  private static final Logger log = LoggerFactory.getLogger(VoteScheduler.class);

  private final VoteService votes;

  VoteScheduler(VoteService votes) {
    this.votes = votes;
  }

  @Scheduled(
      fixedDelayString = "${linli.vote.poll:PT30S}",
      initialDelayString = "${linli.vote.poll:PT30S}")
  void advance() {
    try {
      int n = votes.advanceDue();
      if (n > 0) {
        log.info("Votes opened or closed: {}", n);
      }
    } catch (RuntimeException e) {
      log.warn("Vote scheduling failed: {}", e.getClass().getSimpleName());
    }
  }
}
