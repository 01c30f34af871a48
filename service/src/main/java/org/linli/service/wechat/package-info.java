/** WeChat (微信) server API: the only package that imports WxJava. */
package org.linli.service.wechat;
