package org.linli.service.vote;

import java.util.List;

/**
 * A counted voter of a frozen electorate.
 *
 * @param areaCentiM2 the voter's exclusive area in hundredths of m² (0 for residents' meetings)
 * @param developer whether this voter holds the developer's unsold rooms
 * @param maskedNames masked names of the people who may cast its ballot
 */
public record ElectorateVoterView(
    long voterId,
    String label,
    long areaCentiM2,
    boolean developer,
    List<Room> rooms,
    List<String> maskedNames) {

  /** A frozen room with its area and the area's source. */
  public record Room(long roomId, String label, long areaCentiM2, String areaSource) {}
}
