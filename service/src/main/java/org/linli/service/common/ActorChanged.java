package org.linli.service.common;

/**
 * Published when what authentication knows of a user changes: a membership, a role, the platform
 * admin flag, or the account's deletion. Caches of that knowledge forget the user.
 */
public record ActorChanged(long userId) {}
