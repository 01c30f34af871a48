package org.linli.service.vote;

/** Which rooms a vote covers: the whole estate, chosen buildings, chosen units, or chosen rooms. */
public enum ScopeKind {
  ESTATE,
  BUILDINGS,
  UNITS,
  ROOMS
}
