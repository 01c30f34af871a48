/**
 * Owners' votes and residents' meetings (业主表决 / 居民会议), counted the way Civil Code Art. 278 and the
 * Supreme People's Court's interpretation require: floor area and headcount separately, with exact
 * integer arithmetic.
 */
package org.linli.service.vote;
