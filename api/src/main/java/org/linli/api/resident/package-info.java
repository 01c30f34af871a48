/** The resident registry (居民数据) for staff and data admins. */
package org.linli.api.resident;
