package org.linli.service.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.linli.persistence.common.PageSlice;
import org.linli.persistence.survey.SurveyAuthorMapper;
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
import org.linli.service.common.InvalidFieldsException;
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
import org.linli.service.resident.BoundResidentView;
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
 * the draft, the only link, is deleted when the response is submitted. HOUSEHOLDS surveys add the
 * household to the participation record only (its unique key allows one answer per household).
 * Anonymous responses carry coarse group attributes; see {@link #captureGroups}.
 *
 * <p>Authors: staff, and volunteers a staff member allowed ({@link SurveyAuthorService}). A
 * volunteer reaches only the surveys they created and edits them only as drafts; opening, closing,
 * reminders and results stay with staff, so nothing reaches residents in the community's name
 * without a staff member's review.
 */
@Service
public class SurveyService {

  /** Small groups of anonymous surveys are suppressed in cross-tabs below this size. */
  static final int MIN_GROUP_SIZE = 5;

  private static final int SLICE = 1000;
  private static final Duration IDEMPOTENCY_TTL = Duration.ofDays(1);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String UNKNOWN = "UNKNOWN";
  private static final List<String> RESIDENCE_KINDS =
      List.of("OWNER", "TENANT", "FAMILY_MEMBER", "OTHER");

  private final SurveyMapper surveys;
  private final SurveyVersionMapper versions;
  private final SurveyParticipationMapper participations;
  private final SurveyResponseMapper responses;
  private final SurveyDraftMapper drafts;
  private final SurveyAuthorMapper authors;
  private final CommunityService communities;
  private final ResidentService registry;
  private final AuditService audit;
  private final RedissonClient redisson;
  private final RedisKeys keys;
  private final TransactionTemplate transactions;
  private final NoticeService notices;
  private final RateLimits rateLimits;
  private final Clock clock;

  public SurveyService(
      SurveyMapper surveys,
      SurveyVersionMapper versions,
      SurveyParticipationMapper participations,
      SurveyResponseMapper responses,
      SurveyDraftMapper drafts,
      SurveyAuthorMapper authors,
      CommunityService communities,
      ResidentService registry,
      AuditService audit,
      RedissonClient redisson,
      RedisKeys keys,
      TransactionTemplate transactions,
      NoticeService notices,
      RateLimits rateLimits,
      Clock clock) {
    this.surveys = surveys;
    this.versions = versions;
    this.participations = participations;
    this.responses = responses;
    this.drafts = drafts;
    this.authors = authors;
    this.communities = communities;
    this.registry = registry;
    this.audit = audit;
    this.redisson = redisson;
    this.keys = keys;
    this.transactions = transactions;
    this.notices = notices;
    this.rateLimits = rateLimits;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- staff

  /**
   * Creates a draft survey in the current community (staff, or a volunteer allowed to).
   *
   * @throws SurveyInvalidException when the questions or the audience are set up wrongly
   * @throws ForbiddenException {@code SURVEY_AUTHOR_NOT_GRANTED} for a volunteer without permission
   */
  @Transactional
  public SurveyView create(Actor actor, SurveyCommand command) {
    long communityId = requireAuthor(actor);
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
   * anonymity mode and one-answer-per-household are fixed once the survey is open; closed surveys
   * cannot change. Volunteers edit their own drafts only.
   */
  @Transactional
  public SurveyView update(Actor actor, long surveyId, SurveyCommand command) {
    long communityId = requireAuthor(actor);
    SurveyEntity s = find(surveyId);
    requireOwn(actor, s);
    if (SurveyStatus.CLOSED.name().equals(s.getStatus())
        || (!isStaff(actor) && !SurveyStatus.DRAFT.name().equals(s.getStatus()))) {
      throw new LinliException(ErrorCode.SURVEY_NOT_EDITABLE);
    }
    if (!SurveyStatus.DRAFT.name().equals(s.getStatus())
        && !command.anonymity().name().equals(s.getAnonymity())) {
      throw new LinliException(ErrorCode.SURVEY_ANONYMITY_LOCKED);
    }
    // Responses so far were counted per person or per household; switching would break the rule.
    if (!SurveyStatus.DRAFT.name().equals(s.getStatus())
        && perHousehold(s) != (command.audience() == SurveyAudience.HOUSEHOLDS)) {
      throw new LinliException(ErrorCode.SURVEY_AUDIENCE_LOCKED);
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

  /** One page of the current community's surveys (staff; a volunteer author sees their own). */
  @Transactional(readOnly = true)
  public PageView<SurveyView> list(Actor actor, SurveyStatus status, PageRequest request) {
    requireAuthor(actor);
    PageSlice<SurveyEntity> page =
        surveys.page(
            status == null ? null : status.name(),
            isStaff(actor) ? null : actor.userId(),
            request.page(),
            request.size());
    List<SurveyView> items = new ArrayList<>();
    for (SurveyEntity s : page.records()) {
      items.add(view(s, definition(s.getId(), s.getCurrentVersion())));
    }
    return new PageView<>(items, request.page(), request.size(), page.total());
  }

  /** One survey with its current questions (staff; a volunteer author their own). */
  @Transactional(readOnly = true)
  public SurveyView get(Actor actor, long surveyId) {
    requireAuthor(actor);
    SurveyEntity s = find(surveyId);
    requireOwn(actor, s);
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
   * How many residents (households, for HOUSEHOLDS surveys) are in the survey's audience now and
   * what share of them answered.
   *
   * @return eligible residents or households and the response rate in percent (one decimal), 0 when
   *     nobody is eligible
   */
  @Transactional(readOnly = true)
  public ResponseRate responseRate(Actor actor, long surveyId) {
    requireReader(actor);
    SurveyEntity s = find(surveyId);
    Map<Long, BoundResidentView> people = needsRegistry(s) ? people() : Map.of();
    List<Long> audience = audienceUsers(s, people);
    long eligible =
        perHousehold(s)
            ? audience.stream().map(u -> people.get(u).householdId()).distinct().count()
            : audience.size();
    return new ResponseRate(
        s.getResponseCount(), eligible, percent(s.getResponseCount(), eligible));
  }

  /** Responses so far, residents (or households) in the audience, and their ratio in percent. */
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
              Map<Long, BoundResidentView> people = needsRegistry(s) ? people() : Map.of();
              Set<Long> doneHouseholds =
                  perHousehold(s) ? participations.households(surveyId) : Set.of();
              return audienceUsers(s, people).stream()
                  .filter(id -> !answered.contains(id))
                  .filter(
                      id ->
                          !perHousehold(s)
                              || !doneHouseholds.contains(people.get(id).householdId()))
                  .toList();
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

  // ---------------------------------------------------------------- groups

  /**
   * Responses of one version per building, age band or residence kind, with the response rate per
   * building (staff, data admins, API tokens). Named surveys group by the registry now (age on the
   * day of the query); anonymous ones by the attributes captured at submit. Small groups of
   * anonymous surveys are suppressed ({@link GroupSuppression}).
   */
  @Transactional(readOnly = true)
  public SurveyGroupsView groups(Actor actor, long surveyId, GroupDimension by, Integer version) {
    requireReader(actor);
    SurveyEntity s = find(surveyId);
    int v = version == null ? s.getCurrentVersion() : version;
    definition(surveyId, v);
    int minimum = minimumGroupSize(s);
    Map<Long, BoundResidentView> people = people();
    Map<Long, String> buildingNames = registry.buildingNames();
    Partitions partitions = partitions(s, v, people, buildingNames, null, null, null);
    Map<String, Long> sizes = partitions.sizes().get(by);
    Set<String> hidden = partitions.hidden().get(by);

    Map<String, Long> eligible = new HashMap<>();
    Map<String, Long> answered = new LinkedHashMap<>();
    Set<String> hiddenAnswered = Set.of();
    if (by == GroupDimension.BUILDING) {
      sizes.keySet().forEach(k -> answered.put(k, 0L));
      boolean households = perHousehold(s);
      Map<Long, String> householdBuilding = new HashMap<>();
      people.values().stream()
          .filter(p -> p.householdId() != null)
          .forEach(p -> householdBuilding.putIfAbsent(p.householdId(), buildingKey(p)));
      List<Long> audience = audienceUsers(s, people);
      Set<Long> countedHouseholds = new HashSet<>();
      for (Long u : audience) {
        BoundResidentView p = people.get(u);
        if (!households || countedHouseholds.add(p.householdId())) {
          eligible.merge(buildingKey(p), 1L, Long::sum);
        }
      }
      if (households) {
        participations
            .households(surveyId)
            .forEach(
                h -> answered.merge(householdBuilding.getOrDefault(h, UNKNOWN), 1L, Long::sum));
      } else {
        participations
            .respondents(surveyId)
            .forEach(u -> answered.merge(buildingKey(people.get(u)), 1L, Long::sum));
      }
      hiddenAnswered = GroupSuppression.suppressed(answered, minimum);
    }
    List<SurveyGroupsView.Group> groups = new ArrayList<>();
    for (Map.Entry<String, Long> e : sizes.entrySet()) {
      String key = e.getKey();
      boolean building = by == GroupDimension.BUILDING;
      if (key.equals(UNKNOWN)
          && e.getValue() == 0
          && (!building
              || (answered.getOrDefault(key, 0L) == 0 && eligible.getOrDefault(key, 0L) == 0))) {
        continue;
      }
      Long shownAnswered = null;
      Double rate = null;
      Long eligibleHere = null;
      if (building) {
        eligibleHere = eligible.getOrDefault(key, 0L);
        if (!hiddenAnswered.contains(key)) {
          shownAnswered = answered.getOrDefault(key, 0L);
          rate = percent(shownAnswered, eligibleHere);
        }
      }
      groups.add(
          new SurveyGroupsView.Group(
              key,
              building && !key.equals(UNKNOWN) ? buildingNames.get(Long.valueOf(key)) : null,
              hidden.contains(key) ? null : e.getValue(),
              hidden.contains(key),
              eligibleHere,
              shownAnswered,
              rate));
    }
    return new SurveyGroupsView(surveyId, v, by, minimum, groups);
  }

  /**
   * Aggregated results of one group: exactly one of {@code building}, {@code ageBand} or {@code
   * residenceKind} (staff, data admins, API tokens). A suppressed group answers {@code
   * suppressed=true} without counts.
   *
   * @throws InvalidFieldsException {@code ONE_FILTER} unless exactly one is given, {@code
   *     UNKNOWN_BUILDING} for a building of no community of the caller
   */
  @Transactional(readOnly = true)
  public SurveyFilteredView filtered(
      Actor actor,
      long surveyId,
      Long building,
      AgeBand ageBand,
      String residenceKind,
      Integer version) {
    requireReader(actor);
    int given =
        (building == null ? 0 : 1) + (ageBand == null ? 0 : 1) + (residenceKind == null ? 0 : 1);
    if (given != 1) {
      throw new InvalidFieldsException(
          "building", "ONE_FILTER", "give exactly one of building, ageBand and residenceKind");
    }
    SurveyEntity s = find(surveyId);
    int v = version == null ? s.getCurrentVersion() : version;
    SurveyDefinition def = definition(surveyId, v);
    Map<Long, String> buildingNames = registry.buildingNames();
    GroupDimension by;
    String key;
    if (building != null) {
      if (!buildingNames.containsKey(building)) {
        throw new InvalidFieldsException("building", "UNKNOWN_BUILDING", "no such building");
      }
      by = GroupDimension.BUILDING;
      key = building.toString();
    } else if (ageBand != null) {
      by = GroupDimension.AGE_BAND;
      key = ageBand.name();
    } else {
      by = GroupDimension.RESIDENCE_KIND;
      key = residenceKind;
    }
    int minimum = minimumGroupSize(s);
    SurveyResultsCalculator calculator = new SurveyResultsCalculator(def);
    Partitions partitions = partitions(s, v, people(), buildingNames, by, key, calculator::add);
    Map<String, Long> sizes = partitions.sizes().get(by);
    if (partitions.hidden().get(by).contains(key)) {
      return new SurveyFilteredView(surveyId, v, by, key, minimum, true, null, List.of());
    }
    return new SurveyFilteredView(
        surveyId,
        v,
        by,
        key,
        minimum,
        false,
        sizes.getOrDefault(key, 0L),
        calculator.results().questions());
  }

  /**
   * Responses of one version in each partition.
   *
   * @param sizes per dimension, responses per group key: every key of the dimension (0 when empty),
   *     UNKNOWN last
   * @param hidden per dimension, the keys to withhold ({@link GroupSuppression#across})
   */
  private record Partitions(
      Map<GroupDimension, Map<String, Long>> sizes, Map<GroupDimension, Set<String>> hidden) {}

  /**
   * Splits the responses of one version by every dimension and decides what to withhold. When
   * {@code wantedKey} is set, the answers of that group of {@code wantedBy} go to {@code sink}.
   */
  private Partitions partitions(
      SurveyEntity s,
      int version,
      Map<Long, BoundResidentView> people,
      Map<Long, String> buildingNames,
      GroupDimension wantedBy,
      String wantedKey,
      Consumer<Map<String, Answer>> sink) {
    GroupDimension[] dims = GroupDimension.values();
    List<Map<String, Long>> sizes = new ArrayList<>();
    for (GroupDimension by : dims) {
      Map<String, Long> keys = new LinkedHashMap<>();
      switch (by) {
        case BUILDING -> buildingNames.keySet().forEach(id -> keys.put(id.toString(), 0L));
        case AGE_BAND -> Arrays.stream(AgeBand.values()).forEach(b -> keys.put(b.name(), 0L));
        case RESIDENCE_KIND -> RESIDENCE_KINDS.forEach(k -> keys.put(k, 0L));
      }
      sizes.add(keys);
    }
    List<String[]> responseKeys = new ArrayList<>();
    boolean anonymous = SurveyAnonymity.ANONYMOUS.name().equals(s.getAnonymity());
    LocalDate today = today();
    forEachRow(
        s.getId(),
        version,
        r -> {
          String[] keys = new String[dims.length];
          for (GroupDimension by : dims) {
            String key =
                anonymous
                    ? capturedKey(by, r)
                    : presentKey(by, people.get(r.getRespondentId()), today);
            keys[by.ordinal()] = key;
            sizes.get(by.ordinal()).merge(key, 1L, Long::sum);
          }
          responseKeys.add(keys);
          if (wantedKey != null && wantedKey.equals(keys[wantedBy.ordinal()])) {
            sink.accept(SurveyJson.answers(r.getAnswers()));
          }
        });
    for (Map<String, Long> keys : sizes) {
      // Keys no longer in the registry (a building removed since) were appended; UNKNOWN last.
      Long unknown = keys.remove(UNKNOWN);
      keys.put(UNKNOWN, unknown == null ? 0L : unknown);
    }
    List<Set<String>> hidden = GroupSuppression.across(sizes, responseKeys, minimumGroupSize(s));
    Map<GroupDimension, Map<String, Long>> sizesBy = new java.util.EnumMap<>(GroupDimension.class);
    Map<GroupDimension, Set<String>> hiddenBy = new java.util.EnumMap<>(GroupDimension.class);
    for (GroupDimension by : dims) {
      sizesBy.put(by, sizes.get(by.ordinal()));
      hiddenBy.put(by, hidden.get(by.ordinal()));
    }
    return new Partitions(sizesBy, hiddenBy);
  }

  private static String capturedKey(GroupDimension by, SurveyResponseEntity r) {
    Object value =
        switch (by) {
          case BUILDING -> r.getBuildingId();
          case AGE_BAND -> r.getAgeBand();
          case RESIDENCE_KIND -> r.getResidenceKind();
        };
    return value == null ? UNKNOWN : value.toString();
  }

  private static String presentKey(GroupDimension by, BoundResidentView p, LocalDate today) {
    if (p == null) {
      return UNKNOWN;
    }
    Object value =
        switch (by) {
          case BUILDING -> p.buildingId();
          case AGE_BAND -> AgeBand.of(p.birthDate(), today);
          case RESIDENCE_KIND -> p.residenceKind();
        };
    return value == null ? UNKNOWN : value.toString();
  }

  private static String buildingKey(BoundResidentView p) {
    return p == null || p.buildingId() == null ? UNKNOWN : p.buildingId().toString();
  }

  private static int minimumGroupSize(SurveyEntity s) {
    return SurveyAnonymity.ANONYMOUS.name().equals(s.getAnonymity()) ? MIN_GROUP_SIZE : 1;
  }

  // ---------------------------------------------------------------- respondents

  /** Open surveys the caller may answer and has not answered, newest first. */
  @Transactional(readOnly = true)
  public List<SurveySummaryView> waiting(Actor actor) {
    actor.requireCommunity();
    List<SurveyEntity> accepting = surveys.listOpen().stream().filter(this::accepting).toList();
    BoundResidentView me =
        accepting.stream().anyMatch(s -> audience(s).fromRegistry()) ? person(actor) : null;
    List<SurveyEntity> open = accepting.stream().filter(s -> eligible(actor, s, me)).toList();
    List<Long> ids = open.stream().map(SurveyEntity::getId).toList();
    Set<Long> answered = new HashSet<>(participations.answeredAmong(actor.userId(), ids));
    if (me != null && me.householdId() != null) {
      answered.addAll(
          participations.answeredByHouseholdAmong(
              me.householdId(),
              open.stream().filter(this::perHousehold).map(SurveyEntity::getId).toList()));
    }
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
    BoundResidentView me = requireEligible(actor, s);
    SurveyDraftEntity draft = drafts.find(surveyId, actor.userId());
    boolean answered = participations.exists(surveyId, actor.userId());
    return new SurveyFormView(
        s.getId(),
        s.getTitle(),
        s.getDescription(),
        SurveyAnonymity.valueOf(s.getAnonymity()),
        s.getCurrentVersion(),
        instant(s.getClosesAt()),
        accepting(s),
        answered,
        !answered && householdAnswered(s, me),
        definition(surveyId, s.getCurrentVersion()),
        draft == null ? null : SurveyJson.answers(draft.getAnswers()));
  }

  /**
   * Saves unfinished answers (checked like a submit, except for required questions).
   *
   * @throws LinliException {@code SURVEY_ALREADY_ANSWERED}, {@code SURVEY_HOUSEHOLD_ANSWERED} or
   *     {@code SURVEY_NOT_ACCEPTING}
   */
  @Transactional
  public Map<String, Answer> saveDraft(Actor actor, long surveyId, Map<String, Answer> answers) {
    SurveyEntity s = findPublished(surveyId);
    BoundResidentView me = requireEligible(actor, s);
    if (!accepting(s)) {
      throw new LinliException(ErrorCode.SURVEY_NOT_ACCEPTING);
    }
    if (participations.exists(surveyId, actor.userId())) {
      throw new LinliException(ErrorCode.SURVEY_ALREADY_ANSWERED);
    }
    if (householdAnswered(s, me)) {
      throw new LinliException(ErrorCode.SURVEY_HOUSEHOLD_ANSWERED);
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
   * @throws LinliException {@code SURVEY_ALREADY_ANSWERED}, {@code SURVEY_HOUSEHOLD_ANSWERED}
   *     (another member answered for the household, also when both submit at once), {@code
   *     SURVEY_NOT_ACCEPTING}
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
    BoundResidentView me = requireEligible(actor, s);
    if (!accepting(s)) {
      throw new LinliException(ErrorCode.SURVEY_NOT_ACCEPTING);
    }
    Long household = perHousehold(s) ? me.householdId() : null;
    if (household != null
        && Boolean.TRUE.equals(
            transactions.execute(
                status -> participations.householdAnswered(surveyId, household)))) {
      throw new LinliException(answeredConflict(surveyId, actor));
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
            p.setHouseholdId(household);
            participations.insert(p);
            SurveyResponseEntity r = new SurveyResponseEntity();
            r.setId(UUID.randomUUID().toString());
            r.setCommunityId(s.getCommunityId());
            r.setSurveyId(surveyId);
            r.setVersionNo(version);
            r.setRespondentId(
                SurveyAnonymity.NAMED.name().equals(s.getAnonymity()) ? actor.userId() : null);
            r.setAnswers(SurveyJson.write(clean));
            if (SurveyAnonymity.ANONYMOUS.name().equals(s.getAnonymity())) {
              captureGroups(r, me);
            }
            responses.insert(r);
            drafts.deleteOf(surveyId, actor.userId());
            if (locked.getQuota() != null && locked.getResponseCount() >= locked.getQuota()) {
              locked.setStatus(SurveyStatus.CLOSED.name());
              surveys.updateById(locked);
            }
          });
    } catch (DuplicateKeyException e) {
      // The person's or the household's unique key: a concurrent submit got there first.
      throw new LinliException(
          household == null
              ? ErrorCode.SURVEY_ALREADY_ANSWERED
              : answeredConflict(surveyId, actor));
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

  private static boolean isStaff(Actor actor) {
    return actor.platformAdmin() || actor.has(CommunityRole.STAFF);
  }

  /**
   * Staff, or a volunteer a staff member allowed to build surveys.
   *
   * @return the current community
   * @throws ForbiddenException {@code SURVEY_AUTHOR_NOT_GRANTED} for a volunteer without the
   *     permission, {@code FORBIDDEN} for anyone else
   */
  private long requireAuthor(Actor actor) {
    long communityId = actor.requireCommunity();
    if (isStaff(actor)) {
      return communityId;
    }
    if (!actor.has(CommunityRole.VOLUNTEER)) {
      throw new ForbiddenException();
    }
    if (!authors.granted(actor.userId())) {
      throw new ForbiddenException(ErrorCode.SURVEY_AUTHOR_NOT_GRANTED);
    }
    return communityId;
  }

  /** Volunteer authors reach only the surveys they created. */
  private static void requireOwn(Actor actor, SurveyEntity s) {
    if (!isStaff(actor) && !Long.valueOf(actor.userId()).equals(s.getCreatedBy())) {
      throw new ForbiddenException();
    }
  }

  private void requireReader(Actor actor) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
  }

  private void validate(SurveyCommand command) {
    SurveyDefinitionValidator.validate(command.definition());
    List<FieldViolation> v = new ArrayList<>();
    if (command.opensAt() != null
        && command.closesAt() != null
        && !command.closesAt().isAfter(command.opensAt())) {
      v.add(new FieldViolation("closesAt", "OUT_OF_RANGE", "closesAt must be after opensAt"));
    }
    boolean places = !command.buildingIds().isEmpty() || !command.unitIds().isEmpty();
    if (command.audience() == SurveyAudience.BUILDINGS && !places) {
      v.add(new FieldViolation("buildingIds", "REQUIRED", "choose buildings or units"));
    } else if (!command.audience().fromRegistry() && places) {
      v.add(
          new FieldViolation(
              "buildingIds", "PLACES_NOT_ALLOWED", "places apply to registry audiences only"));
    }
    if (!registry.buildingNames().keySet().containsAll(command.buildingIds())) {
      v.add(new FieldViolation("buildingIds", "UNKNOWN_BUILDING", "a building does not exist"));
    }
    if (!registry.unitIds().containsAll(command.unitIds())) {
      v.add(new FieldViolation("unitIds", "UNKNOWN_UNIT", "a unit does not exist"));
    }
    if (!v.isEmpty()) {
      throw new SurveyInvalidException(ErrorCode.SURVEY_DEFINITION_INVALID, v);
    }
  }

  private void apply(SurveyEntity s, SurveyCommand command) {
    s.setTitle(command.title().strip());
    s.setDescription(command.description() == null ? null : command.description().strip());
    s.setAudience(command.audience().name());
    s.setBuildingIds(join(command.buildingIds()));
    s.setUnitIds(join(command.unitIds()));
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

  /**
   * Whether the actor may answer the survey.
   *
   * @param me the resident bound to the actor; looked up by the caller for registry audiences
   */
  private boolean eligible(Actor actor, SurveyEntity s, BoundResidentView me) {
    if (!actor.has(CommunityRole.RESIDENT)
        || registry.withoutRestricted(List.of(actor.userId())).isEmpty()) {
      return false; // restricted processing: left out of every survey
    }
    SurveyAudience audience = audience(s);
    if (audience == SurveyAudience.VERIFIED) {
      return communities.memberships(actor.userId()).stream()
          .filter(m -> m.communityId() == s.getCommunityId())
          .anyMatch(MembershipView::verified);
    }
    if (audience.fromRegistry()) {
      return SurveyAudiencePolicy.admits(
          audience, ids(s.getBuildingIds()), ids(s.getUnitIds()), me);
    }
    return true;
  }

  /**
   * Requires the actor to be in the audience.
   *
   * @return the resident bound to the actor when the survey needs one (registry audiences, and
   *     anonymous surveys for their groups), else null
   */
  private BoundResidentView requireEligible(Actor actor, SurveyEntity s) {
    BoundResidentView me =
        audience(s).fromRegistry() || SurveyAnonymity.ANONYMOUS.name().equals(s.getAnonymity())
            ? person(actor)
            : null;
    if (!eligible(actor, s, me)) {
      throw new ForbiddenException(ErrorCode.SURVEY_NOT_ELIGIBLE);
    }
    return me;
  }

  private BoundResidentView person(Actor actor) {
    return registry.boundResident(actor.userId()).orElse(null);
  }

  /** Residents bound to a user in the current community, by user id. */
  private Map<Long, BoundResidentView> people() {
    Map<Long, BoundResidentView> people = new HashMap<>();
    registry.boundResidents().forEach(p -> people.put(p.userId(), p));
    return people;
  }

  private static SurveyAudience audience(SurveyEntity s) {
    return SurveyAudience.valueOf(s.getAudience());
  }

  private boolean perHousehold(SurveyEntity s) {
    return audience(s) == SurveyAudience.HOUSEHOLDS;
  }

  private static boolean needsRegistry(SurveyEntity s) {
    return audience(s).fromRegistry();
  }

  /**
   * User ids in the survey's audience now: residents of the community, verified ones, or those the
   * registry admits.
   *
   * @param people {@link #people()} for registry audiences
   */
  private List<Long> audienceUsers(SurveyEntity s, Map<Long, BoundResidentView> people) {
    SurveyAudience audience = audience(s);
    // Residents whose registry record has restricted processing are left out of every audience.
    if (!audience.fromRegistry()) {
      return registry.withoutRestricted(
          communities.residents(s.getCommunityId(), audience == SurveyAudience.VERIFIED));
    }
    Set<Long> buildingIds = ids(s.getBuildingIds());
    Set<Long> unitIds = ids(s.getUnitIds());
    return registry.withoutRestricted(
        communities.residents(s.getCommunityId(), false).stream()
            .filter(u -> SurveyAudiencePolicy.admits(audience, buildingIds, unitIds, people.get(u)))
            .toList());
  }

  /** Whether a HOUSEHOLDS survey was answered for {@code me}'s household. */
  private boolean householdAnswered(SurveyEntity s, BoundResidentView me) {
    return perHousehold(s)
        && me != null
        && me.householdId() != null
        && participations.householdAnswered(s.getId(), me.householdId());
  }

  /** Whether the caller or another member of the household answered a HOUSEHOLDS survey. */
  private ErrorCode answeredConflict(long surveyId, Actor actor) {
    Boolean self = transactions.execute(status -> participations.exists(surveyId, actor.userId()));
    return Boolean.TRUE.equals(self)
        ? ErrorCode.SURVEY_ALREADY_ANSWERED
        : ErrorCode.SURVEY_HOUSEHOLD_ANSWERED;
  }

  /**
   * Puts the coarse group attributes of an anonymous response on it: the building (not unit, room
   * or household), the age band on the day of the response (not the birth date) and the residence
   * kind; null for respondents the registry does not know.
   *
   * <p>Is this joinable? The response still has no user, resident, sequential id or time, and the
   * participation record has no attribute, so nothing links the two rows directly. Someone who can
   * read the database could, however, compute each participant's (building, band, kind) from the
   * registry and match a combination that only one participant has to its response. The attributes
   * are kept coarse to make such unique combinations rare, and the API never shows them as
   * combinations: results are grouped by one attribute at a time, and groups of anonymous surveys
   * below {@link #MIN_GROUP_SIZE} responses are suppressed together with enough further groups that
   * neither the total nor a shown group of another attribute can give them away ({@link
   * GroupSuppression}). Reading raw tables is an operator's access, which the deployment restricts
   * and audits; it is the residual risk this trade-off accepts for grouped results. Named surveys
   * store no attributes: they are computed from the registry when results are read.
   */
  private void captureGroups(SurveyResponseEntity r, BoundResidentView me) {
    if (me == null) {
      return;
    }
    r.setBuildingId(me.buildingId());
    AgeBand band = AgeBand.of(me.birthDate(), today());
    r.setAgeBand(band == null ? null : band.name());
    r.setResidenceKind(me.residenceKind());
  }

  /** Today in China, where the communities are. */
  private LocalDate today() {
    return LocalDate.now(clock.withZone(CHINA));
  }

  private static double percent(long part, long whole) {
    return whole == 0
        ? 0
        : java.math.BigDecimal.valueOf(part * 100.0 / whole)
            .setScale(1, java.math.RoundingMode.HALF_UP)
            .doubleValue();
  }

  private static Set<Long> ids(String csv) {
    if (csv == null || csv.isEmpty()) {
      return Set.of();
    }
    Set<Long> ids = new HashSet<>();
    Arrays.stream(csv.split(",")).map(Long::valueOf).forEach(ids::add);
    return ids;
  }

  private static List<Long> idList(String csv) {
    return csv == null || csv.isEmpty()
        ? List.of()
        : Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
  }

  private static String join(List<Long> ids) {
    return ids.isEmpty()
        ? null
        : String.join(",", ids.stream().distinct().map(String::valueOf).toList());
  }

  private static SurveyView view(SurveyEntity s, SurveyDefinition definition) {
    return new SurveyView(
        s.getId(),
        s.getTitle(),
        s.getDescription(),
        SurveyStatus.valueOf(s.getStatus()),
        SurveyAnonymity.valueOf(s.getAnonymity()),
        SurveyAudience.valueOf(s.getAudience()),
        idList(s.getBuildingIds()),
        idList(s.getUnitIds()),
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
