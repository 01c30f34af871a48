/**
 * The resident registry (居民数据): 楼栋 buildings, 单元 units, 房屋 rooms, 户 households, 居民 residents, 业主
 * owners.
 */
package org.linli.service.resident;
