/** The time bank (时间银行): balances, statements, limits and staff corrections. */
package org.linli.api.timebank;
