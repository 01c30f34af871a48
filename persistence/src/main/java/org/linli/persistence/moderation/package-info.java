/** Content moderation (内容审核) and reports (举报). */
package org.linli.persistence.moderation;
