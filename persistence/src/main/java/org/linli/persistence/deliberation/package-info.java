/** Deliberation (议事): proposals, supports, comments and their timeline. */
package org.linli.persistence.deliberation;
