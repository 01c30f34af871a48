/** Audit log (审计日志) for auditors. */
package org.linli.api.audit;
