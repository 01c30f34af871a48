/** Skill sharing (技能共享): categories, posts, exchanges of help and suspensions from posting. */
package org.linli.persistence.skill;
