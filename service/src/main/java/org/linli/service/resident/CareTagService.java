package org.linli.service.resident;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.persistence.resident.CareTagEntity;
import org.linli.persistence.resident.CareTagMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.ErrorCode;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.LinliException;
import org.linli.service.common.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care tags (关爱标签) of the current community: staff and data admins keep the list, and a
 * resident's tags must come from it. A community's list is seeded the first time it is needed with
 * {@link #DEFAULTS} and the tags its residents already carry (tags were free text before).
 * Residents keep tag names, so a rename rewrites them and a retired tag stays where it was given.
 */
@Service
public class CareTagService {

  /** The list a community starts with. */
  static final List<String> DEFAULTS =
      List.of("独居老人", "空巢老人", "高龄老人", "残疾人", "低保", "特困供养", "重点关注", "退役军人", "志愿者");

  private final CareTagMapper tags;
  private final AuditService audit;

  public CareTagService(CareTagMapper tags, AuditService audit) {
    this.tags = tags;
    this.audit = audit;
  }

  /** The community's tags, retired ones only when asked (staff, data admins). */
  @Transactional
  public List<CareTagView> list(Actor actor, boolean includeRetired) {
    requireStaff(actor);
    return seeded(actor.requireCommunity()).stream()
        .filter(t -> includeRetired || !Boolean.TRUE.equals(t.getRetired()))
        .map(CareTagService::view)
        .toList();
  }

  /**
   * Adds a tag.
   *
   * @throws LinliException {@code REGISTRY_DUPLICATE} when the community has a tag of that name
   */
  @Transactional
  public CareTagView create(Actor actor, String name) {
    long communityId = requireStaff(actor);
    seeded(communityId);
    CareTagEntity t = new CareTagEntity();
    t.setCommunityId(communityId);
    t.setName(name.strip());
    t.setRetired(false);
    try {
      tags.insert(t);
    } catch (DuplicateKeyException e) {
      throw new LinliException(ErrorCode.REGISTRY_DUPLICATE);
    }
    record(actor, communityId, "CARE_TAG_CREATED", t.getId(), t.getName());
    return view(tags.selectById(t.getId()));
  }

  /**
   * Renames and/or retires (or brings back) a tag; a rename also changes it on every resident who
   * carries it.
   *
   * @param name the new name, or {@code null} to keep it
   * @param retired the new state, or {@code null} to keep it
   * @throws NotFoundException {@code REGISTRY_NOT_FOUND} when the tag is not the community's
   * @throws LinliException {@code REGISTRY_DUPLICATE} when another tag has the new name; {@code
   *     CONCURRENT_UPDATE} when the tag changed since {@code version} was read
   */
  @Transactional
  public CareTagView update(Actor actor, long tagId, int version, String name, Boolean retired) {
    long communityId = requireStaff(actor);
    CareTagEntity t = tags.selectById(tagId);
    if (t == null) {
      throw new NotFoundException(ErrorCode.REGISTRY_NOT_FOUND);
    }
    if (t.getVersion() == null || t.getVersion() != version) {
      throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
    }
    List<String> changes = new ArrayList<>();
    String oldName = t.getName();
    String newName = name == null ? oldName : name.strip();
    if (!newName.equals(oldName)) {
      t.setName(newName);
      changes.add("renamed " + oldName + " -> " + newName);
    }
    if (retired != null && retired != Boolean.TRUE.equals(t.getRetired())) {
      t.setRetired(retired);
      changes.add(retired ? "retired" : "brought back");
    }
    if (changes.isEmpty()) {
      return view(t);
    }
    try {
      if (tags.updateById(t) != 1) {
        throw new LinliException(ErrorCode.CONCURRENT_UPDATE);
      }
    } catch (DuplicateKeyException e) {
      throw new LinliException(ErrorCode.REGISTRY_DUPLICATE);
    }
    if (!newName.equals(oldName)) {
      int residents = tags.renameInResidents(oldName, newName);
      changes.add(residents + " residents");
    }
    record(actor, communityId, "CARE_TAG_CHANGED", tagId, String.join(", ", changes));
    return view(tags.selectById(tagId));
  }

  /** Names of the community's tags that may be given (not retired), seeding the list if needed. */
  @Transactional
  public Set<String> activeNames(long communityId) {
    return seeded(communityId).stream()
        .filter(t -> !Boolean.TRUE.equals(t.getRetired()))
        .map(CareTagEntity::getName)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The given tags, stripped and without repeats, when each is a tag of the community that may be
   * given or one the resident already carries ({@code held}, so a retired tag may stay).
   *
   * @return the names, or an empty list
   * @throws InvalidFieldsException {@code CARE_TAG_UNKNOWN} (422) on field {@code tags} otherwise
   */
  @Transactional
  public List<String> requireKnown(long communityId, Collection<String> given, Set<String> held) {
    if (given == null || given.isEmpty()) {
      return List.of();
    }
    Set<String> active = activeNames(communityId);
    List<String> clean =
        given.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    List<InvalidFieldsException.Violation> unknown = new ArrayList<>();
    for (String tag : clean) {
      if (!active.contains(tag) && !held.contains(tag)) {
        unknown.add(
            new InvalidFieldsException.Violation(
                "tags", "CARE_TAG_UNKNOWN", "not a care tag of this community: " + tag));
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidFieldsException(ErrorCode.CARE_TAG_UNKNOWN, unknown);
    }
    return clean;
  }

  private List<CareTagEntity> seeded(long communityId) {
    if (tags.countAll() == 0) {
      Set<String> names = new LinkedHashSet<>(DEFAULTS);
      for (String list : tags.residentTagLists()) {
        for (String tag : list.split(",")) {
          if (!tag.isBlank() && tag.strip().length() <= 16) {
            names.add(tag.strip());
          }
        }
      }
      names.forEach(n -> tags.insertIfAbsent(communityId, n));
    }
    return tags.listAll();
  }

  private static long requireStaff(Actor actor) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
    return actor.requireCommunity();
  }

  private void record(Actor actor, long communityId, String action, Long tagId, String detail) {
    audit.record(AuditEvent.by(actor, communityId, action, "CARE_TAG", tagId, detail));
  }

  private static CareTagView view(CareTagEntity t) {
    return new CareTagView(
        t.getId(),
        t.getName(),
        Boolean.TRUE.equals(t.getRetired()),
        t.getVersion() == null ? 0 : t.getVersion());
  }
}
