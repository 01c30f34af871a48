package org.linli.service.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.linli.persistence.common.PageSlice;
import org.linli.persistence.survey.SurveyDraftEntity;
import org.linli.persistence.survey.SurveyDraftMapper;
import org.linli.persistence.survey.SurveyEntity;
import org.linli.persistence.survey.SurveyMapper;
import org.linli.persistence.survey.SurveyParticipationEntity;
import org.linli.persistence.survey.SurveyParticipationMapper;
import org.linli.persistence.survey.SurveyResponseEntity;
import org.linli.persistence.survey.SurveyResponseMapper;
import org.linli.persistence.survey.SurveyVersionEntity;
import org.linli.persistence.survey.SurveyVersionMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.ForbiddenException;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.linli.service.common.PageRequest;
import org.linli.service.common.PageView;
import org.linli.service.common.RateLimits;
import org.linli.service.common.RedisKeys;
import org.linli.service.community.CommunityService;
import org.linli.service.community.MembershipView;
import org.linli.service.notice.NoticePurpose;
import org.linli.service.notice.NoticeService;
import org.linli.service.notice.ReminderOutcome;
import org.linli.service.resident.ResidentService;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Surveys (问卷调研): staff build and publish them; residents answer once; staff read results.
 *
 * <p>Anonymity: for an anonymous survey the participation record (who answered, day precision) and
 * the response (what was answered, random key, no time) are stored apart with nothing to join them;
 * the draft, the only link, is deleted when the response is submitted.
 */
@Service
public class SurveyService {

  /** Small groups of anonymous surveys are suppressed in cross-tabs below this size. */
  static final int MIN_GROUP_SIZE = 5;

  private static final int SLICE = 1000;
  private static final Duration IDEMPOTENCY_TTL = Duration.ofDays(1);

  private final SurveyMapper surveys;
  private final SurveyVersionMapper versions;
  private final SurveyParticipationMapper participations;
  private final SurveyResponseMapper responses;
  private final SurveyDraftMapper drafts;
  private final CommunityService communities;
  private final AuditService audit;
  private final RedissonClient redisson;
  private final RedisKeys keys;
  private final TransactionTemplate transactions;
  private final NoticeService notices;
  private final RateLimits rateLimits;
  private final ResidentService registry;
  private final Clock clock;

  public SurveyService(
      SurveyMapper surveys,
      SurveyVersionMapper versions,
      SurveyParticipationMapper participations,
      SurveyResponseMapper responses,
      SurveyDraftMapper drafts,
      CommunityService communities,
      AuditService audit,
      RedissonClient redisson,
      RedisKeys keys,
      TransactionTemplate transactions,
      NoticeService notices,
      RateLimits rateLimits,
      ResidentService registry,
      Clock clock) {
    this.surveys = surveys;
    this.versions = versions;
    this.participations = participations;
    this.responses = responses;
    this.drafts = drafts;
    this.communities = communities;
    this.audit = audit;
    this.redisson = redisson;
    this.keys = keys;
    this.transactions = transactions;
    this.notices = notices;
    this.rateLimits = rateLimits;
    this.registry = registry;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- staff

  /**
   * Creates a draft survey in the current community (staff).
   *
   * @throws SurveyInvalidException when the questions are set up wrongly
   */
  @Transactional
  public SurveyView create(Actor actor, SurveyCommand command) {
    long communityId = requireStaff(actor);
    validate(command);
    SurveyEntity s = new SurveyEntity();
    s.setCommunityId(communityId);
    apply(s, command);
    s.setAnonymity(command.anonymity().name());
    s.setStatus(SurveyStatus.DRAFT.name());
    s.setCurrentVersion(1);
    s.setResponseCount(0L);
    surveys.insert(s);
    insertVersion(s, 1, command.definition());
    audit.record(AuditEvent.by(actor, communityId, "SURVEY_CREATED", "SURVEY", s.getId(), null));
    return view(s, command.definition());
  }

  /**
   * Edits a survey (staff). Questions edited after the first response become a new version; the
   * anonymity mode is fixed once the survey is open; closed surveys cannot change.
   */
  @Transactional
  public SurveyView update(Actor actor, long surveyId, SurveyCommand command) {
    long communityId = requireStaff(actor);
    SurveyEntity s = find(surveyId);
    if (SurveyStatus.CLOSED.name().equals(s.getStatus())) {
      throw new LinliException(ErrorCode.SURVEY_NOT_EDITABLE);
    }
    if (!SurveyStatus.DRAFT.name().equals(s.getStatus())
        && !command.anonymity().name().equals(s.getAnonymity())) {
      throw new LinliException(ErrorCode.SURVEY_ANONYMITY_LOCKED);
    }
    validate(command);
    apply(s, command);
    s.setAnonymity(command.anonymity().name());
    if (s.getResponseCount() == 0) {
      SurveyVersionEntity current = versions.find(surveyId, s.getCurrentVersion());
      current.setDefinition(SurveyJson.write(command.definition()));
      versions.updateById(current);
    } else {
      s.setCurrentVersion(s.getCurrentVersion() + 1);
      insertVersion(s, s.getCurrentVersion(), command.definition());
    }
    if (surveys.updateById(s) != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    audit.record(
        AuditEvent.by(
            actor,
            communityId,
            "SURVEY_EDITED",
            "SURVEY",
            surveyId,
            "version " + s.getCurrentVersion()));
    return view(s, command.definition());
  }

  /** Publishes a draft survey (staff). */
  @Transactional
  public SurveyView open(Actor actor, long surveyId) {
    return transition(actor, surveyId, SurveyStatus.DRAFT, SurveyStatus.OPEN, "SURVEY_OPENED");
  }

  /** Stops accepting responses (staff). */
  @Transactional
  public SurveyView close(Actor actor, long surveyId) {
    return transition(actor, surveyId, SurveyStatus.OPEN, SurveyStatus.CLOSED, "SURVEY_CLOSED");
  }

  /** One page of the current community's surveys (staff). */
  @Transactional(readOnly = true)
  public PageView<SurveyView> list(Actor actor, SurveyStatus status, PageRequest request) {
    requireStaff(actor);
    PageSlice<SurveyEntity> page =
        surveys.page(status == null ? null : status.name(), request.page(), request.size());
    List<SurveyView> items = new ArrayList<>();
    for (SurveyEntity s : page.records()) {
      items.add(view(s, definition(s.getId(), s.getCurrentVersion())));
    }
    return new PageView<>(items, request.page(), request.size(), page.total());
  }

  /** One survey with its current questions (staff). */
  @Transactional(readOnly = true)
  public SurveyView get(Actor actor, long surveyId) {
    requireStaff(actor);
    SurveyEntity s = find(surveyId);
    return view(s, definition(surveyId, s.getCurrentVersion()));
  }

  /** Aggregated results of one questions version (staff, data admins, API tokens). */
  @Transactional(readOnly = true)
  public SurveyResults results(Actor actor, long surveyId, Integer version) {
    requireReader(actor);
    SurveyEntity s = find(surveyId);
    int v = version == null ? s.getCurrentVersion() : version;
    SurveyResultsCalculator calculator = new SurveyResultsCalculator(definition(surveyId, v));
    forEachResponse(surveyId, v, calculator::add);
    return calculator.results();
  }

  /**
   * How many residents are in the survey's audience now and what share of them answered.
   *
   * @return eligible residents and the response rate in percent (one decimal), 0 when nobody is
   *     eligible
   */
  @Transactional(readOnly = true)
  public ResponseRate responseRate(Actor actor, long surveyId) {
    requireReader(actor);
    SurveyEntity s = find(surveyId);
    long eligible = audience(s).size();
    double rate =
        eligible == 0
            ? 0
            : java.math.BigDecimal.valueOf(s.getResponseCount() * 100.0 / eligible)
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    return new ResponseRate(s.getResponseCount(), eligible, rate);
  }

  /**
   * Users in the survey's audience: its community's residents (verified ones only when asked),
   * without those whose registry record has restricted processing.
   */
  private List<Long> audience(SurveyEntity s) {
    return registry.withoutRestricted(
        communities.residents(
            s.getCommunityId(), SurveyAudience.VERIFIED.name().equals(s.getAudience())));
  }

  /** Responses so far, residents in the audience, and their ratio in percent. */
  public record ResponseRate(long responses, long eligible, double percent) {}

  /**
   * Reminds the audience's residents who have not answered, by WeChat subscribe message where they
   * consented (staff). At most one round per survey every 10 minutes; calls WeChat, so it runs
   * outside any transaction.
   */
  public ReminderOutcome remind(Actor actor, long surveyId) {
    long communityId = requireStaff(actor);
    SurveyEntity s = transactions.execute(status -> findPublished(surveyId));
    if (!accepting(s)) {
      throw new LinliException(ErrorCode.SURVEY_NOT_ACCEPTING);
    }
    rateLimits.acquire(
        "survey-reminder:" + surveyId, 1, Duration.ofMinutes(10), ErrorCode.RATE_LIMITED);
    List<Long> due =
        transactions.execute(
            status -> {
              Set<Long> answered = participations.respondents(surveyId);
              return audience(s).stream().filter(id -> !answered.contains(id)).toList();
            });
    Map<String, String> data = new LinkedHashMap<>();
    data.put("thing1", s.getTitle());
    data.put(
        "time2",
        s.getClosesAt() == null
            ? "长期有效"
            : s.getClosesAt()
                .atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    ReminderOutcome outcome =
        notices.send(NoticePurpose.SURVEY_REMINDER, due, "pages/survey/index?id=" + surveyId, data);
    transactions.executeWithoutResult(
        status ->
            audit.record(
                AuditEvent.by(
                    actor,
                    communityId,
                    "SURVEY_REMINDED",
                    "SURVEY",
                    surveyId,
                    "recipients " + outcome.recipients() + ", sent " + outcome.sent())));
    return outcome;
  }

  /**
   * Cross-tabulates two choice questions. In anonymous surveys, groups smaller than {@value
   * #MIN_GROUP_SIZE} are suppressed so no respondent can be singled out.
   */
  @Transactional(readOnly = true)
  public CrossTabResult crossTab(
      Actor actor, long surveyId, String rowQuestionId, String columnQuestionId, Integer version) {
    requireReader(actor);
    SurveyEntity s = find(surveyId);
    int v = version == null ? s.getCurrentVersion() : version;
    SurveyDefinition def = definition(surveyId, v);
    Question rows = choiceQuestion(def, rowQuestionId);
    Question columns = choiceQuestion(def, columnQuestionId);
    List<Map<String, Answer>> pairs = new ArrayList<>();
    forEachResponse(
        surveyId,
        v,
        answers -> {
          Map<String, Answer> pair = new HashMap<>();
          if (answers.containsKey(rowQuestionId)) {
            pair.put(rowQuestionId, answers.get(rowQuestionId));
          }
          if (answers.containsKey(columnQuestionId)) {
            pair.put(columnQuestionId, answers.get(columnQuestionId));
          }
          pairs.add(pair);
        });
    int minimum = SurveyAnonymity.ANONYMOUS.name().equals(s.getAnonymity()) ? MIN_GROUP_SIZE : 1;
    return CrossTab.compute(rows, columns, pairs, minimum);
  }

  /**
   * Writes every response of one version to {@code out} as a spreadsheet (staff, data admins, API
   * tokens); the export is audit-logged. Named surveys carry the respondent id, anonymous ones not.
   */
  @Transactional
  public void export(
      Actor actor, long surveyId, Integer version, ExportFormat format, java.io.OutputStream out) {
    requireReader(actor);
    SurveyEntity s = find(surveyId);
    int v = version == null ? s.getCurrentVersion() : version;
    SurveyDefinition def = definition(surveyId, v);
    boolean named = SurveyAnonymity.NAMED.name().equals(s.getAnonymity());
    audit.record(
        AuditEvent.by(
            actor,
            s.getCommunityId(),
            "SURVEY_EXPORTED",
            "SURVEY",
            surveyId,
            format.name() + " version " + v));
    try (SurveyExporter exporter = new SurveyExporter(def, named, format, out)) {
      forEachRow(
          surveyId,
          v,
          r ->
              exporter.add(
                  named ? r.getRespondentId() : null, v, SurveyJson.answers(r.getAnswers())));
    }
  }

  /** One page of the text answers (or "other" texts) to one question. */
  @Transactional(readOnly = true)
  public PageView<String> texts(
      Actor actor, long surveyId, String questionId, Integer version, PageRequest request) {
    requireReader(actor);
    SurveyEntity s = find(surveyId);
    int v = version == null ? s.getCurrentVersion() : version;
    SurveyDefinition def = definition(surveyId, v);
    if (def.questions().stream().noneMatch(q -> q.id().equals(questionId))) {
      throw new NotFoundException(ErrorCode.QUESTION_NOT_FOUND);
    }
    List<String> texts = new ArrayList<>();
    forEachResponse(
        surveyId,
        v,
        answers -> {
          Answer a = answers.get(questionId);
          if (a != null && a.text() != null && !a.text().isBlank()) {
            texts.add(a.text());
          } else if (a != null && a.otherText() != null && !a.otherText().isBlank()) {
            texts.add(a.otherText());
          }
        });
    int from = Math.min(texts.size(), (request.page() - 1) * request.size());
    int to = Math.min(texts.size(), from + request.size());
    return new PageView<>(texts.subList(from, to), request.page(), request.size(), texts.size());
  }

  // ---------------------------------------------------------------- respondents

  /** Open surveys the caller may answer and has not answered, newest first. */
  @Transactional(readOnly = true)
  public List<SurveySummaryView> waiting(Actor actor) {
    actor.requireCommunity();
    List<SurveyEntity> open =
        surveys.listOpen().stream()
            .filter(this::accepting)
            .filter(s -> eligible(actor, s))
            .toList();
    List<Long> ids = open.stream().map(SurveyEntity::getId).toList();
    Set<Long> answered = participations.answeredAmong(actor.userId(), ids);
    Set<Long> drafted = Set.copyOf(drafts.draftedAmong(actor.userId(), ids));
    return open.stream()
        .filter(s -> !answered.contains(s.getId()))
        .map(
            s ->
                new SurveySummaryView(
                    s.getId(),
                    s.getTitle(),
                    s.getDescription(),
                    SurveyAnonymity.valueOf(s.getAnonymity()),
                    instant(s.getClosesAt()),
                    drafted.contains(s.getId())))
        .toList();
  }

  /**
   * The survey as the caller may answer it.
   *
   * @throws NotFoundException for drafts and surveys of other communities
   * @throws ForbiddenException {@code SURVEY_NOT_ELIGIBLE} outside the audience
   */
  @Transactional(readOnly = true)
  public SurveyFormView form(Actor actor, long surveyId) {
    SurveyEntity s = findPublished(surveyId);
    requireEligible(actor, s);
    SurveyDraftEntity draft = drafts.find(surveyId, actor.userId());
    return new SurveyFormView(
        s.getId(),
        s.getTitle(),
        s.getDescription(),
        SurveyAnonymity.valueOf(s.getAnonymity()),
        s.getCurrentVersion(),
        instant(s.getClosesAt()),
        accepting(s),
        participations.exists(surveyId, actor.userId()),
        definition(surveyId, s.getCurrentVersion()),
        draft == null ? null : SurveyJson.answers(draft.getAnswers()));
  }

  /**
   * Saves unfinished answers (checked like a submit, except for required questions).
   *
   * @throws LinliException {@code SURVEY_ALREADY_ANSWERED} or {@code SURVEY_NOT_ACCEPTING}
   */
  @Transactional
  public Map<String, Answer> saveDraft(Actor actor, long surveyId, Map<String, Answer> answers) {
    SurveyEntity s = findPublished(surveyId);
    requireEligible(actor, s);
    if (!accepting(s)) {
      throw new LinliException(ErrorCode.SURVEY_NOT_ACCEPTING);
    }
    if (participations.exists(surveyId, actor.userId())) {
      throw new LinliException(ErrorCode.SURVEY_ALREADY_ANSWERED);
    }
    Map<String, Answer> clean =
        AnswerValidator.validate(definition(surveyId, s.getCurrentVersion()), answers, false);
    SurveyDraftEntity draft = drafts.find(surveyId, actor.userId());
    if (draft == null) {
      draft = new SurveyDraftEntity();
      draft.setCommunityId(s.getCommunityId());
      draft.setSurveyId(surveyId);
      draft.setUserId(actor.userId());
      draft.setAnswers(SurveyJson.write(clean));
      try {
        drafts.insert(draft);
      } catch (DuplicateKeyException e) {
        throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
      }
    } else {
      draft.setAnswers(SurveyJson.write(clean));
      drafts.updateById(draft);
    }
    return clean;
  }

  /**
   * Submits the caller's answers, once. With an idempotency key, a retry of the same submit returns
   * the first receipt.
   *
   * @throws SurveyInvalidException with every invalid answer
   * @throws LinliException {@code SURVEY_ALREADY_ANSWERED}, {@code SURVEY_NOT_ACCEPTING}
   */
  public SurveyReceipt submit(
      Actor actor, long surveyId, Map<String, Answer> answers, String idempotencyKey) {
    RBucket<String> replay =
        idempotencyKey == null
            ? null
            : redisson.getBucket(
                keys.key(
                    "survey",
                    "idem",
                    Long.toString(surveyId),
                    Long.toString(actor.userId()),
                    idempotencyKey),
                StringCodec.INSTANCE);
    if (replay != null) {
      String version = replay.get();
      if (version != null) {
        return new SurveyReceipt(surveyId, Integer.parseInt(version));
      }
    }
    SurveyEntity s = transactions.execute(status -> findPublished(surveyId));
    requireEligible(actor, s);
    if (!accepting(s)) {
      throw new LinliException(ErrorCode.SURVEY_NOT_ACCEPTING);
    }
    int version = s.getCurrentVersion();
    Map<String, Answer> clean =
        AnswerValidator.validate(
            transactions.execute(status -> definition(surveyId, version)), answers, true);
    try {
      transactions.executeWithoutResult(
          status -> {
            if (surveys.countResponse(surveyId) != 1) {
              throw new LinliException(ErrorCode.SURVEY_NOT_ACCEPTING);
            }
            SurveyEntity locked = surveys.selectById(surveyId);
            if (locked.getCurrentVersion() != version) {
              // Questions changed while the respondent was answering.
              throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
            }
            SurveyParticipationEntity p = new SurveyParticipationEntity();
            p.setCommunityId(s.getCommunityId());
            p.setSurveyId(surveyId);
            p.setUserId(actor.userId());
            p.setAnsweredOn(LocalDate.now(clock));
            participations.insert(p);
            SurveyResponseEntity r = new SurveyResponseEntity();
            r.setId(UUID.randomUUID().toString());
            r.setCommunityId(s.getCommunityId());
            r.setSurveyId(surveyId);
            r.setVersionNo(version);
            r.setRespondentId(
                SurveyAnonymity.NAMED.name().equals(s.getAnonymity()) ? actor.userId() : null);
            r.setAnswers(SurveyJson.write(clean));
            responses.insert(r);
            drafts.deleteOf(surveyId, actor.userId());
            if (locked.getQuota() != null && locked.getResponseCount() >= locked.getQuota()) {
              locked.setStatus(SurveyStatus.CLOSED.name());
              surveys.updateById(locked);
            }
          });
    } catch (DuplicateKeyException e) {
      throw new LinliException(ErrorCode.SURVEY_ALREADY_ANSWERED);
    }
    if (replay != null) {
      replay.set(Integer.toString(version), IDEMPOTENCY_TTL);
    }
    return new SurveyReceipt(surveyId, version);
  }

  // ---------------------------------------------------------------- helpers

  private long requireStaff(Actor actor) {
    actor.requireAny(CommunityRole.STAFF);
    return actor.requireCommunity();
  }

  private void requireReader(Actor actor) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
  }

  private void validate(SurveyCommand command) {
    SurveyDefinitionValidator.validate(command.definition());
    if (command.opensAt() != null
        && command.closesAt() != null
        && !command.closesAt().isAfter(command.opensAt())) {
      throw new SurveyInvalidException(
          ErrorCode.SURVEY_DEFINITION_INVALID,
          List.of(
              new FieldViolation("closesAt", "OUT_OF_RANGE", "closesAt must be after opensAt")));
    }
  }

  private void apply(SurveyEntity s, SurveyCommand command) {
    s.setTitle(command.title().strip());
    s.setDescription(command.description() == null ? null : command.description().strip());
    s.setAudience(command.audience().name());
    s.setOpensAt(local(command.opensAt()));
    s.setClosesAt(local(command.closesAt()));
    s.setQuota(command.quota());
  }

  private void insertVersion(SurveyEntity s, int versionNo, SurveyDefinition definition) {
    SurveyVersionEntity v = new SurveyVersionEntity();
    v.setCommunityId(s.getCommunityId());
    v.setSurveyId(s.getId());
    v.setVersionNo(versionNo);
    v.setDefinition(SurveyJson.write(definition));
    versions.insert(v);
  }

  private SurveyView transition(
      Actor actor, long surveyId, SurveyStatus from, SurveyStatus to, String action) {
    long communityId = requireStaff(actor);
    SurveyEntity s = find(surveyId);
    if (!from.name().equals(s.getStatus())) {
      throw new LinliException(ErrorCode.SURVEY_NOT_EDITABLE);
    }
    s.setStatus(to.name());
    if (surveys.updateById(s) != 1) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    audit.record(AuditEvent.by(actor, communityId, action, "SURVEY", surveyId, null));
    return view(s, definition(surveyId, s.getCurrentVersion()));
  }

  private SurveyEntity find(long surveyId) {
    SurveyEntity s = surveys.selectById(surveyId);
    if (s == null) {
      throw new NotFoundException(ErrorCode.SURVEY_NOT_FOUND);
    }
    return s;
  }

  private SurveyEntity findPublished(long surveyId) {
    SurveyEntity s = find(surveyId);
    if (SurveyStatus.DRAFT.name().equals(s.getStatus())) {
      throw new NotFoundException(ErrorCode.SURVEY_NOT_FOUND);
    }
    return s;
  }

  private SurveyDefinition definition(long surveyId, int version) {
    SurveyVersionEntity v = versions.find(surveyId, version);
    if (v == null) {
      throw new NotFoundException(ErrorCode.SURVEY_NOT_FOUND);
    }
    return SurveyJson.definition(v.getDefinition());
  }

  private void forEachResponse(long surveyId, int version, Consumer<Map<String, Answer>> sink) {
    forEachRow(surveyId, version, r -> sink.accept(SurveyJson.answers(r.getAnswers())));
  }

  private void forEachRow(long surveyId, int version, Consumer<SurveyResponseEntity> sink) {
    String after = null;
    while (true) {
      List<SurveyResponseEntity> slice = responses.slice(surveyId, version, after, SLICE);
      slice.forEach(sink);
      if (slice.size() < SLICE) {
        return;
      }
      after = slice.get(slice.size() - 1).getId();
    }
  }

  private static Question choiceQuestion(SurveyDefinition def, String questionId) {
    return def.questions().stream()
        .filter(q -> q.id().equals(questionId))
        .filter(
            q -> q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE)
        .findFirst()
        .orElseThrow(() -> new NotFoundException(ErrorCode.QUESTION_NOT_FOUND));
  }

  private boolean accepting(SurveyEntity s) {
    LocalDateTime now = LocalDateTime.now(clock);
    return SurveyStatus.OPEN.name().equals(s.getStatus())
        && (s.getOpensAt() == null || !now.isBefore(s.getOpensAt()))
        && (s.getClosesAt() == null || now.isBefore(s.getClosesAt()))
        && (s.getQuota() == null || s.getResponseCount() < s.getQuota());
  }

  private boolean eligible(Actor actor, SurveyEntity s) {
    if (!actor.has(CommunityRole.RESIDENT)) {
      return false;
    }
    if (SurveyAudience.VERIFIED.name().equals(s.getAudience())) {
      return communities.memberships(actor.userId()).stream()
          .filter(m -> m.communityId() == s.getCommunityId())
          .anyMatch(MembershipView::verified);
    }
    return true;
  }

  private void requireEligible(Actor actor, SurveyEntity s) {
    if (!eligible(actor, s)) {
      throw new ForbiddenException(ErrorCode.SURVEY_NOT_ELIGIBLE);
    }
  }

  private static SurveyView view(SurveyEntity s, SurveyDefinition definition) {
    return new SurveyView(
        s.getId(),
        s.getTitle(),
        s.getDescription(),
        SurveyStatus.valueOf(s.getStatus()),
        SurveyAnonymity.valueOf(s.getAnonymity()),
        SurveyAudience.valueOf(s.getAudience()),
        instant(s.getOpensAt()),
        instant(s.getClosesAt()),
        s.getQuota(),
        s.getCurrentVersion(),
        s.getResponseCount(),
        definition,
        instant(s.getCreatedAt()));
  }

  private static Instant instant(LocalDateTime t) {
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  private static LocalDateTime local(Instant t) {
    return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
