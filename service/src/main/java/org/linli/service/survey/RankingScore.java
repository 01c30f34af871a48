package org.linli.service.survey;

/**
 * Score of one option of a ranking question.
 *
 * @param optionId the option's id
 * @param label the option's label
 * @param averageRank mean rank given to the option (1 = most preferred), 2 decimals (HALF_UP); 0
 *     when nobody ranked it
 * @param points Borda points: with n options, rank 1 earns n-1 points, ..., rank n earns 0
 */
public record RankingScore(String optionId, String label, double averageRank, long points) {}
