package org.linli.api.survey;

import java.util.Map;
import org.linli.api.common.CurrentActor;
import org.linli.api.common.Downloads;
import org.linli.contract.api.SurveysApi;
import org.linli.contract.model.ReminderOutcomeDto;
import org.linli.contract.model.SurveyAnonymityDto;
import org.linli.contract.model.SurveyAnswersDto;
import org.linli.contract.model.SurveyCrossTabDto;
import org.linli.contract.model.SurveyDto;
import org.linli.contract.model.SurveyFormDto;
import org.linli.contract.model.SurveyPageDto;
import org.linli.contract.model.SurveyReceiptDto;
import org.linli.contract.model.SurveyRequestDto;
import org.linli.contract.model.SurveyResultsDto;
import org.linli.contract.model.SurveyStatusDto;
import org.linli.contract.model.SurveySummaryDto;
import org.linli.contract.model.SurveySummaryListDto;
import org.linli.contract.model.TextAnswerPageDto;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.common.SpreadsheetWriter;
import org.linli.service.notice.ReminderOutcome;
import org.linli.service.survey.Answer;
import org.linli.service.survey.CrossTabResult;
import org.linli.service.survey.ExportFormat;
import org.linli.service.survey.SurveyFormView;
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
  private final CurrentActor currentActor;

  SurveyController(SurveyService surveys, CurrentActor currentActor) {
    this.surveys = surveys;
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
                        .closesAt(SurveyDtos.offset(s.closesAt()))
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
            .closesAt(SurveyDtos.offset(form.closesAt()))
            .accepting(form.accepting())
            .answered(form.answered())
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
}
