package org.linli.service.audit;

/**
 * Result of recomputing a community's hash chain.
 *
 * @param valid whether every entry's hash matches and links to its predecessor
 * @param checked entries checked
 * @param firstBrokenSeq the first entry that does not match, or {@code null}
 */
public record AuditVerificationView(boolean valid, long checked, Long firstBrokenSeq) {}
