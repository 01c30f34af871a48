/** Users and credentials (用户与登录凭证). */
package org.linli.persistence.auth;
