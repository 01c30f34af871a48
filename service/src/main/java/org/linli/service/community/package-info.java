/** Communities (社区), membership (成员) and roles (角色). */
package org.linli.service.community;
