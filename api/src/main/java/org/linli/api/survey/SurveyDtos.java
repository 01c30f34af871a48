package org.linli.api.survey;

import static org.linli.api.common.ApiTimes.instant;
import static org.linli.api.common.ApiTimes.offset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.contract.model.ConditionOperatorDto;
import org.linli.contract.model.MatrixRowDto;
import org.linli.contract.model.MatrixRowResultDto;
import org.linli.contract.model.NumberStatsDto;
import org.linli.contract.model.OptionCountDto;
import org.linli.contract.model.QuestionConditionDto;
import org.linli.contract.model.QuestionOptionDto;
import org.linli.contract.model.QuestionResultDto;
import org.linli.contract.model.QuestionTypeDto;
import org.linli.contract.model.RankingScoreDto;
import org.linli.contract.model.SurveyAnonymityDto;
import org.linli.contract.model.SurveyAnswerDto;
import org.linli.contract.model.SurveyAnswersDto;
import org.linli.contract.model.SurveyAudienceDto;
import org.linli.contract.model.SurveyDto;
import org.linli.contract.model.SurveyQuestionDto;
import org.linli.contract.model.SurveyRequestDto;
import org.linli.contract.model.SurveyStatusDto;
import org.linli.service.survey.Answer;
import org.linli.service.survey.ChoiceOption;
import org.linli.service.survey.Condition;
import org.linli.service.survey.ConditionOperator;
import org.linli.service.survey.MatrixRow;
import org.linli.service.survey.NumberStats;
import org.linli.service.survey.OptionCount;
import org.linli.service.survey.Question;
import org.linli.service.survey.QuestionResult;
import org.linli.service.survey.QuestionType;
import org.linli.service.survey.SurveyAnonymity;
import org.linli.service.survey.SurveyAudience;
import org.linli.service.survey.SurveyCommand;
import org.linli.service.survey.SurveyDefinition;
import org.linli.service.survey.SurveyView;

/** Maps surveys between contract DTOs and the service model. */
final class SurveyDtos {

  private SurveyDtos() {}

  static SurveyCommand command(SurveyRequestDto dto) {
    return new SurveyCommand(
        dto.getTitle(),
        dto.getDescription(),
        SurveyAnonymity.valueOf(dto.getAnonymity().name()),
        SurveyAudience.valueOf(dto.getAudience().name()),
        dto.getBuildingIds(),
        dto.getUnitIds(),
        instant(dto.getOpensAt()),
        instant(dto.getClosesAt()),
        dto.getQuota(),
        new SurveyDefinition(dto.getQuestions().stream().map(SurveyDtos::question).toList()));
  }

  static Question question(SurveyQuestionDto q) {
    return new Question(
        q.getId(),
        QuestionType.valueOf(q.getType().name()),
        q.getTitle(),
        q.getHelp(),
        Boolean.TRUE.equals(q.getRequired()),
        q.getOptions() == null
            ? List.of()
            : q.getOptions().stream()
                .map(
                    o ->
                        new ChoiceOption(
                            o.getId(), o.getLabel(), Boolean.TRUE.equals(o.getOther())))
                .toList(),
        q.getMinSelections(),
        q.getMaxSelections(),
        q.getMin(),
        q.getMax(),
        Boolean.TRUE.equals(q.getIntegerOnly()),
        q.getScale(),
        q.getMinLabel(),
        q.getMaxLabel(),
        q.getMinDate(),
        q.getMaxDate(),
        q.getRows() == null
            ? List.of()
            : q.getRows().stream().map(r -> new MatrixRow(r.getId(), r.getLabel())).toList(),
        q.getMaxLength(),
        Boolean.TRUE.equals(q.getShuffleOptions()),
        condition(q.getShowIf()),
        condition(q.getSkipToEndIf()));
  }

  private static Condition condition(QuestionConditionDto c) {
    return c == null
        ? null
        : new Condition(
            c.getQuestionId(),
            ConditionOperator.valueOf(c.getOperator().name()),
            c.getOptionId(),
            c.getMin(),
            c.getMax());
  }

  static SurveyQuestionDto question(Question q) {
    SurveyQuestionDto dto =
        new SurveyQuestionDto()
            .id(q.id())
            .type(QuestionTypeDto.valueOf(q.type().name()))
            .title(q.title())
            .help(q.help())
            .required(q.required())
            .minSelections(q.minSelections())
            .maxSelections(q.maxSelections())
            .min(q.min())
            .max(q.max())
            .integerOnly(q.integerOnly() ? Boolean.TRUE : null)
            .scale(q.scale())
            .minLabel(q.minLabel())
            .maxLabel(q.maxLabel())
            .minDate(q.minDate())
            .maxDate(q.maxDate())
            .maxLength(q.maxLength())
            .shuffleOptions(q.shuffleOptions() ? Boolean.TRUE : null)
            .showIf(condition(q.showIf()))
            .skipToEndIf(condition(q.skipToEndIf()));
    q.options()
        .forEach(
            o ->
                dto.addOptionsItem(
                    new QuestionOptionDto()
                        .id(o.id())
                        .label(o.label())
                        .other(o.other() ? Boolean.TRUE : null)));
    q.rows().forEach(r -> dto.addRowsItem(new MatrixRowDto().id(r.id()).label(r.label())));
    return dto;
  }

  private static QuestionConditionDto condition(Condition c) {
    return c == null
        ? null
        : new QuestionConditionDto()
            .questionId(c.questionId())
            .operator(ConditionOperatorDto.valueOf(c.operator().name()))
            .optionId(c.optionId())
            .min(c.min())
            .max(c.max());
  }

  static SurveyDto survey(SurveyView v) {
    SurveyDto dto =
        new SurveyDto()
            .id(v.id())
            .title(v.title())
            .description(v.description())
            .status(SurveyStatusDto.valueOf(v.status().name()))
            .anonymity(SurveyAnonymityDto.valueOf(v.anonymity().name()))
            .audience(SurveyAudienceDto.valueOf(v.audience().name()))
            .buildingIds(v.buildingIds())
            .unitIds(v.unitIds())
            .opensAt(offset(v.opensAt()))
            .closesAt(offset(v.closesAt()))
            .quota(v.quota())
            .version(v.version())
            .responses(v.responses())
            .createdAt(offset(v.createdAt()));
    v.definition().questions().forEach(q -> dto.addQuestionsItem(question(q)));
    return dto;
  }

  static Map<String, Answer> answers(SurveyAnswersDto dto) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    if (dto.getAnswers() != null) {
      dto.getAnswers()
          .forEach(
              (id, a) ->
                  answers.put(
                      id,
                      a == null
                          ? null
                          : new Answer(
                              a.getOptionId(),
                              a.getOptionIds(),
                              a.getOtherText(),
                              a.getText(),
                              a.getNumber(),
                              a.getDate(),
                              a.getMatrix(),
                              a.getRanking())));
    }
    return answers;
  }

  static SurveyAnswersDto answers(Map<String, Answer> answers) {
    SurveyAnswersDto dto = new SurveyAnswersDto();
    dto.setAnswers(new LinkedHashMap<>());
    answers.forEach(
        (id, a) -> {
          SurveyAnswerDto out =
              new SurveyAnswerDto()
                  .optionId(a.optionId())
                  .otherText(a.otherText())
                  .text(a.text())
                  .number(a.number())
                  .date(a.date());
          out.setOptionIds(a.optionIds());
          out.setMatrix(a.matrix());
          out.setRanking(a.ranking());
          dto.getAnswers().put(id, out);
        });
    return dto;
  }

  static QuestionResultDto result(QuestionResult r) {
    QuestionResultDto dto =
        new QuestionResultDto()
            .questionId(r.questionId())
            .type(QuestionTypeDto.valueOf(r.type().name()))
            .title(r.title())
            .answered(r.answered())
            .textAnswers(r.textAnswers())
            .otherTextAnswers(r.otherTextAnswers());
    if (r.options() != null && !r.options().isEmpty()) {
      r.options().forEach(o -> dto.addOptionsItem(option(o)));
    }
    if (r.numbers() != null) {
      NumberStats n = r.numbers();
      dto.numbers(
          new NumberStatsDto()
              .count(n.count())
              .mean(n.mean())
              .median(n.median())
              .min(n.min())
              .max(n.max()));
    }
    if (r.matrix() != null && !r.matrix().isEmpty()) {
      r.matrix()
          .forEach(
              row -> {
                MatrixRowResultDto m =
                    new MatrixRowResultDto()
                        .rowId(row.rowId())
                        .label(row.label())
                        .answered(row.answered());
                row.options().forEach(o -> m.addOptionsItem(option(o)));
                dto.addMatrixItem(m);
              });
    }
    if (r.ranking() != null && !r.ranking().isEmpty()) {
      r.ranking()
          .forEach(
              s ->
                  dto.addRankingItem(
                      new RankingScoreDto()
                          .optionId(s.optionId())
                          .label(s.label())
                          .averageRank(s.averageRank())
                          .points(s.points())));
    }
    return dto;
  }

  private static OptionCountDto option(OptionCount o) {
    return new OptionCountDto()
        .optionId(o.optionId())
        .label(o.label())
        .count(o.count())
        .percent(o.percent());
  }
}
