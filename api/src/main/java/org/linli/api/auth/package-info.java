/** WeChat login (微信登录), the current user and personal API tokens. */
package org.linli.api.auth;
