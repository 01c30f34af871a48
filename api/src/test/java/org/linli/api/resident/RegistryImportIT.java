package org.linli.api.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import tools.jackson.databind.JsonNode;

/** Importing the community's resident spreadsheets: dry run, commit, and hostile files. */
class RegistryImportIT {

  private static final ApiClient API = LinliInstance.shared().client();
  private static final Sessions SESSIONS = new Sessions(API);
  private static final String HEADER = "姓名,身份证号,手机号,楼栋,单元,房号,与户主关系,居住类型,标签\r\n";
  private static long community;
  private static ApiClient staff;

  @BeforeAll
  static void places() {
    community = SESSIONS.newCommunity("导入社区");
    String name = Sessions.unique("import-staff");
    SESSIONS.grant(name, community, "STAFF");
    staff = SESSIONS.as(name);
    long building =
        staff.post("/api/v1/registry/buildings", Map.of("name", "5号楼")).json().get("id").asLong();
    long unit =
        staff
            .post("/api/v1/registry/buildings/" + building + "/units", Map.of("name", "2单元"))
            .json()
            .get("id")
            .asLong();
    for (int room = 101; room <= 120; room++) {
      staff.post(
          "/api/v1/registry/units/" + unit + "/rooms",
          Map.of("number", Integer.toString(room), "areaCentiM2", 7500, "areaSource", "CONTRACT"));
    }
  }

  private static ApiClient.Response upload(String filename, byte[] content, boolean dryRun) {
    return staff.upload("/api/v1/registry/imports?dryRun=" + dryRun, filename, content, Map.of());
  }

  private static long count(String idNumber) {
    return staff
        .post("/api/v1/registry/residents/search", Map.of("idNumber", idNumber))
        .json()
        .get("total")
        .asLong();
  }

  @Test
  void dryRun_reportsEveryProblemByRow_andWritesNothing_thenCommitImportsTheValidRows() {
    String a = RegistryIT.idNumber(LocalDate.of(1948, 4, 4), 501);
    String b = RegistryIT.idNumber(LocalDate.of(1975, 6, 6), 502);
    String badChecksum = RegistryIT.idNumber(LocalDate.of(1960, 1, 1), 503);
    badChecksum = badChecksum.substring(0, 17) + (badChecksum.charAt(17) == '1' ? '2' : '1');
    String csv =
        HEADER
            + "张阿姨,"
            + a
            + ",13800000001,5号楼,2单元,101,户主,业主,独居老人、低保\r\n"
            + "李叔叔,"
            + b
            + ",138-0000-0002,5号楼,2单元,101,配偶,业主,\r\n"
            + "王五,"
            + badChecksum
            + ",13800000003,5号楼,2单元,102,户主,租户,\r\n"
            + "赵六,,12345,9号楼,1单元,101,户主,业主,\r\n"
            + "\"钱七, 重复\","
            + a
            + ",,5号楼,2单元,103,户主,业主,\r\n";
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);

    ApiClient.Response dry = upload("居民.csv", file, true);

    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    JsonNode report = dry.json();
    assertThat(report.get("dryRun").asBoolean()).isTrue();
    assertThat(report.get("rows").asInt()).isEqualTo(5);
    assertThat(report.get("valid").asInt()).isEqualTo(2);
    assertThat(report.get("invalid").asInt()).isEqualTo(3);
    assertThat(report.get("imported").asInt()).isZero();
    String problems = report.get("problems").toString();
    assertThat(problems)
        .contains("{\"code\":\"ID_NUMBER_CHECKSUM\",\"field\":\"idNumber\"")
        .contains("\"row\":4")
        .contains("PHONE_INVALID", "UNKNOWN_ROOM", "DUPLICATE_IN_FILE");
    assertThat(dry.body()).doesNotContain(badChecksum, "12345\"");
    assertThat(count(a)).isZero();

    ApiClient.Response commit = upload("居民.csv", file, false);
    assertThat(commit.json().get("imported").asInt()).isEqualTo(2);
    assertThat(count(a)).isEqualTo(1);
    assertThat(count(b)).isEqualTo(1);
    JsonNode imported =
        staff
            .post("/api/v1/registry/residents/search", Map.of("idNumber", a))
            .json()
            .get("items")
            .get(0);
    assertThat(imported.get("name").asString()).isEqualTo("张**");
    assertThat(imported.get("tags").toString()).contains("独居老人", "低保");

    // Importing again finds them already registered.
    JsonNode again = upload("居民.csv", file, true).json();
    assertThat(again.get("problems").toString()).contains("ALREADY_REGISTERED");
  }

  @Test
  void tenThousandRows_areCheckedAndImported() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 10_000; i++) {
      String id =
          RegistryIT.idNumber(LocalDate.of(1940 + i % 60, 1 + i % 12, 1 + i % 28), i % 1000);
      // Make each ID unique through the region digits of the sequence block.
      id =
          RegistryIT.idNumber(
              LocalDate.of(1940 + (i / 1000), 1 + i % 12, 1 + (i / 12) % 28), i % 1000);
      csv.append("居民")
          .append(i)
          .append(',')
          .append(id)
          .append(",,5号楼,2单元,")
          .append(101 + i % 20)
          .append(",其他,家属,\r\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    JsonNode dry = upload("big.csv", file, true).json();
    assertThat(dry.get("rows").asInt()).isEqualTo(10_000);
    int valid = dry.get("valid").asInt();
    assertThat(valid).isGreaterThan(9_000);
    JsonNode commit = upload("big.csv", file, false).json();
    assertThat(commit.get("imported").asInt()).isEqualTo(valid);
  }

  @Test
  void hostileOrWrongFiles_areRefusedWithAClearProblem() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    Worksheet ws = wb.newWorksheet("居民");
    ws.value(0, 0, "姓名");
    ws.value(1, 0, "张三");
    ws.formula(2, 0, "HYPERLINK(\"http://example.org\",\"x\")");
    wb.finish();
    ApiClient.Response formula = upload("evil.xlsx", out.toByteArray(), true);
    assertThat(formula.status()).isEqualTo(400);
    assertThat(formula.json().get("errors").toString()).contains("FORMULA_NOT_ALLOWED");

    byte[] xls = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
    };
    ApiClient.Response old = upload("old.xls", xls, true);
    assertThat(old.status()).isEqualTo(400);
    assertThat(old.json().get("errors").toString()).contains("FILE_TYPE_UNSUPPORTED");

    ApiClient resident = SESSIONS.as(Sessions.unique("importer"));
    resident.post("/api/v1/communities/" + community + "/join", null);
    assertThat(
            resident
                .upload(
                    "/api/v1/registry/imports",
                    "x.csv",
                    HEADER.getBytes(StandardCharsets.UTF_8),
                    Map.of())
                .status())
        .isEqualTo(403);
  }
}
