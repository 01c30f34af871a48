/**
 * Goods sharing (物资共享): residents, and the community's own lending library, give items away or lend
 * them; requests queue per item; borrowers are reminded of due dates.
 */
package org.linli.service.goods;
