package org.linli.service.moderation;

import java.util.Optional;

/**
 * Implemented by features whose content residents may report: finds the published text of a piece
 * of content as members of a community see it.
 */
public interface ReportableContent {

  /** The kind of content this source serves. */
  ContentType type();

  /**
   * Finds content visible in {@code communityId}.
   *
   * @return the author id and text, or empty when it does not exist there
   */
  Optional<Found> find(long communityId, String contentId);

  /** Content found for a report. */
  record Found(long authorId, String text) {}
}
