package org.linli.service.vote;

import java.time.LocalDateTime;

/**
 * A count of a vote: live while it is open, the stored result once closed ({@code closed} true).
 *
 * @param asOf when the count was taken (the closing time for a closed vote)
 */
public record VoteTallyView(
    long voteId, VoteStatus status, boolean closed, LocalDateTime asOf, VoteResult result) {}
