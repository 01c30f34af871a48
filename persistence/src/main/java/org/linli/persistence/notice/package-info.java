/** Notices (通知): WeChat subscribe message credits. */
package org.linli.persistence.notice;
