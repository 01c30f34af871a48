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
 * unsold or undelivered rooms together count as one, and one buyer holding several rooms counts as
 * one; the co-owners of a room count as one. Owners linked through a shared title are one voter:
 * the voters are the connected groups of owners and their rooms (owner 1 alone on one title and
 * with owner 2 on another is one voter holding both rooms), so nobody's ballot counts twice. Each
 * voter's area is the sum of its rooms' areas. A sold room whose owners the registry does not know
 * still counts, as a voter of its own (its ballot can only be entered by staff), so that the totals
 * are never understated by gaps in the registry.
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
    // Owners sharing a title are joined (union-find over owner ids).
    Map<Long, Long> parent = new java.util.HashMap<>();
    for (Room room : rooms) {
      if (!room.developerHeld()) {
        Long first = null;
        for (Long owner : new TreeSet<>(room.ownerIds())) {
          parent.putIfAbsent(owner, owner);
          if (first == null) {
            first = owner;
          } else {
            parent.put(root(parent, owner), root(parent, first));
          }
        }
      }
    }
    Map<Long, Set<Long>> members = new java.util.HashMap<>();
    for (Long owner : parent.keySet()) {
      members.computeIfAbsent(root(parent, owner), k -> new TreeSet<>()).add(owner);
    }
    Map<String, List<Room>> groups = new LinkedHashMap<>();
    Map<String, Set<Long>> owners = new java.util.HashMap<>();
    for (Room room : rooms) {
      String key;
      if (room.developerHeld()) {
        key = DEVELOPER;
      } else if (room.ownerIds().isEmpty()) {
        key = UNKNOWN_OWNER + room.key();
      } else {
        Set<Long> group = members.get(root(parent, room.ownerIds().iterator().next()));
        key = "owners:" + group.stream().map(String::valueOf).collect(Collectors.joining(","));
        owners.put(key, group);
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
                  owners.getOrDefault(key, Set.of())));
        });
    return voters;
  }

  private static Long root(Map<Long, Long> parent, Long x) {
    Long r = x;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    // Path compression.
    Long y = x;
    while (!parent.get(y).equals(r)) {
      Long next = parent.get(y);
      parent.put(y, r);
      y = next;
    }
    return r;
  }
}
