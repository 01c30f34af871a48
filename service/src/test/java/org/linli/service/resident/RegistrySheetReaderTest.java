package org.linli.service.resident;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linli.service.common.InvalidFieldsException.Violation;
import org.linli.service.resident.SheetRejectedException.Reason;

class RegistrySheetReaderTest {

  private static final Limits STANDARD = Limits.standard();

  // ------------------------------------------------------------------ CSV

  @Test
  void csv_basics_trimmedValuesByTrimmedHeader_inColumnOrder_withSpreadsheetRowNumbers() {
    List<SheetRow> rows = readCsv(" 姓名 ,身份证号, 手机号 \n张三 , 11010519491231002X ,13812345678\n李四,,\n");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).rowNumber()).isEqualTo(2);
    assertThat(rows.get(0).valuesByHeader())
        .containsExactly(
            Map.entry("姓名", "张三"),
            Map.entry("身份证号", "11010519491231002X"),
            Map.entry("手机号", "13812345678"));
    assertThat(rows.get(1).rowNumber()).isEqualTo(3);
    assertThat(rows.get(1).valuesByHeader())
        .containsExactly(Map.entry("姓名", "李四"), Map.entry("身份证号", ""), Map.entry("手机号", ""));
    assertThat(rows.get(1).get("手机号")).isEmpty();
    assertThat(rows.get(1).get("no such column")).isEmpty();
  }

  @Test
  void csv_utf8Bom_isNotPartOfTheFirstHeader() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "楼栋,房号\r\n1号楼,101\r\n".getBytes(UTF_8);
    byte[] file = concat(bom, body);

    assertThat(RegistrySheetReader.detect(file, "居民.csv")).isEqualTo(SheetFormat.CSV);
    List<SheetRow> rows = read(file, SheetFormat.CSV, STANDARD);

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.valuesByHeader()).containsOnlyKeys("楼栋", "房号");
              assertThat(r.get("楼栋")).isEqualTo("1号楼");
            });
  }

  @Test
  void csv_quotedFields_withEscapedQuotes_commas_andLineBreaks_crlfAndLf() {
    String csv =
        "name,address,note\r\n"
            + "\"Wang, Fang\",\"Room 1\r\nBuilding 2\",\"she said \"\"hi\"\"\"\r\n"
            + "plain,\"multi\nline\",\"\"\n"
            + "last,x,\"trailing\"";

    List<SheetRow> rows = readCsv(csv);

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).valuesByHeader())
        .containsExactly(
            Map.entry("name", "Wang, Fang"),
            Map.entry("address", "Room 1\r\nBuilding 2"),
            Map.entry("note", "she said \"hi\""));
    assertThat(rows.get(1).get("address")).isEqualTo("multi\nline");
    assertThat(rows.get(1).get("note")).isEmpty();
    assertThat(rows.get(2).get("note")).isEqualTo("trailing");
    // a record spanning several lines is still one spreadsheet row
    assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 3, 4);
  }

  @Test
  void csv_isLenientLikeExcel_aboutStrayQuotes() {
    List<SheetRow> rows = readCsv("a,b\nsay \"hi\",\"x\"y\n");

    assertThat(rows.get(0).get("a")).isEqualTo("say \"hi\"");
    assertThat(rows.get(0).get("b")).isEqualTo("xy");
  }

  @Test
  void csv_blankRowsAreSkipped_andRowNumbersKeepCounting() {
    List<SheetRow> rows = readCsv("\n , \nh1,h2\n\n,\u3000\nv1,v2\n");

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(6);
              assertThat(r.valuesByHeader())
                  .containsExactly(Map.entry("h1", "v1"), Map.entry("h2", "v2"));
            });
  }

  @Test
  void csv_ideographicAndNoBreakSpaces_areTrimmed() {
    List<SheetRow> rows = readCsv("\u3000姓名\u00a0\n\u3000王五\u200b\n");

    assertThat(rows.get(0).get("姓名")).isEqualTo("王五");
  }

  @Test
  void csv_shortRowsArePadded_andTrailingEmptyHeaderCellsAreIgnored() {
    List<SheetRow> rows = readCsv("a,b,c,,\n1\n1,2,3,,\n");

    assertThat(rows.get(0).valuesByHeader())
        .containsExactly(Map.entry("a", "1"), Map.entry("b", ""), Map.entry("c", ""));
    assertThat(rows.get(1).valuesByHeader()).containsOnlyKeys("a", "b", "c");
  }

  @Test
  void csv_valueInAColumnWithoutHeader_isBadHeader_onThatRow() {
    assertRejected(() -> readCsv("a,b\n1,2,3\n"), Reason.BAD_HEADER, "file.row2");
  }

  @Test
  void csv_duplicateHeader_isBadHeader() {
    SheetRejectedException e =
        assertRejected(() -> readCsv("姓名,电话,姓名 \n1,2,3\n"), Reason.BAD_HEADER, "file.row1");
    assertThat(e.violations().get(0).message()).contains("A").contains("C").doesNotContain("姓名");
  }

  @Test
  void csv_blankHeaderCell_isBadHeader_onTheHeaderRow() {
    assertRejected(() -> readCsv("\n姓名,,电话\n1,2,3\n"), Reason.BAD_HEADER, "file.row2");
  }

  @Test
  void csv_headerOnly_yieldsNoRows() {
    assertThat(readCsv("a,b\n")).isEmpty();
  }

  @Test
  void csv_withNothingButBlankLines_isEmptyFile() {
    assertRejected(() -> readCsv("\uFEFF\r\n , \r\n"), Reason.EMPTY_FILE, "file");
  }

  @Test
  void emptyUpload_isEmptyFile() {
    assertRejected(
        () -> RegistrySheetReader.detect(new byte[0], "a.csv"), Reason.EMPTY_FILE, "file");
    assertRejected(() -> readCsv(""), Reason.EMPTY_FILE, "file");
  }

  @Test
  void csv_unclosedQuote_isMalformed_atTheRowWhereItOpens() {
    assertRejected(() -> readCsv("a,b\n1,2\n3,\"oops\n4,5\n"), Reason.FILE_MALFORMED, "file.row3");
  }

  @Test
  void csv_invalidUtf8_isEncodingUnsupported_bothInDetectionAndWhileReading() {
    byte[] gbk = {(byte) 0xD0, (byte) 0xD5, (byte) 0xC3, (byte) 0xFB, '\n', '1', '\n'}; // 姓名 in GBK
    assertRejected(
        () -> RegistrySheetReader.detect(gbk, "居民.csv"), Reason.ENCODING_UNSUPPORTED, "file");

    // past the detection window: found by the decoder while reading
    String valid = "a,b\n" + "x,y\n".repeat(5_000);
    byte[] late = concat(valid.getBytes(UTF_8), new byte[] {'z', ',', (byte) 0xFF, '\n'});
    assertThat(RegistrySheetReader.detect(head(late), "a.csv")).isEqualTo(SheetFormat.CSV);
    assertRejected(
        () -> read(late, SheetFormat.CSV, STANDARD), Reason.ENCODING_UNSUPPORTED, "file");

    // a sequence truncated by the end of the file
    byte[] truncated = concat("a\n".getBytes(UTF_8), new byte[] {(byte) 0xE5, (byte) 0xA7});
    assertRejected(
        () -> read(truncated, SheetFormat.CSV, STANDARD), Reason.ENCODING_UNSUPPORTED, "file");
  }

  @Test
  void csv_largerThanMaxBytes_isFileTooLarge() {
    byte[] file = ("a,b\n" + "1,2\n".repeat(300)).getBytes(UTF_8);
    Limits small = new Limits(1_000, 100_000, 60, 500);

    assertRejected(() -> read(file, SheetFormat.CSV, small), Reason.FILE_TOO_LARGE, "file");
    assertThat(read(file, SheetFormat.CSV, new Limits(file.length, 1_000, 60, 500))).hasSize(300);
  }

  @Test
  void csv_tooManyRows_counted_withoutTheHeader() {
    Limits hundred = new Limits(STANDARD.maxBytes(), 100, 60, 500);
    byte[] exactly100 = csvWithRows(100);
    byte[] rows101 = csvWithRows(101);

    assertThat(read(exactly100, SheetFormat.CSV, hundred)).hasSize(100);
    assertRejected(() -> read(rows101, SheetFormat.CSV, hundred), Reason.TOO_MANY_ROWS, "file");
  }

  @Test
  void csv_tooManyColumns_butTrailingEmptyCellsBeyondTheLimitAreTolerated() {
    StringBuilder header = new StringBuilder("c1");
    for (int i = 2; i <= 61; i++) {
      header.append(",c").append(i);
    }
    assertRejected(() -> readCsv(header + "\n1\n"), Reason.TOO_MANY_COLUMNS, "file.row1");

    String wideButEmpty = "a,b" + ",".repeat(100) + "\n1,2" + ",".repeat(100) + "\n";
    assertThat(readCsv(wideButEmpty))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.valuesByHeader())
                    .containsExactly(Map.entry("a", "1"), Map.entry("b", "2")));
  }

  @Test
  void csv_cellLongerThanLimit_isRejected_withRowNumber_butWithoutTheContent() {
    String secret = "110105194912310021".repeat(30); // 540 characters
    SheetRejectedException e =
        assertRejected(
            () -> readCsv("姓名,身份证号\n张三,1\n李四," + secret + "\n"), Reason.CELL_TOO_LONG, "file.row3");

    assertThat(e.violations().get(0).message()).contains("B3").doesNotContain("1101051949");
    assertThat(e.getMessage()).doesNotContain("1101051949");
    // exactly at the limit (after trimming) is fine
    assertThat(readCsv("a\n  " + "字".repeat(500) + "  \n")).hasSize(1);
    // an absurdly long raw cell is stopped while it is being read
    assertRejected(() -> readCsv("a\n\"" + "x".repeat(100_000)), Reason.CELL_TOO_LONG, "file.row2");
  }

  @Test
  void csv_tenThousandRows_areAllRead_inOrder() {
    StringBuilder csv = new StringBuilder("楼栋,单元,房号,姓名\r\n");
    for (int i = 1; i <= 10_000; i++) {
      csv.append(i % 30).append(",1,").append(100 + i % 20).append(",居民").append(i).append("\r\n");
    }
    List<Integer> rowNumbers = new ArrayList<>();

    RegistrySheetReader.read(
        new ByteArrayInputStream(csv.toString().getBytes(UTF_8)),
        SheetFormat.CSV,
        STANDARD,
        row -> rowNumbers.add(row.rowNumber()));

    assertThat(rowNumbers).hasSize(10_000);
    assertThat(rowNumbers.get(0)).isEqualTo(2);
    assertThat(rowNumbers.get(9_999)).isEqualTo(10_001);
  }

  // ----------------------------------------------------------------- XLSX

  @Test
  void xlsx_roundTrip_chineseHeaders_dates_numbers_booleans_andBlankCells() throws IOException {
    Path tmpDir = Path.of(System.getProperty("java.io.tmpdir"));
    long spoolsBefore = countSpools(tmpDir);
    byte[] file =
        xlsx(
            ws -> {
              ws.value(0, 0, " 姓名 ");
              ws.value(0, 1, "出生日期");
              ws.value(0, 2, "房号");
              ws.value(0, 3, "面积");
              ws.value(0, 4, "身份证号");
              ws.value(0, 5, "登记日期");
              ws.value(0, 6, "是否业主");
              ws.value(1, 0, "张三");
              ws.value(1, 1, LocalDate.of(1985, 3, 14));
              ws.style(1, 1).format("yyyy-mm-dd").set();
              ws.value(1, 2, 1201);
              ws.value(1, 3, new BigDecimal("89.50"));
              ws.value(1, 4, 110105194912310021L);
              ws.value(1, 5, LocalDate.of(2024, 1, 2));
              ws.style(1, 5).format("yyyy\"年\"m\"月\"d\"日\"").set();
              ws.value(1, 6, true);
              // row 3 left empty on purpose
              ws.value(3, 0, "李四");
              ws.value(3, 3, 1.0);
              ws.value(3, 4, 1.5e-7);
            });

    assertThat(RegistrySheetReader.detect(head(file), "居民.xlsx")).isEqualTo(SheetFormat.XLSX);
    List<SheetRow> rows = read(file, SheetFormat.XLSX, STANDARD);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).rowNumber()).isEqualTo(2);
    assertThat(rows.get(0).valuesByHeader())
        .containsExactly(
            Map.entry("姓名", "张三"),
            Map.entry("出生日期", "1985-03-14"),
            Map.entry("房号", "1201"),
            Map.entry("面积", "89.5"),
            Map.entry("身份证号", "110105194912310021"),
            Map.entry("登记日期", "2024-01-02"),
            Map.entry("是否业主", "TRUE"));
    assertThat(rows.get(1).rowNumber()).isEqualTo(4);
    assertThat(rows.get(1).get("姓名")).isEqualTo("李四");
    assertThat(rows.get(1).get("出生日期")).isEmpty();
    assertThat(rows.get(1).get("面积")).isEqualTo("1");
    assertThat(rows.get(1).get("身份证号")).isEqualTo("0.00000015");
    assertThat(countSpools(tmpDir)).isEqualTo(spoolsBefore);
  }

  @Test
  void xlsx_formulaCell_isRejected_withItsRowNumber() {
    byte[] file =
        xlsx(
            ws -> {
              ws.value(0, 0, "人数");
              ws.value(1, 0, 1);
              ws.value(2, 0, 2);
              ws.formula(3, 0, "SUM(A2:A3)");
            });

    SheetRejectedException e =
        assertRejected(
            () -> read(file, SheetFormat.XLSX, STANDARD), Reason.FORMULA_NOT_ALLOWED, "file.row4");
    assertThat(e.violations().get(0).message()).contains("A4");
  }

  @Test
  void xlsx_tooManyRows() {
    Limits hundred = new Limits(STANDARD.maxBytes(), 100, 60, 500);
    Consumer<Worksheet> header = ws -> ws.value(0, 0, "姓名");

    byte[] exactly100 = xlsx(header.andThen(ws -> fill(ws, 100)));
    byte[] rows101 = xlsx(header.andThen(ws -> fill(ws, 101)));

    assertThat(read(exactly100, SheetFormat.XLSX, hundred)).hasSize(100);
    assertRejected(() -> read(rows101, SheetFormat.XLSX, hundred), Reason.TOO_MANY_ROWS, "file");
  }

  @Test
  void xlsx_tooManyColumns_andCellTooLong() {
    byte[] wide =
        xlsx(
            ws -> {
              for (int c = 0; c < 61; c++) {
                ws.value(0, c, "c" + c);
              }
            });
    assertRejected(
        () -> read(wide, SheetFormat.XLSX, STANDARD), Reason.TOO_MANY_COLUMNS, "file.row1");

    byte[] longCell =
        xlsx(
            ws -> {
              ws.value(0, 0, "备注");
              ws.value(1, 0, "很".repeat(501));
            });
    assertRejected(
        () -> read(longCell, SheetFormat.XLSX, STANDARD), Reason.CELL_TOO_LONG, "file.row2");
  }

  @Test
  void xlsx_duplicateHeader_isBadHeader_andEmptySheet_isEmptyFile() {
    byte[] duplicate =
        xlsx(
            ws -> {
              ws.value(0, 0, "房号");
              ws.value(0, 1, "房号");
            });
    assertRejected(
        () -> read(duplicate, SheetFormat.XLSX, STANDARD), Reason.BAD_HEADER, "file.row1");

    byte[] empty = xlsx(ws -> {});
    assertRejected(() -> read(empty, SheetFormat.XLSX, STANDARD), Reason.EMPTY_FILE, "file");
  }

  @Test
  void xlsx_largerThanMaxBytes_isFileTooLarge_beforeParsing() {
    byte[] file = xlsx(ws -> fill(ws, 2_000));
    Limits small = new Limits(file.length - 1, 100_000, 60, 500);

    assertRejected(() -> read(file, SheetFormat.XLSX, small), Reason.FILE_TOO_LARGE, "file");
  }

  @Test
  void xlsx_zipBomb_isRejected_fromTheDeclaredSizes() throws IOException {
    Path tmpDir = Path.of(System.getProperty("java.io.tmpdir"));
    long spoolsBefore = countSpools(tmpDir);
    byte[] bomb = zipOfZeros("xl/worksheets/sheet1.xml", 300L * 1024 * 1024);
    assertThat(bomb.length).isLessThan(1024 * 1024);

    assertThat(RegistrySheetReader.detect(head(bomb), "bomb.xlsx")).isEqualTo(SheetFormat.XLSX);
    assertRejected(() -> read(bomb, SheetFormat.XLSX, STANDARD), Reason.ZIP_BOMB, "file");
    assertThat(countSpools(tmpDir)).isEqualTo(spoolsBefore);
  }

  @Test
  void xlsx_zipBomb_withLyingDeclaredSize_isCaughtWhileVerifying() throws IOException {
    byte[] bomb = zipOfZeros("xl/worksheets/sheet1.xml", 20L * 1024 * 1024);
    declareUncompressedSize(bomb, 50_000);

    assertRejected(() -> read(bomb, SheetFormat.XLSX, STANDARD), Reason.ZIP_BOMB, "file");
  }

  @Test
  void xlsx_damagedOrNotAWorkbook_isMalformed() throws IOException {
    byte[] full = xlsx(ws -> ws.value(0, 0, "姓名"));
    byte[] truncated = Arrays.copyOf(full, full.length / 2);
    assertRejected(
        () -> read(truncated, SheetFormat.XLSX, STANDARD), Reason.FILE_MALFORMED, "file");

    ByteArrayOutputStream notAWorkbook = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(notAWorkbook)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(UTF_8));
      zip.closeEntry();
    }
    assertRejected(
        () -> read(notAWorkbook.toByteArray(), SheetFormat.XLSX, STANDARD),
        Reason.FILE_MALFORMED,
        "file");
  }

  // --------------------------------------------------------------- detect

  @Test
  void detect_legacyBinaryXls_isUnsupported() {
    byte[] xls = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
    };
    assertRejected(
        () -> RegistrySheetReader.detect(xls, "居民.xls"), Reason.FILE_TYPE_UNSUPPORTED, "file");
    assertRejected(
        () -> RegistrySheetReader.detect(xls, "居民.csv"), Reason.FILE_TYPE_UNSUPPORTED, "file");
  }

  @ParameterizedTest
  @CsvSource({
    "data.xls",
    "data.XLSX",
    "data.zip",
    "setup.exe",
    "scan.pdf",
    "photo.JPG",
  })
  void detect_textNamedLikeABinaryFormat_isUnsupported(String filename) {
    assertRejected(
        () -> RegistrySheetReader.detect("a,b\n1,2\n".getBytes(UTF_8), filename),
        Reason.FILE_TYPE_UNSUPPORTED,
        "file");
  }

  @Test
  void detect_textWithNulBytes_isUnsupported_andUtf16_isAnEncodingProblem() {
    assertRejected(
        () -> RegistrySheetReader.detect(new byte[] {'a', 0, 'b'}, "a.csv"),
        Reason.FILE_TYPE_UNSUPPORTED,
        "file");
    assertRejected(
        () -> RegistrySheetReader.detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, "a.csv"),
        Reason.ENCODING_UNSUPPORTED,
        "file");
  }

  @Test
  void detect_acceptsUtf8Text_underAnyOrNoName_evenIfThePrefixCutsACharacter() {
    byte[] text = "姓名,电话\n".getBytes(UTF_8);
    byte[] cut = Arrays.copyOf(text, 4); // 姓 plus the first byte of 名

    assertThat(RegistrySheetReader.detect(text, null)).isEqualTo(SheetFormat.CSV);
    assertThat(RegistrySheetReader.detect(text, "export.txt")).isEqualTo(SheetFormat.CSV);
    assertThat(RegistrySheetReader.detect(cut, "a.csv")).isEqualTo(SheetFormat.CSV);
    // content decides: a real workbook is XLSX whatever it is called
    assertThat(RegistrySheetReader.detect(head(xlsx(ws -> {})), "a.csv"))
        .isEqualTo(SheetFormat.XLSX);
  }

  @Test
  void readWithFilename_detectsThenReadsTheWholeStream() {
    StringBuilder csv = new StringBuilder("a,b\n");
    for (int i = 0; i < 3_000; i++) {
      csv.append(i).append(",x\n"); // longer than the detection window
    }
    List<SheetRow> csvRows = new ArrayList<>();
    RegistrySheetReader.read(
        new ByteArrayInputStream(csv.toString().getBytes(UTF_8)), "a.csv", STANDARD, csvRows::add);
    List<SheetRow> xlsxRows = new ArrayList<>();
    RegistrySheetReader.read(
        new ByteArrayInputStream(xlsx(ws -> fill(ws, 3))), "a.xlsx", STANDARD, xlsxRows::add);

    assertThat(csvRows).hasSize(3_000);
    assertThat(csvRows.get(0).get("a")).isEqualTo("0");
    assertThat(xlsxRows).hasSize(3);
  }

  // ---------------------------------------------------------------- misc

  @Test
  void sinkExceptions_passThroughUnchanged() {
    IllegalStateException boom = new IllegalStateException("sink failed");
    assertThatThrownBy(
            () ->
                RegistrySheetReader.read(
                    new ByteArrayInputStream(xlsx(ws -> fill(ws, 3))),
                    SheetFormat.XLSX,
                    STANDARD,
                    row -> {
                      throw boom;
                    }))
        .isSameAs(boom);
  }

  @Test
  void sheetRow_toString_leavesPersonalDataOut() {
    SheetRow row = new SheetRow(7, Map.of("身份证号", "110105194912310021"));

    assertThat(row.toString()).contains("7").doesNotContain("110105194912310021");
    assertThatThrownBy(() -> row.valuesByHeader().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void standardLimits() {
    assertThat(Limits.standard()).isEqualTo(new Limits(20L * 1024 * 1024, 100_000, 60, 500));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "14|",
        "31|",
        "57|",
        "164|yyyy-mm-dd",
        "164|yyyy/m/d;@",
        "164|m/d/yy h:mm",
        "164|yyyy\"年\"m\"月\"d\"日\"",
        "164|[$-804]yyyy年m月d日",
        "164|[DBNum1][$-804]yyyy\"年\"m\"月\"",
        "164|h:mm AM/PM",
        "164|[h]:mm:ss",
        "164|yyyy-mm-dd hh:mm:ss.000",
      })
  void dateFormats_areRecognised(Integer id, String code) {
    assertThat(RegistrySheetReader.isDateFormat(id, code)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0|General",
        "1|0",
        "2|0.00",
        "49|@",
        "164|#,##0.00",
        "164|0.00E+00",
        "164|[Red]0.00",
        "164|\"¥\"#,##0.00",
        "164|0%",
        "164|000000",
        "164|",
      })
  void numberFormats_areNotDates(Integer id, String code) {
    assertThat(RegistrySheetReader.isDateFormat(id, code)).isFalse();
  }

  @Test
  void columnNames() {
    assertThat(RegistrySheetReader.columnName(0)).isEqualTo("A");
    assertThat(RegistrySheetReader.columnName(25)).isEqualTo("Z");
    assertThat(RegistrySheetReader.columnName(26)).isEqualTo("AA");
    assertThat(RegistrySheetReader.columnName(59)).isEqualTo("BH");
    assertThat(RegistrySheetReader.columnName(702)).isEqualTo("AAA");
  }

  // -------------------------------------------------------------- helpers

  private static SheetRejectedException assertRejected(
      ThrowingCallable call, Reason reason, String field) {
    SheetRejectedException e = catchThrowableOfType(SheetRejectedException.class, call);
    assertThat(e).as("expected %s", reason).isNotNull();
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple(field, reason.name()));
    return e;
  }

  private static List<SheetRow> readCsv(String csv) {
    return read(csv.getBytes(UTF_8), SheetFormat.CSV, STANDARD);
  }

  private static List<SheetRow> read(byte[] file, SheetFormat format, Limits limits) {
    List<SheetRow> rows = new ArrayList<>();
    RegistrySheetReader.read(new ByteArrayInputStream(file), format, limits, rows::add);
    return rows;
  }

  private static byte[] csvWithRows(int dataRows) {
    StringBuilder csv = new StringBuilder("姓名,房号\n");
    for (int i = 1; i <= dataRows; i++) {
      csv.append("居民").append(i).append(',').append(100 + i).append('\n');
    }
    return csv.toString().getBytes(UTF_8);
  }

  private static void fill(Worksheet ws, int dataRows) {
    ws.value(0, 0, "姓名");
    for (int r = 1; r <= dataRows; r++) {
      ws.value(r, 0, "居民" + r);
    }
  }

  private static byte[] xlsx(Consumer<Worksheet> content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(out, "Linli", "1.0")) {
      Worksheet ws = wb.newWorksheet("居民");
      content.accept(ws);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] zipOfZeros(String entryName, long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry(entryName));
      byte[] zeros = new byte[1024 * 1024];
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** Overwrites the uncompressed size in every central directory header: a lying archive. */
  private static void declareUncompressedSize(byte[] zip, int size) {
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 <= zip.length; i++) {
      if (buffer.getInt(i) == 0x02014b50) {
        buffer.putInt(i + 24, size);
      }
    }
  }

  private static byte[] head(byte[] file) {
    return Arrays.copyOf(file, Math.min(file.length, RegistrySheetReader.DETECT_BYTES));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static long countSpools(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("linli-registry-")).count();
    }
  }
}
