package org.linli.service.auth;

/** A successful login or refresh: the new tokens and the user. */
public record LoginResult(TokenPair tokens, UserView user) {}
