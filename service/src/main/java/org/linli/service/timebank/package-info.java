/** The time bank (时间银行): a double-entry ledger of time credits, in minutes. */
package org.linli.service.timebank;
