package org.linli.api.timebank;

import static org.linli.api.common.ApiTimes.offset;

import org.linli.api.common.CurrentActor;
import org.linli.api.common.Downloads;
import org.linli.contract.api.TimebankApi;
import org.linli.contract.model.TimeBankAccountDto;
import org.linli.contract.model.TimeBankAccountPageDto;
import org.linli.contract.model.TimeBankCorrectionRequestDto;
import org.linli.contract.model.TimeBankItemDto;
import org.linli.contract.model.TimeBankSettingsDto;
import org.linli.contract.model.TimeBankStatementDto;
import org.linli.contract.model.TimeBankTransferDto;
import org.linli.contract.model.TimeBankTransferKindDto;
import org.linli.service.common.PageRequest;
import org.linli.service.timebank.TimeBankLimits;
import org.linli.service.timebank.TimeBankService;
import org.linli.service.timebank.TimeBankViews;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The time bank: residents read their balance, staff keep the ledger fair. */
@RestController
class TimeBankController implements TimebankApi {

  private final TimeBankService timeBank;
  private final CurrentActor currentActor;

  TimeBankController(TimeBankService timeBank, CurrentActor currentActor) {
    this.timeBank = timeBank;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<TimeBankStatementDto> getMyTimeBank(
      Long xCommunityId, Integer page, Integer size) {
    return ResponseEntity.ok(
        statement(timeBank.mine(currentActor.get(), PageRequest.of(page, size))));
  }

  @Override
  public ResponseEntity<Resource> exportMyTimeBank(Long xCommunityId, String format) {
    var chosen = Downloads.format(format);
    return Downloads.spreadsheet(
        "my-time-bank", chosen, out -> timeBank.exportMine(currentActor.get(), chosen, out));
  }

  @Override
  public ResponseEntity<TimeBankSettingsDto> getTimeBankSettings(Long xCommunityId) {
    return ResponseEntity.ok(limits(timeBank.settings(currentActor.get())));
  }

  @Override
  public ResponseEntity<TimeBankSettingsDto> updateTimeBankSettings(
      TimeBankSettingsDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        limits(
            timeBank.updateSettings(
                currentActor.get(),
                new TimeBankLimits(body.getMinBalanceMinutes(), body.getMaxBalanceMinutes()))));
  }

  @Override
  public ResponseEntity<TimeBankAccountPageDto> listTimeBankAccounts(
      Long xCommunityId, Boolean flagged, Integer page, Integer size) {
    TimeBankViews.AccountPage result =
        timeBank.accounts(
            currentActor.get(), Boolean.TRUE.equals(flagged), PageRequest.of(page, size));
    TimeBankAccountPageDto dto =
        new TimeBankAccountPageDto()
            .page(result.page())
            .size(result.size())
            .total(result.total())
            .movementSumMinutes(result.movementSumMinutes());
    for (TimeBankViews.Account a : result.items()) {
      dto.addItemsItem(
          new TimeBankAccountDto()
              .accountId(a.accountId())
              .ownerKind(TimeBankAccountDto.OwnerKindEnum.fromValue(a.ownerKind()))
              .userId(a.userId())
              .name(a.name())
              .balanceMinutes(a.balanceMinutes())
              .lastMovementAt(offset(a.lastMovementAt()))
              .beyondLimits(a.beyondLimits())
              .inactive(a.inactive()));
    }
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<TimeBankStatementDto> getTimeBankStatement(
      Long accountId, Long xCommunityId, Integer page, Integer size) {
    return ResponseEntity.ok(
        statement(timeBank.statement(currentActor.get(), accountId, PageRequest.of(page, size))));
  }

  @Override
  public ResponseEntity<Resource> exportTimeBankStatement(
      Long accountId, Long xCommunityId, String format) {
    var chosen = Downloads.format(format);
    return Downloads.spreadsheet(
        "time-bank-account-" + accountId,
        chosen,
        out -> timeBank.export(currentActor.get(), accountId, chosen, out));
  }

  @Override
  public ResponseEntity<TimeBankTransferDto> createTimeBankCorrection(
      TimeBankCorrectionRequestDto body, Long xCommunityId) {
    TimeBankViews.Transfer t =
        timeBank.correct(
            currentActor.get(),
            body.getFromUserId(),
            body.getToUserId(),
            body.getMinutes(),
            body.getReason());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new TimeBankTransferDto()
                .transferId(t.transferId())
                .kind(TimeBankTransferKindDto.fromValue(t.kind().name()))
                .fromUserId(t.fromUserId())
                .toUserId(t.toUserId())
                .minutes(t.minutes())
                .note(t.note())
                .createdAt(offset(t.at())));
  }

  private static TimeBankSettingsDto limits(TimeBankLimits l) {
    return new TimeBankSettingsDto()
        .minBalanceMinutes(l.minBalanceMinutes())
        .maxBalanceMinutes(l.maxBalanceMinutes());
  }

  private static TimeBankStatementDto statement(TimeBankViews.Statement s) {
    TimeBankStatementDto dto =
        new TimeBankStatementDto()
            .accountId(s.accountId())
            .ownerKind(
                s.ownerKind() == null
                    ? null
                    : TimeBankStatementDto.OwnerKindEnum.fromValue(s.ownerKind()))
            .userId(s.userId())
            .name(s.name())
            .balanceMinutes(s.balanceMinutes())
            .limits(limits(s.limits()))
            .page(s.page())
            .size(s.size())
            .total(s.total());
    for (TimeBankViews.Item i : s.items()) {
      dto.addItemsItem(
          new TimeBankItemDto()
              .movementId(i.movementId())
              .transferId(i.transferId())
              .kind(TimeBankTransferKindDto.fromValue(i.kind().name()))
              .minutes(i.minutes())
              .note(i.note())
              .createdAt(offset(i.at())));
    }
    return dto;
  }
}
