package org.linli.api.skill;

import static org.linli.api.common.ApiTimes.offset;

import org.linli.contract.model.ModerationStatusDto;
import org.linli.contract.model.SharingContentTypeDto;
import org.linli.contract.model.SharingModerationItemDto;
import org.linli.contract.model.SharingReportDto;
import org.linli.service.moderation.ContentReportView;
import org.linli.service.moderation.ModerationItemView;

/** Mapping of reports on neighbour-sharing content and their queue to the contract. */
public final class SharingReportDtos {

  private SharingReportDtos() {}

  public static SharingReportDto report(ContentReportView r) {
    return new SharingReportDto()
        .id(r.id())
        .contentType(SharingContentTypeDto.valueOf(r.type().name()))
        .contentId(r.contentId())
        .createdAt(offset(r.createdAt()));
  }

  static SharingModerationItemDto item(ModerationItemView i) {
    return new SharingModerationItemDto()
        .id(i.id())
        .contentType(SharingContentTypeDto.valueOf(i.type().name()))
        .contentId(i.contentId())
        .authorId(i.authorId())
        .text(i.text())
        .status(ModerationStatusDto.valueOf(i.status().name()))
        .reason(i.reason())
        .reportCount(i.reportCount())
        .decisionNote(i.decisionNote())
        .createdAt(offset(i.createdAt()))
        .decidedAt(offset(i.decidedAt()));
  }
}
