/** Shared service vocabulary: the actor, roles, error codes and paging. */
package org.linli.service.common;
