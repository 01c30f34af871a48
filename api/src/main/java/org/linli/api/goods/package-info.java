/** Goods sharing (物资共享): items to give away or lend, requests and returns. */
package org.linli.api.goods;
