package org.linli.service.vote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the counted voters of an owners' vote from rooms and their owners, by the Supreme People's
 * Court's interpretation (Art. 8-9): one voter per exclusive part, except that all the developer's
 * unsold or undelivered rooms together count as one, and rooms held by the same buyer (the same set
 * of owners on the title) count as one; the co-owners of a room count as one. Each voter's area is
 * the sum of its rooms' areas. A sold room whose owners the registry does not know still counts, as
 * a voter of its own (its ballot can only be entered by staff), so that the totals are never
 * understated by gaps in the registry.
 */
public final class Electorate {

  /** Key of the voter holding every developer-held room. */
  public static final String DEVELOPER = "developer";

  private Electorate() {}

  /**
   * A room of the vote's scope.
   *
   * @param ownerIds the owners on the title (ignored when developer-held)
   * @param developerHeld unsold or not yet delivered
   */
  public record Room(String key, long areaHundredths, Set<Long> ownerIds, boolean developerHeld) {
    public Room {
      ownerIds = ownerIds == null ? Set.of() : Set.copyOf(ownerIds);
    }
  }

  /** A counted voter with the rooms behind it. */
  public record CountedVoter(Voter voter, List<String> roomKeys, Set<Long> ownerIds) {}

  /** Key prefix of a sold room whose owners are unknown. */
  public static final String UNKNOWN_OWNER = "room:";

  /** Counts. */
  public static List<CountedVoter> count(List<Room> rooms) {
    Map<String, List<Room>> groups = new LinkedHashMap<>();
    for (Room room : rooms) {
      String key;
      if (room.developerHeld()) {
        key = DEVELOPER;
      } else {
        key =
            room.ownerIds().isEmpty()
                ? UNKNOWN_OWNER + room.key()
                : "owners:"
                    + new TreeSet<>(room.ownerIds())
                        .stream().map(String::valueOf).collect(Collectors.joining(","));
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(room);
    }
    List<CountedVoter> voters = new ArrayList<>();
    groups.forEach(
        (key, held) -> {
          long area = 0;
          for (Room r : held) {
            area = Math.addExact(area, r.areaHundredths());
          }
          voters.add(
              new CountedVoter(
                  new Voter(key, area),
                  held.stream().map(Room::key).toList(),
                  key.equals(DEVELOPER) ? Set.of() : held.get(0).ownerIds()));
        });
    return voters;
  }
}
