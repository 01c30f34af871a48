/**
 * Skill sharing (技能共享): residents offer and request help, agree exchanges paid in time credits from
 * the time bank (时间银行), and may share their phone number with the other side.
 */
package org.linli.service.skill;
