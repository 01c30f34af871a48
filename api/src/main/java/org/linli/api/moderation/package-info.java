/** Moderation queue (内容审核) and reports (举报). */
package org.linli.api.moderation;
