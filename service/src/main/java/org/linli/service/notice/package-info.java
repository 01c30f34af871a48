/** Notices (通知): WeChat subscribe messages and the users' consent to receive them. */
package org.linli.service.notice;
