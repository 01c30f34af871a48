/** WeChat login (微信登录), sessions, personal API tokens and users (用户). */
package org.linli.service.auth;
