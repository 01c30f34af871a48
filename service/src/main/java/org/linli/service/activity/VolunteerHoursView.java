package org.linli.service.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Views of volunteer hours. */
public final class VolunteerHoursView {

  private VolunteerHoursView() {}

  /** Hours credited for one activity in one transfer. */
  public record Record(
      long transferId,
      long activityId,
      Map<Long, Integer> minutesByUser,
      long totalMinutes,
      Instant createdAt) {}

  /** One credit on a statement. */
  public record Item(
      long transferId, Long activityId, String activityTitle, int minutes, Instant creditedAt) {}

  /** A person's statement: total and one page of credits. */
  public record Statement(long totalMinutes, List<Item> items, int page, int size, long total) {}
}
