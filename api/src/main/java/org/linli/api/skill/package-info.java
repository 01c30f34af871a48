/** Skill sharing (技能共享): posts, exchanges of help, contact sharing and staff moderation. */
package org.linli.api.skill;
