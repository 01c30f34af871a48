package org.linli.service.community;

/** Create a community. */
public record CreateCommunityCommand(String name, String district) {}
