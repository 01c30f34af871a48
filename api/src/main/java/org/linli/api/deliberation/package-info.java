/** Deliberation (议事): proposals, support, comments and staff decisions. */
package org.linli.api.deliberation;
