/** Votes (表决): votes, their frozen electorates and ballots. */
package org.linli.persistence.vote;
