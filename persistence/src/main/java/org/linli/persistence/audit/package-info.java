/** Tamper-evident audit log (审计日志). */
package org.linli.persistence.audit;
