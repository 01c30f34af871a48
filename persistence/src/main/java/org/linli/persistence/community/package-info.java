/** Communities (社区), membership and roles. */
package org.linli.persistence.community;
