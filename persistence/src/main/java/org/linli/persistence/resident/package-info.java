/** The resident registry (居民数据): buildings, units, rooms, households, residents, owners. */
package org.linli.persistence.resident;
