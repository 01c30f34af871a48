package org.linli.service.vote;

/** A closed vote's stored result beside a fresh count from its stored ballots. */
public record RecountView(long voteId, VoteResult stored, VoteResult recounted, boolean agrees) {}
