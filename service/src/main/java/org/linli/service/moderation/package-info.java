/** Content safety (内容安全), the moderation queue (审核) and reports (举报). */
package org.linli.service.moderation;
