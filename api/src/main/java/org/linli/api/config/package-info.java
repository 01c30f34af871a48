/** Application wiring of the web layer. */
package org.linli.api.config;
