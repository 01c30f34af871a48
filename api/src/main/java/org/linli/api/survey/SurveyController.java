package org.linli.api.survey;

import java.util.ArrayList;
import java.util.Map;
import org.linli.api.common.ApiTimes;
import org.linli.api.common.CurrentActor;
import org.linli.api.common.Downloads;
import org.linli.contract.api.SurveysApi;
import org.linli.contract.model.ReminderOutcomeDto;
import org.linli.contract.model.SurveyAgeBandDto;
import org.linli.contract.model.SurveyAnonymityDto;
import org.linli.contract.model.SurveyAnswersDto;
import org.linli.contract.model.SurveyAuthorDto;
import org.linli.contract.model.SurveyAuthorListDto;
import org.linli.contract.model.SurveyCrossTabDto;
import org.linli.contract.model.SurveyDto;
import org.linli.contract.model.SurveyFilteredResultsDto;
import org.linli.contract.model.SurveyFormDto;
import org.linli.contract.model.SurveyGroupDimensionDto;
import org.linli.contract.model.SurveyPageDto;
import org.linli.contract.model.SurveyReceiptDto;
import org.linli.contract.model.SurveyRequestDto;
import org.linli.contract.model.SurveyResidenceKindDto;
import org.linli.contract.model.SurveyResultGroupDto;
import org.linli.contract.model.SurveyResultGroupsDto;
import org.linli.contract.model.SurveyResultsDto;
import org.linli.contract.model.SurveyStatusDto;
import org.linli.contract.model.SurveySummaryDto;
import org.linli.contract.model.SurveySummaryListDto;
import org.linli.contract.model.TextAnswerPageDto;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.common.SpreadsheetWriter;
import org.linli.service.notice.ReminderOutcome;
import org.linli.service.survey.AgeBand;
import org.linli.service.survey.Answer;
import org.linli.service.survey.CrossTabResult;
import org.linli.service.survey.ExportFormat;
import org.linli.service.survey.GroupDimension;
import org.linli.service.survey.SurveyAuthorService;
import org.linli.service.survey.SurveyAuthorView;
import org.linli.service.survey.SurveyFilteredView;
import org.linli.service.survey.SurveyFormView;
import org.linli.service.survey.SurveyGroupsView;
import org.linli.service.survey.SurveyReceipt;
import org.linli.service.survey.SurveyResults;
import org.linli.service.survey.SurveyService;
import org.linli.service.survey.SurveyStatus;
import org.linli.service.survey.SurveyView;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Surveys: staff build them and read results, residents answer once. */
@RestController
class SurveyController implements SurveysApi {

  private final SurveyService surveys;
  private final SurveyAuthorService authors;
  private final CurrentActor currentActor;

  SurveyController(SurveyService surveys, SurveyAuthorService authors, CurrentActor currentActor) {
    this.surveys = surveys;
    this.authors = authors;
    this.currentActor = currentActor;
  }

  @Override
  public ResponseEntity<SurveyPageDto> listSurveys(
      Long xCommunityId, SurveyStatusDto status, Integer page, Integer size) {
    PageView<SurveyView> result =
        surveys.list(
            currentActor.get(),
            status == null ? null : SurveyStatus.valueOf(status.name()),
            PageRequest.of(page, size));
    SurveyPageDto dto =
        new SurveyPageDto().page(result.page()).size(result.size()).total(result.total());
    result.items().forEach(s -> dto.addItemsItem(SurveyDtos.survey(s)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SurveyDto> createSurvey(SurveyRequestDto body, Long xCommunityId) {
    SurveyView view = surveys.create(currentActor.get(), SurveyDtos.command(body));
    return ResponseEntity.status(HttpStatus.CREATED).body(SurveyDtos.survey(view));
  }

  @Override
  public ResponseEntity<SurveyDto> getSurvey(Long surveyId, Long xCommunityId) {
    return ResponseEntity.ok(SurveyDtos.survey(surveys.get(currentActor.get(), surveyId)));
  }

  @Override
  public ResponseEntity<SurveyDto> updateSurvey(
      Long surveyId, SurveyRequestDto body, Long xCommunityId) {
    return ResponseEntity.ok(
        SurveyDtos.survey(surveys.update(currentActor.get(), surveyId, SurveyDtos.command(body))));
  }

  @Override
  public ResponseEntity<SurveyDto> openSurvey(Long surveyId, Long xCommunityId) {
    return ResponseEntity.ok(SurveyDtos.survey(surveys.open(currentActor.get(), surveyId)));
  }

  @Override
  public ResponseEntity<SurveyDto> closeSurvey(Long surveyId, Long xCommunityId) {
    return ResponseEntity.ok(SurveyDtos.survey(surveys.close(currentActor.get(), surveyId)));
  }

  @Override
  public ResponseEntity<SurveySummaryListDto> listWaitingSurveys(Long xCommunityId) {
    SurveySummaryListDto dto = new SurveySummaryListDto();
    surveys
        .waiting(currentActor.get())
        .forEach(
            s ->
                dto.addItemsItem(
                    new SurveySummaryDto()
                        .id(s.id())
                        .title(s.title())
                        .description(s.description())
                        .anonymity(SurveyAnonymityDto.valueOf(s.anonymity().name()))
                        .closesAt(ApiTimes.offset(s.closesAt()))
                        .hasDraft(s.hasDraft())));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SurveyFormDto> getSurveyForm(Long surveyId, Long xCommunityId) {
    SurveyFormView form = surveys.form(currentActor.get(), surveyId);
    SurveyFormDto dto =
        new SurveyFormDto()
            .id(form.id())
            .title(form.title())
            .description(form.description())
            .anonymity(SurveyAnonymityDto.valueOf(form.anonymity().name()))
            .version(form.version())
            .closesAt(ApiTimes.offset(form.closesAt()))
            .accepting(form.accepting())
            .answered(form.answered())
            .householdAnswered(form.householdAnswered())
            .draft(form.draft() == null ? null : SurveyDtos.answers(form.draft()));
    form.definition().questions().forEach(q -> dto.addQuestionsItem(SurveyDtos.question(q)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SurveyAnswersDto> saveSurveyDraft(
      Long surveyId, SurveyAnswersDto body, Long xCommunityId) {
    Map<String, Answer> saved =
        surveys.saveDraft(currentActor.get(), surveyId, SurveyDtos.answers(body));
    return ResponseEntity.ok(SurveyDtos.answers(saved));
  }

  @Override
  public ResponseEntity<SurveyReceiptDto> submitSurveyResponse(
      Long surveyId, SurveyAnswersDto body, Long xCommunityId, String idempotencyKey) {
    SurveyReceipt receipt =
        surveys.submit(currentActor.get(), surveyId, SurveyDtos.answers(body), idempotencyKey);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new SurveyReceiptDto().surveyId(receipt.surveyId()).version(receipt.version()));
  }

  @Override
  public ResponseEntity<SurveyResultsDto> getSurveyResults(
      Long surveyId, Long xCommunityId, Integer version) {
    SurveyResults results = surveys.results(currentActor.get(), surveyId, version);
    SurveyView survey = surveys.get(currentActor.get(), surveyId);
    SurveyService.ResponseRate rate = surveys.responseRate(currentActor.get(), surveyId);
    SurveyResultsDto dto =
        new SurveyResultsDto()
            .surveyId(surveyId)
            .version(version == null ? survey.version() : version)
            .responses(results.responses())
            .totalResponses(rate.responses())
            .eligible(rate.eligible())
            .responseRate(rate.percent());
    results.questions().forEach(q -> dto.addQuestionsItem(SurveyDtos.result(q)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<ReminderOutcomeDto> remindSurvey(Long surveyId, Long xCommunityId) {
    ReminderOutcome outcome = surveys.remind(currentActor.get(), surveyId);
    return ResponseEntity.ok(
        new ReminderOutcomeDto()
            .recipients(outcome.recipients())
            .sent(outcome.sent())
            .noConsent(outcome.noConsent())
            .failed(outcome.failed()));
  }

  @Override
  public ResponseEntity<SurveyCrossTabDto> getSurveyCrossTab(
      Long surveyId, String rows, String columns, Long xCommunityId, Integer version) {
    CrossTabResult table = surveys.crossTab(currentActor.get(), surveyId, rows, columns, version);
    SurveyCrossTabDto dto =
        new SurveyCrossTabDto()
            .rowQuestionId(table.rowQuestionId())
            .columnQuestionId(table.columnQuestionId())
            .respondents(table.respondents());
    dto.setRowOptionIds(table.rowOptionIds());
    dto.setColumnOptionIds(table.columnOptionIds());
    dto.setCounts(table.counts());
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<Resource> exportSurveyResponses(
      Long surveyId, Long xCommunityId, String format, Integer version) {
    SpreadsheetWriter.Format chosen = Downloads.format(format);
    ExportFormat exportFormat =
        chosen == SpreadsheetWriter.Format.CSV ? ExportFormat.CSV : ExportFormat.XLSX;
    return Downloads.spreadsheet(
        "survey-" + surveyId,
        chosen,
        out -> surveys.export(currentActor.get(), surveyId, version, exportFormat, out));
  }

  @Override
  public ResponseEntity<TextAnswerPageDto> listSurveyTextAnswers(
      Long surveyId,
      String questionId,
      Long xCommunityId,
      Integer version,
      Integer page,
      Integer size) {
    PageView<String> texts =
        surveys.texts(
            currentActor.get(), surveyId, questionId, version, PageRequest.of(page, size));
    TextAnswerPageDto dto =
        new TextAnswerPageDto().page(texts.page()).size(texts.size()).total(texts.total());
    texts.items().forEach(dto::addItemsItem);
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SurveyResultGroupsDto> getSurveyResultGroups(
      Long surveyId, SurveyGroupDimensionDto by, Long xCommunityId, Integer version) {
    SurveyGroupsView view =
        surveys.groups(currentActor.get(), surveyId, GroupDimension.valueOf(by.name()), version);
    SurveyResultGroupsDto dto =
        new SurveyResultGroupsDto()
            .surveyId(view.surveyId())
            .version(view.version())
            .by(by)
            .minimumGroupSize(view.minimumGroupSize());
    view.groups()
        .forEach(
            g ->
                dto.addGroupsItem(
                    new SurveyResultGroupDto()
                        .key(g.key())
                        .label(g.label())
                        .responses(g.responses())
                        .suppressed(g.suppressed())
                        .eligible(g.eligible())
                        .answered(g.answered())
                        .responseRate(g.responseRate())));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SurveyFilteredResultsDto> getSurveyFilteredResults(
      Long surveyId,
      Long xCommunityId,
      Long building,
      SurveyAgeBandDto ageBand,
      SurveyResidenceKindDto residenceKind,
      Integer version) {
    SurveyFilteredView view =
        surveys.filtered(
            currentActor.get(),
            surveyId,
            building,
            ageBand == null ? null : AgeBand.valueOf(ageBand.name()),
            residenceKind == null ? null : residenceKind.name(),
            version);
    SurveyFilteredResultsDto dto =
        new SurveyFilteredResultsDto()
            .surveyId(view.surveyId())
            .version(view.version())
            .by(SurveyGroupDimensionDto.valueOf(view.by().name()))
            .key(view.key())
            .minimumGroupSize(view.minimumGroupSize())
            .suppressed(view.suppressed())
            .responses(view.responses())
            .questions(new ArrayList<>());
    view.questions().forEach(q -> dto.addQuestionsItem(SurveyDtos.result(q)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SurveyAuthorListDto> listSurveyAuthors(Long xCommunityId) {
    SurveyAuthorListDto dto = new SurveyAuthorListDto().items(new ArrayList<>());
    authors.list(currentActor.get()).forEach(a -> dto.addItemsItem(author(a)));
    return ResponseEntity.ok(dto);
  }

  @Override
  public ResponseEntity<SurveyAuthorDto> grantSurveyAuthor(Long userId, Long xCommunityId) {
    return ResponseEntity.ok(author(authors.grant(currentActor.get(), userId)));
  }

  @Override
  public ResponseEntity<Void> revokeSurveyAuthor(Long userId, Long xCommunityId) {
    authors.revoke(currentActor.get(), userId);
    return ResponseEntity.noContent().build();
  }

  private static SurveyAuthorDto author(SurveyAuthorView a) {
    return new SurveyAuthorDto()
        .userId(a.userId())
        .grantedBy(a.grantedBy())
        .grantedAt(ApiTimes.offset(a.grantedAt()));
  }
}
