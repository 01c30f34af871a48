/** Cross-cutting web concerns: authentication, problem responses, request ids, body limits. */
package org.linli.api.common;
