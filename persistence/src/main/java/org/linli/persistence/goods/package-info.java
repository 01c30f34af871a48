/** Goods sharing (物资共享): items to give away or lend, and requests for them. */
package org.linli.persistence.goods;
