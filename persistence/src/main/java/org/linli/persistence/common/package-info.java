/** Cross-cutting persistence set-up: community scoping, audit columns, MyBatis-Plus plugins. */
package org.linli.persistence.common;
