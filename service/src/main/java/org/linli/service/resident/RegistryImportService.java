package org.linli.service.resident;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linli.persistence.common.crypto.BlindIndex;
import org.linli.persistence.resident.HouseholdEntity;
import org.linli.persistence.resident.HouseholdMapper;
import org.linli.persistence.resident.ResidentEntity;
import org.linli.persistence.resident.ResidentMapper;
import org.linli.service.audit.AuditEvent;
import org.linli.service.audit.AuditService;
import org.linli.service.common.Actor;
import org.linli.service.common.CommunityRole;
import org.linli.service.common.InvalidFieldsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the community's existing resident spreadsheets (xlsx/csv). A dry run reports every
 * problem per row and writes nothing; a real import first checks the whole file the same way, then
 * writes every valid row in one transaction (or nothing). The upload is spooled to a temporary file
 * so memory stays bounded.
 */
@Service
public class RegistryImportService {

  static final int MAX_PROBLEMS = 1000;

  /** Field name to default header. */
  static final Map<String, String> DEFAULT_HEADERS = new LinkedHashMap<>();

  static {
    DEFAULT_HEADERS.put("name", "姓名");
    DEFAULT_HEADERS.put("idNumber", "身份证号");
    DEFAULT_HEADERS.put("phone", "手机号");
    DEFAULT_HEADERS.put("gender", "性别");
    DEFAULT_HEADERS.put("birthDate", "出生日期");
    DEFAULT_HEADERS.put("building", "楼栋");
    DEFAULT_HEADERS.put("unit", "单元");
    DEFAULT_HEADERS.put("room", "房号");
    DEFAULT_HEADERS.put("relation", "与户主关系");
    DEFAULT_HEADERS.put("residenceKind", "居住类型");
    DEFAULT_HEADERS.put("moveInDate", "入住日期");
    DEFAULT_HEADERS.put("tags", "标签");
  }

  private static final Map<String, String> RELATIONS =
      Map.of(
          "户主",
          "HEAD",
          "本人",
          "HEAD",
          "配偶",
          "SPOUSE",
          "子女",
          "CHILD",
          "父母",
          "PARENT",
          "孙子女",
          "GRANDCHILD",
          "祖父母",
          "GRANDPARENT",
          "兄弟姐妹",
          "SIBLING",
          "其他",
          "OTHER");
  private static final Map<String, String> KINDS =
      Map.of("业主", "OWNER", "租户", "TENANT", "家属", "FAMILY_MEMBER", "其他", "OTHER");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RegistryPlaces registryPlaces;
  private final HouseholdMapper households;
  private final ResidentMapper residents;
  private final RegistryEncryption encryption;
  private final AuditService audit;
  private final CareTagService careTags;
  private final TransactionTemplate transactions;
  private final java.time.Clock clock;

  public RegistryImportService(
      RegistryPlaces registryPlaces,
      HouseholdMapper households,
      ResidentMapper residents,
      RegistryEncryption encryption,
      AuditService audit,
      CareTagService careTags,
      TransactionTemplate transactions,
      java.time.Clock clock) {
    this.registryPlaces = registryPlaces;
    this.households = households;
    this.residents = residents;
    this.encryption = encryption;
    this.audit = audit;
    this.careTags = careTags;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Checks, and unless {@code dryRun} imports, a spreadsheet.
   *
   * @param mappingJson optional JSON object renaming headers (field name to header text)
   * @throws SheetRejectedException when the file itself is refused (type, size, formulas, ...)
   */
  public ImportReport importSheet(
      Actor actor, InputStream upload, String filename, String mappingJson, boolean dryRun) {
    actor.requireAny(CommunityRole.STAFF, CommunityRole.DATA_ADMIN);
    long communityId = actor.requireCommunity();
    BlindIndex index = encryption.require();
    Map<String, String> headers = headers(mappingJson);
    Path spool = spool(upload);
    try {
      SheetFormat format = detect(spool, filename);
      Places places = transactions.execute(status -> loadPlaces());
      Set<String> knownIds =
          new HashSet<>(transactions.execute(status -> residents.idNumberIndexes()));
      Set<String> tagNames = transactions.execute(status -> careTags.activeNames(communityId));
      List<ImportReport.Problem> problems = new ArrayList<>();
      List<Candidate> valid = new ArrayList<>();
      int[] rows = {0};
      int[] invalid = {0};
      Set<String> seenInFile = new HashSet<>();
      LocalDate today = LocalDate.now(clock);
      read(
          spool,
          format,
          row -> {
            rows[0]++;
            List<ImportReport.Problem> found = new ArrayList<>();
            Candidate c = check(row, headers, places, tagNames, index, today, found);
            if (c != null && c.idBidx() != null) {
              if (!seenInFile.add(c.idBidx())) {
                found.add(problem(row.rowNumber(), "idNumber", "DUPLICATE_IN_FILE"));
              } else if (knownIds.contains(c.idBidx())) {
                found.add(problem(row.rowNumber(), "idNumber", "ALREADY_REGISTERED"));
              }
            }
            if (found.isEmpty()) {
              if (!dryRun) {
                valid.add(c);
              }
            } else {
              invalid[0]++;
              for (ImportReport.Problem p : found) {
                if (problems.size() < MAX_PROBLEMS) {
                  problems.add(p);
                }
              }
            }
          });
      int validCount = rows[0] - invalid[0];
      int imported = 0;
      if (!dryRun && !valid.isEmpty()) {
        imported = transactions.execute(status -> write(valid, communityId, places));
      }
      int importedRows = imported;
      transactions.executeWithoutResult(
          status ->
              audit.record(
                  AuditEvent.by(
                      actor,
                      communityId,
                      dryRun ? "RESIDENTS_IMPORT_CHECKED" : "RESIDENTS_IMPORTED",
                      "REGISTRY",
                      null,
                      "rows " + rows[0] + ", valid " + validCount + ", imported " + importedRows)));
      return new ImportReport(dryRun, rows[0], validCount, invalid[0], imported, problems);
    } finally {
      try {
        Files.deleteIfExists(spool);
      } catch (IOException ignored) {
        // A leftover temporary file is harmless.
      }
    }
  }

  private int write(List<Candidate> candidates, long communityId, Places places) {
    Map<Long, Long> householdOfRoom = new HashMap<>();
    List<ResidentEntity> pending = new ArrayList<>();
    int written = 0;
    for (Candidate c : candidates) {
      Long householdId = null;
      if (c.roomId() != null) {
        householdId =
            householdOfRoom.computeIfAbsent(
                c.roomId(),
                roomId -> {
                  List<Long> existing = households.idsInRooms(List.of(roomId));
                  if (!existing.isEmpty()) {
                    return existing.get(0);
                  }
                  HouseholdEntity h = new HouseholdEntity();
                  h.setCommunityId(communityId);
                  h.setRoomId(roomId);
                  households.insert(h);
                  return h.getId();
                });
      }
      ResidentEntity r = new ResidentEntity();
      r.setCommunityId(communityId);
      r.setHouseholdId(householdId);
      r.setName(c.name());
      r.setGender(c.gender() == null ? null : c.gender().name());
      r.setBirthDate(c.birthDate());
      r.setIdNumber(c.idNumber());
      r.setIdNumberBidx(c.idBidx());
      r.setIdNumberMasked(c.idNumber() == null ? null : Masking.idNumber(c.idNumber()));
      r.setPhone(c.phone());
      r.setPhoneBidx(c.phoneBidx());
      r.setPhoneMasked(c.phone() == null ? null : Masking.phone(c.phone()));
      r.setRelation(c.relation());
      r.setResidenceKind(c.kind());
      r.setMoveInDate(c.moveIn());
      r.setTags(c.tags());
      pending.add(r);
      if (pending.size() == 500) {
        residents.insertAll(pending);
        written += pending.size();
        pending.clear();
      }
    }
    if (!pending.isEmpty()) {
      residents.insertAll(pending);
      written += pending.size();
    }
    return written;
  }

  private Candidate check(
      SheetRow row,
      Map<String, String> headers,
      Places places,
      Set<String> tagNames,
      BlindIndex index,
      LocalDate today,
      List<ImportReport.Problem> found) {
    int n = row.rowNumber();
    String name = cell(row, headers, "name");
    if (name == null) {
      found.add(problem(n, "name", "REQUIRED"));
    } else if (name.length() > 32) {
      found.add(problem(n, "name", "TOO_LONG"));
    }
    String idNumber = null;
    LocalDate birth = null;
    Gender gender = null;
    String rawId = cell(row, headers, "idNumber");
    if (rawId != null) {
      ChineseIdNumber.Result id = ChineseIdNumber.parse(rawId);
      if (id.valid()) {
        idNumber = id.normalized();
        birth = id.birthDate();
        gender = id.gender();
      } else {
        found.add(problem(n, "idNumber", "ID_NUMBER_" + id.problem()));
      }
    }
    String rawBirth = cell(row, headers, "birthDate");
    if (rawBirth != null) {
      LocalDate given = date(rawBirth);
      if (given == null) {
        found.add(problem(n, "birthDate", "INVALID_DATE"));
      } else if (birth != null && !birth.equals(given)) {
        found.add(problem(n, "birthDate", "BIRTH_DATE_MISMATCH"));
      } else if (birth == null) {
        birth = given;
      }
    }
    if (birth != null && ChineseIdNumber.isUnder14(birth, today)) {
      // Minors need a guardian link, which a spreadsheet row cannot carry: add them one by one.
      found.add(problem(n, "birthDate", "MINOR_NEEDS_GUARDIAN"));
    }
    String rawGender = cell(row, headers, "gender");
    if (rawGender != null && gender == null) {
      gender = rawGender.equals("男") ? Gender.MALE : rawGender.equals("女") ? Gender.FEMALE : null;
      if (gender == null) {
        found.add(problem(n, "gender", "INVALID"));
      }
    }
    String phone = null;
    String rawPhone = cell(row, headers, "phone");
    if (rawPhone != null) {
      Optional<String> p = PhoneNumber.normalizeMobile(rawPhone);
      if (p.isEmpty()) {
        found.add(problem(n, "phone", "PHONE_INVALID"));
      } else {
        phone = p.get();
      }
    }
    Long roomId = null;
    String building = cell(row, headers, "building");
    String unit = cell(row, headers, "unit");
    String room = cell(row, headers, "room");
    if (building != null || unit != null || room != null) {
      roomId = places.room(building, unit, room);
      if (roomId == null) {
        found.add(problem(n, "room", "UNKNOWN_ROOM"));
      }
    }
    String relation = mapped(cell(row, headers, "relation"), RELATIONS, "OTHER");
    if (relation == null) {
      found.add(problem(n, "relation", "INVALID"));
    }
    String kind = mapped(cell(row, headers, "residenceKind"), KINDS, "OTHER");
    if (kind == null) {
      found.add(problem(n, "residenceKind", "INVALID"));
    }
    LocalDate moveIn = null;
    String rawMoveIn = cell(row, headers, "moveInDate");
    if (rawMoveIn != null) {
      moveIn = date(rawMoveIn);
      if (moveIn == null) {
        found.add(problem(n, "moveInDate", "INVALID_DATE"));
      }
    }
    String tags = cell(row, headers, "tags");
    if (tags != null) {
      tags =
          String.join(
              ",",
              List.of(tags.split("[、;；,，\\s]+")).stream()
                  .filter(t -> !t.isBlank())
                  .distinct()
                  .toList());
      if (tags.length() > 255) {
        found.add(problem(n, "tags", "TOO_LONG"));
      }
      for (String tag : tags.split(",")) {
        if (!tag.isEmpty() && !tagNames.contains(tag)) {
          found.add(problem(n, "tags", "CARE_TAG_UNKNOWN"));
          break;
        }
      }
      tags = tags.isEmpty() ? null : tags;
    }
    if (!found.isEmpty()) {
      return null;
    }
    return new Candidate(
        name,
        gender,
        birth,
        idNumber,
        index.of(idNumber),
        phone,
        index.of(phone),
        relation,
        kind,
        moveIn,
        tags,
        roomId);
  }

  private record Candidate(
      String name,
      Gender gender,
      LocalDate birthDate,
      String idNumber,
      String idBidx,
      String phone,
      String phoneBidx,
      String relation,
      String kind,
      LocalDate moveIn,
      String tags,
      Long roomId) {}

  /** Buildings, units and rooms by name, loaded once per import. */
  private record Places(Map<String, Long> roomIds) {
    Long room(String building, String unit, String room) {
      return roomIds.get(key(building, unit, room));
    }

    static String key(String building, String unit, String room) {
      return String.valueOf(building) + "\u0000" + unit + "\u0000" + room;
    }
  }

  private Places loadPlaces() {
    Map<String, Long> roomIds = new HashMap<>();
    registryPlaces
        .byRoom()
        .values()
        .forEach(p -> roomIds.put(Places.key(p.building(), p.unit(), p.room()), p.roomId()));
    return new Places(roomIds);
  }

  private static String cell(SheetRow row, Map<String, String> headers, String field) {
    String v = row.valuesByHeader().get(headers.get(field));
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String mapped(String value, Map<String, String> labels, String fallback) {
    if (value == null) {
      return fallback;
    }
    if (labels.containsKey(value)) {
      return labels.get(value);
    }
    return labels.containsValue(value.toUpperCase(java.util.Locale.ROOT))
        ? value.toUpperCase(java.util.Locale.ROOT)
        : null;
  }

  private static LocalDate date(String value) {
    String v = value.strip().replace('/', '-').replace('.', '-');
    try {
      if (v.matches("\\d{8}")) {
        return LocalDate.parse(v, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      }
      String[] parts = v.split("-");
      if (parts.length == 3) {
        return LocalDate.of(
            Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      }
      return null;
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static ImportReport.Problem problem(int row, String field, String code) {
    return new ImportReport.Problem(row, field, code, null);
  }

  private static Map<String, String> headers(String mappingJson) {
    Map<String, String> headers = new LinkedHashMap<>(DEFAULT_HEADERS);
    if (mappingJson == null || mappingJson.isBlank()) {
      return headers;
    }
    Map<String, String> mapping;
    try {
      mapping = JSON.readValue(mappingJson, new TypeReference<Map<String, String>>() {});
    } catch (RuntimeException e) {
      throw new InvalidFieldsException(
          "mapping", "INVALID", "mapping must be a JSON object of strings");
    }
    for (Map.Entry<String, String> e : mapping.entrySet()) {
      if (!DEFAULT_HEADERS.containsKey(e.getKey())
          || e.getValue() == null
          || e.getValue().isBlank()) {
        throw new InvalidFieldsException(
            "mapping." + e.getKey(), "INVALID", "unknown field or blank header");
      }
      headers.put(e.getKey(), e.getValue().strip());
    }
    return headers;
  }

  private static Path spool(InputStream upload) {
    try {
      Path file = Files.createTempFile("linli-import-", ".upload");
      try (InputStream in = upload) {
        Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SheetFormat detect(Path file, String filename) {
    try (InputStream in = Files.newInputStream(file)) {
      return RegistrySheetReader.detect(in.readNBytes(4096), filename);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void read(
      Path file, SheetFormat format, java.util.function.Consumer<SheetRow> sink) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      RegistrySheetReader.read(in, format, Limits.standard(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
