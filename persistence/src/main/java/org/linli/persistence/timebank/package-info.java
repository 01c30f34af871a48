/** The time-bank ledger (时间银行): accounts, transfers and their movements. */
package org.linli.persistence.timebank;
