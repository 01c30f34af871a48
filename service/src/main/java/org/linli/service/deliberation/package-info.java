/**
 * Deliberation (议事): residents raise proposals (议题), support (附议) and discuss them; a proposal that
 * reaches its community's support threshold goes to staff, who put it on the agenda, merge it or
 * decline it with a public reason. Every state change is on a public timeline.
 */
package org.linli.service.deliberation;
