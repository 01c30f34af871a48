package org.linli.service.resident;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.linli.service.resident.SheetRejectedException.Reason;

/**
 * Reads a staff-uploaded registry spreadsheet (.xlsx or UTF-8 .csv) row by row in bounded memory.
 *
 * <p>The first non-empty row is the header; every later non-empty row is handed to the sink as a
 * {@link SheetRow} of trimmed text keyed by trimmed header name. Any problem rejects the whole file
 * with a {@link SheetRejectedException}; because rows are streamed, the sink may already have seen
 * earlier rows by then, so callers must treat the import as all-or-nothing (e.g. collect or
 * validate first, or write inside one transaction).
 *
 * <p>An .xlsx upload is spooled to an owner-only temporary file (deleted afterwards), checked
 * against zip bombs with {@link ZipFile} — declared sizes, per-entry ratio, entry count, then one
 * streaming inflate pass that verifies the declared sizes are true — and only then parsed with
 * fastexcel-reader. Formula cells are refused. A CSV is parsed here (RFC 4180) while counting the
 * bytes read.
 */
public final class RegistrySheetReader {

  /** How many leading bytes {@link #detect} should be given; fewer is fine for a shorter file. */
  public static final int DETECT_BYTES = 8192;

  /** Total uncompressed size an .xlsx may expand to. */
  static final long MAX_UNCOMPRESSED_BYTES = 200L * 1024 * 1024;

  /** Largest uncompressed/compressed ratio of one .xlsx entry. */
  static final long MAX_ENTRY_RATIO = 100;

  /** Entries smaller than this are exempt from the ratio check: they cannot hurt. */
  static final long RATIO_GRACE_BYTES = 100L * 1024;

  /** More entries than any real workbook has; every entry costs memory in the zip directory. */
  static final int MAX_ZIP_ENTRIES = 10_000;

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final Set<String> BINARY_EXTENSIONS =
      Set.of(
          "xls", "xlsx", "xlsm", "xlsb", "xlt", "xltx", "xltm", "et", "ett", "ods", "numbers",
          "zip", "rar", "7z", "gz", "tgz", "bz2", "xz", "tar", "jar", "exe", "dll", "msi", "bin",
          "apk", "pdf", "doc", "docx", "wps", "ppt", "pptx", "odt", "png", "jpg", "jpeg", "gif",
          "bmp", "webp", "heic", "tif", "tiff", "mp3", "mp4", "mov", "avi");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private RegistrySheetReader() {}

  /**
   * Works out the format of an upload from its first bytes (up to {@link #DETECT_BYTES}) and its
   * file name: .xlsx iff the bytes start with the ZIP signature; CSV iff they are UTF-8 text (BOM
   * allowed) without NUL bytes and the name does not carry a binary extension (.xls, .xlsx, .zip,
   * .exe...).
   *
   * @param filename the client's file name; may be {@code null}
   * @throws SheetRejectedException {@code EMPTY_FILE} for no bytes; {@code ENCODING_UNSUPPORTED}
   *     for text in another encoding (GBK, UTF-16) so staff learn to save as "CSV UTF-8"; otherwise
   *     {@code FILE_TYPE_UNSUPPORTED} (a legacy .xls or an encrypted workbook included)
   */
  public static SheetFormat detect(byte[] firstBytes, String filename) {
    if (firstBytes == null || firstBytes.length == 0) {
      throw new SheetRejectedException(Reason.EMPTY_FILE, "the file is empty");
    }
    if (startsWith(firstBytes, ZIP_MAGIC)) {
      return SheetFormat.XLSX;
    }
    if (startsWith(firstBytes, OLE2_MAGIC)) {
      throw new SheetRejectedException(
          Reason.FILE_TYPE_UNSUPPORTED,
          "legacy .xls or password-protected workbook; save it as .xlsx without a password");
    }
    if (hasBinaryExtension(filename)) {
      throw new SheetRejectedException(
          Reason.FILE_TYPE_UNSUPPORTED, "only .xlsx workbooks and UTF-8 .csv files are accepted");
    }
    if (startsWith(firstBytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
        || startsWith(firstBytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      throw new SheetRejectedException(
          Reason.ENCODING_UNSUPPORTED, "UTF-16 text; save the file as CSV UTF-8");
    }
    for (byte b : firstBytes) {
      if (b == 0) {
        throw new SheetRejectedException(
            Reason.FILE_TYPE_UNSUPPORTED, "only .xlsx workbooks and UTF-8 .csv files are accepted");
      }
    }
    if (!isUtf8Prefix(firstBytes)) {
      throw new SheetRejectedException(
          Reason.ENCODING_UNSUPPORTED, "the text is not UTF-8; save the file as CSV UTF-8");
    }
    return SheetFormat.CSV;
  }

  /**
   * Detects the format from the stream's first bytes and {@code filename}, then {@linkplain
   * #read(InputStream, SheetFormat, Limits, Consumer) reads} the whole stream.
   */
  public static void read(InputStream in, String filename, Limits limits, Consumer<SheetRow> sink) {
    BufferedInputStream buffered = new BufferedInputStream(in, DETECT_BYTES);
    SheetFormat format;
    try {
      buffered.mark(DETECT_BYTES);
      byte[] head = buffered.readNBytes(DETECT_BYTES);
      buffered.reset();
      format = detect(head, filename);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    read(buffered, format, limits, sink);
  }

  /**
   * Reads the whole of {@code in} (not closed here) as {@code format}, handing every non-empty data
   * row to {@code sink} in order.
   *
   * @throws SheetRejectedException when the file breaks a limit or cannot be read as {@code
   *     format}; exceptions thrown by {@code sink} pass through unchanged
   * @throws UncheckedIOException when the upload stream or the temporary file fails
   */
  public static void read(
      InputStream in, SheetFormat format, Limits limits, Consumer<SheetRow> sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(sink, "sink");
    RowAssembler rows = new RowAssembler(limits, sink);
    switch (format) {
      case CSV -> readCsv(new LimitedInputStream(in, limits.maxBytes()), limits, rows);
      case XLSX -> readXlsx(in, limits, rows);
      default -> throw new IllegalArgumentException("format " + format);
    }
    rows.finish();
  }

  // ---------------------------------------------------------------- CSV

  private static void readCsv(InputStream in, Limits limits, RowAssembler rows) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CsvParser parser = new CsvParser(new InputStreamReader(in, utf8), limits);
    try {
      parser.skipBom();
      List<String> record;
      while ((record = parser.nextRecord()) != null) {
        rows.accept(parser.recordNumber(), record);
      }
    } catch (CharacterCodingException e) {
      throw new SheetRejectedException(
          Reason.ENCODING_UNSUPPORTED, "the text is not UTF-8; save the file as CSV UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * RFC 4180 records over a reader: quoted fields with {@code ""} escapes and line breaks, CRLF or
   * LF. Lenient like Excel: a quote inside an unquoted field, or text after a closing quote, is
   * kept literally. Fields are trimmed; memory is bounded by the column and cell limits.
   */
  private static final class CsvParser {
    private final Reader reader;
    private final Limits limits;
    private final int rawCellLimit;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private int recordNumber;

    CsvParser(Reader reader, Limits limits) {
      this.reader = reader;
      this.limits = limits;
      // room for surrounding spaces; the trimmed text is checked against maxCellChars exactly
      this.rawCellLimit = limits.maxCellChars() * 2 + 64;
    }

    int recordNumber() {
      return recordNumber;
    }

    void skipBom() throws IOException {
      if (peek() == '\uFEFF') {
        pos++;
      }
    }

    private int peek() throws IOException {
      if (pos == len) {
        len = reader.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return -1;
        }
      }
      return buf[pos];
    }

    private int next() throws IOException {
      int c = peek();
      if (c >= 0) {
        pos++;
      }
      return c;
    }

    /** The next record's trimmed fields, or {@code null} at the end of input. */
    List<String> nextRecord() throws IOException {
      if (peek() < 0) {
        return null;
      }
      recordNumber++;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      int column = 0;
      while (true) {
        int c = next();
        if (c == '"' && field.isEmpty()) {
          readQuoted(field, column);
          c = next();
          while (c >= 0 && c != ',' && c != '\r' && c != '\n') {
            append(field, (char) c, column);
            c = next();
          }
        } else {
          while (c >= 0 && c != ',' && c != '\r' && c != '\n') {
            append(field, (char) c, column);
            c = next();
          }
        }
        addField(fields, field, column);
        field.setLength(0);
        column++;
        if (c == ',') {
          continue;
        }
        if (c == '\r' && peek() == '\n') {
          pos++;
        }
        return fields;
      }
    }

    private void readQuoted(StringBuilder field, int column) throws IOException {
      while (true) {
        int c = next();
        if (c < 0) {
          throw new SheetRejectedException(
              Reason.FILE_MALFORMED,
              recordNumber,
              "a quoted cell in column " + columnName(column) + " is never closed");
        }
        if (c == '"') {
          if (peek() != '"') {
            return;
          }
          pos++;
        }
        append(field, (char) c, column);
      }
    }

    private void append(StringBuilder field, char c, int column) {
      if (field.length() >= rawCellLimit) {
        throw cellTooLong(recordNumber, column, limits);
      }
      field.append(c);
    }

    private void addField(List<String> fields, StringBuilder raw, int column) {
      String value = clean(raw.toString());
      if (column >= limits.maxColumns()) {
        if (!value.isEmpty()) {
          throw tooManyColumns(recordNumber, limits);
        }
        return; // trailing empty cells, as Excel writes for a wide used range
      }
      if (value.codePointCount(0, value.length()) > limits.maxCellChars()) {
        throw cellTooLong(recordNumber, column, limits);
      }
      fields.add(value);
    }
  }

  // --------------------------------------------------------------- XLSX

  private static void readXlsx(InputStream in, Limits limits, RowAssembler rows) {
    Path spool = null;
    try {
      spool = Files.createTempFile("linli-registry-", ".xlsx"); // owner-only on POSIX
      try (OutputStream out = Files.newOutputStream(spool)) {
        new LimitedInputStream(in, limits.maxBytes()).transferTo(out);
      }
      checkZip(spool);
      readWorkbook(spool, limits, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (spool != null) {
        try {
          Files.deleteIfExists(spool);
        } catch (IOException e) {
          spool.toFile().deleteOnExit();
        }
      }
    }
  }

  /**
   * Refuses zip bombs before fastexcel-reader inflates anything: declared sizes first (cheap), then
   * one streaming pass proving the declared sizes are not lies.
   */
  private static void checkZip(Path file) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw malformedWorkbook();
    }
    try (zip) {
      int count = 0;
      long declaredTotal = 0;
      Enumeration<? extends ZipEntry> entries = zip.entries();
      List<ZipEntry> all = new ArrayList<>();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (++count > MAX_ZIP_ENTRIES) {
          throw zipBomb("the workbook has too many parts");
        }
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size >= 0) {
          checkRatio(size, compressed);
          declaredTotal += size;
          if (declaredTotal > MAX_UNCOMPRESSED_BYTES) {
            throw tooLargeExpanded();
          }
        }
        all.add(entry);
      }
      byte[] buffer = new byte[64 * 1024];
      long actualTotal = 0;
      for (ZipEntry entry : all) {
        long declared = entry.getSize();
        long actual = 0;
        try (InputStream data = zip.getInputStream(entry)) {
          int n;
          while ((n = data.read(buffer)) > 0) {
            actual += n;
            actualTotal += n;
            if (declared >= 0 && actual > declared) {
              throw zipBomb("a workbook part is larger than its header declares");
            }
            if (actualTotal > MAX_UNCOMPRESSED_BYTES) {
              throw tooLargeExpanded();
            }
            checkRatio(actual, entry.getCompressedSize());
          }
        } catch (IOException e) { // the spool is local: a read failure means damaged content
          throw malformedWorkbook();
        }
      }
    }
  }

  private static void checkRatio(long uncompressed, long compressed) {
    if (uncompressed > RATIO_GRACE_BYTES
        && (compressed <= 0 || uncompressed / compressed > MAX_ENTRY_RATIO)) {
      throw zipBomb("a workbook part expands more than " + MAX_ENTRY_RATIO + " times");
    }
  }

  private static void readWorkbook(Path file, Limits limits, RowAssembler rows) throws IOException {
    try (ReadableWorkbook workbook = openWorkbook(file);
        Stream<Row> stream = openFirstSheet(workbook)) {
      Iterator<Row> iterator = stream.iterator();
      int lastRowNumber = 0;
      for (Row row = nextRow(iterator); row != null; row = nextRow(iterator)) {
        // fastexcel falls back to a 0-based counter when a row lacks its r attribute
        int rowNumber = Math.max(row.getRowNum(), lastRowNumber + 1);
        lastRowNumber = rowNumber;
        rows.accept(rowNumber, cellTexts(row, rowNumber, limits));
      }
    } catch (MalformedWorkbook e) {
      throw malformedWorkbook();
    }
  }

  private static Stream<Row> openFirstSheet(ReadableWorkbook workbook) {
    try {
      return workbook.getFirstSheet().openStream();
    } catch (IOException | RuntimeException e) {
      throw new MalformedWorkbook();
    }
  }

  /** Opens with cell formats (to recognise dates); without them if the styles part is missing. */
  private static ReadableWorkbook openWorkbook(Path file) {
    try {
      return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
    } catch (IOException | RuntimeException withFormats) {
      try {
        return new ReadableWorkbook(file.toFile(), new ReadingOptions(false, true));
      } catch (IOException | RuntimeException e) {
        throw new MalformedWorkbook();
      }
    }
  }

  /** The next row; any failure inside fastexcel-reader means a damaged file. */
  private static Row nextRow(Iterator<Row> iterator) {
    try {
      return iterator.hasNext() ? iterator.next() : null;
    } catch (RuntimeException e) {
      throw new MalformedWorkbook();
    }
  }

  private static List<String> cellTexts(Row row, int rowNumber, Limits limits) {
    List<String> values = new ArrayList<>(Math.min(row.getCellCount(), limits.maxColumns()));
    for (int column = 0; column < row.getCellCount(); column++) {
      Cell cell = row.getCell(column);
      if (cell != null && cell.getType() == CellType.FORMULA) {
        throw new SheetRejectedException(
            Reason.FORMULA_NOT_ALLOWED,
            rowNumber,
            "cell "
                + columnName(column)
                + rowNumber
                + " holds a formula; paste values only (Paste Special > Values)");
      }
      String value = cell == null ? "" : clean(cellText(cell));
      if (column >= limits.maxColumns()) {
        if (!value.isEmpty()) {
          throw tooManyColumns(rowNumber, limits);
        }
        continue;
      }
      if (value.codePointCount(0, value.length()) > limits.maxCellChars()) {
        throw cellTooLong(rowNumber, column, limits);
      }
      values.add(value);
    }
    return values;
  }

  private static String cellText(Cell cell) {
    try {
      return switch (cell.getType()) {
        case NUMBER -> numberText(cell);
        case BOOLEAN -> Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE";
        case ERROR -> Objects.toString(cell.getRawValue(), "");
        case EMPTY -> "";
        default -> cell.getText();
      };
    } catch (RuntimeException e) {
      throw new MalformedWorkbook();
    }
  }

  private static String numberText(Cell cell) {
    if (!(cell.getValue() instanceof BigDecimal number)) {
      return "";
    }
    // 1 = 1900-01-01 (or 1904-01-02); 2958465 = 9999-12-31
    if (number.signum() >= 0
        && number.compareTo(BigDecimal.valueOf(2_958_466)) < 0
        && isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
      LocalDateTime dateTime = cell.asDate();
      if (number.compareTo(BigDecimal.ONE) < 0) {
        return dateTime.toLocalTime().format(TIME);
      }
      if (dateTime.toLocalTime().toNanoOfDay() == 0) {
        return dateTime.toLocalDate().toString();
      }
      return dateTime.withNano(0).toString();
    }
    return number.stripTrailingZeros().toPlainString();
  }

  private static final Pattern DATE_FORMAT =
      Pattern.compile(
          "(?=.*[yYmMdDhHsSeE])[yYmMdDhHsSeEbBgG\\-T/年月日时分秒,.: ]+0*"
              + "(?:[aA][mM]/[pP][mM]|[aA]/[pP]|上午/下午)?");

  /**
   * Whether a number format shows a date or time: the built-in date formats (including the
   * Chinese/Japanese/Korean ones, 27-36 and 50-58), or a custom code that, once quoted text,
   * escapes, colours and locales are removed, consists of date/time letters and separators.
   */
  static boolean isDateFormat(Integer formatId, String formatCode) {
    if (formatId != null) {
      int id = formatId;
      if ((id >= 14 && id <= 22)
          || (id >= 27 && id <= 36)
          || (id >= 45 && id <= 47)
          || (id >= 50 && id <= 58)) {
        return true;
      }
    }
    if (formatCode == null || formatCode.isBlank()) {
      return false;
    }
    StringBuilder cleaned = new StringBuilder();
    for (int i = 0; i < formatCode.length(); i++) {
      char c = formatCode.charAt(i);
      if (c == ';') {
        break; // first section only
      } else if (c == '"') {
        int end = formatCode.indexOf('"', i + 1);
        i = end < 0 ? formatCode.length() : end;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        int end = formatCode.indexOf(']', i + 1);
        String inside = end < 0 ? "" : formatCode.substring(i + 1, end);
        if (inside.matches("[hH]+|[mM]+|[sS]+")) {
          cleaned.append('h'); // elapsed time such as [h]:mm
        }
        i = end < 0 ? formatCode.length() : end;
      } else if (c != '@') {
        cleaned.append(c);
      }
    }
    return DATE_FORMAT.matcher(cleaned.toString().trim()).matches();
  }

  /** Internal marker: fastexcel-reader failed on the file's content. */
  private static final class MalformedWorkbook extends RuntimeException {
    MalformedWorkbook() {
      super(null, null, false, false);
    }
  }

  // ------------------------------------------------------------ common

  /** Header handling, empty-row skipping, the row limit, and the mapping to {@link SheetRow}. */
  private static final class RowAssembler {
    private final Limits limits;
    private final Consumer<SheetRow> sink;
    private List<String> headers;
    private int dataRows;

    RowAssembler(Limits limits, Consumer<SheetRow> sink) {
      this.limits = limits;
      this.sink = sink;
    }

    /** {@code values} are cleaned and hold at most {@code maxColumns} entries. */
    void accept(int rowNumber, List<String> values) {
      if (values.stream().allMatch(String::isEmpty)) {
        return;
      }
      if (headers == null) {
        headers = header(rowNumber, values);
        return;
      }
      if (++dataRows > limits.maxRows()) {
        throw new SheetRejectedException(
            Reason.TOO_MANY_ROWS, "more than " + limits.maxRows() + " data rows");
      }
      Map<String, String> byHeader = new LinkedHashMap<>(headers.size() * 2);
      for (int i = 0; i < values.size(); i++) {
        if (i >= headers.size()) {
          if (!values.get(i).isEmpty()) {
            throw new SheetRejectedException(
                Reason.BAD_HEADER,
                rowNumber,
                "column " + columnName(i) + " has a value but no header");
          }
        } else {
          byHeader.put(headers.get(i), values.get(i));
        }
      }
      for (int i = values.size(); i < headers.size(); i++) {
        byHeader.put(headers.get(i), "");
      }
      sink.accept(new SheetRow(rowNumber, byHeader));
    }

    private static List<String> header(int rowNumber, List<String> values) {
      int width = values.size();
      while (values.get(width - 1).isEmpty()) {
        width--; // trailing blank header cells: an untouched but formatted column
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < width; i++) {
        String name = values.get(i);
        if (name.isEmpty()) {
          throw new SheetRejectedException(
              Reason.BAD_HEADER, rowNumber, "header cell " + columnName(i) + " is blank");
        }
        Integer first = seen.putIfAbsent(name, i);
        if (first != null) {
          throw new SheetRejectedException(
              Reason.BAD_HEADER,
              rowNumber,
              "header cells " + columnName(first) + " and " + columnName(i) + " are the same");
        }
      }
      return List.copyOf(values.subList(0, width));
    }

    void finish() {
      if (headers == null) {
        throw new SheetRejectedException(Reason.EMPTY_FILE, "the file has no non-empty row");
      }
    }
  }

  /** Counts bytes and refuses to go past the limit. */
  private static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      // the caller owns the upload stream
    }

    private void counted(long n) {
      count += n;
      if (count > limit) {
        throw new SheetRejectedException(
            Reason.FILE_TOO_LARGE, "the file is larger than " + describeBytes(limit));
      }
    }
  }

  /**
   * Removes surrounding whitespace, including the ideographic space (U+3000), no-break spaces,
   * zero-width spaces and stray byte-order marks.
   */
  static String clean(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && isBlank(raw.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\uFEFF'
        || c == '\u200B'
        || c == '\u0000';
  }

  /** Spreadsheet column letters for a 0-based index: 0 = A, 26 = AA. */
  static String columnName(int index) {
    StringBuilder name = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }

  private static SheetRejectedException cellTooLong(int rowNumber, int column, Limits limits) {
    return new SheetRejectedException(
        Reason.CELL_TOO_LONG,
        rowNumber,
        "cell "
            + columnName(column)
            + rowNumber
            + " is longer than "
            + limits.maxCellChars()
            + " characters");
  }

  private static SheetRejectedException tooManyColumns(int rowNumber, Limits limits) {
    return new SheetRejectedException(
        Reason.TOO_MANY_COLUMNS,
        rowNumber,
        "row " + rowNumber + " has values beyond column " + columnName(limits.maxColumns() - 1));
  }

  private static SheetRejectedException zipBomb(String message) {
    return new SheetRejectedException(Reason.ZIP_BOMB, message);
  }

  private static SheetRejectedException tooLargeExpanded() {
    return new SheetRejectedException(
        Reason.FILE_TOO_LARGE,
        "the workbook expands to more than " + describeBytes(MAX_UNCOMPRESSED_BYTES));
  }

  private static SheetRejectedException malformedWorkbook() {
    return new SheetRejectedException(
        Reason.FILE_MALFORMED, "the workbook is damaged or not an .xlsx file");
  }

  private static String describeBytes(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    return bytes + " bytes";
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasBinaryExtension(String filename) {
    if (filename == null) {
      return false;
    }
    String name = filename.strip().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot >= 0 && BINARY_EXTENSIONS.contains(name.substring(dot + 1));
  }

  /** Valid UTF-8, allowing a multi-byte sequence cut off by the end of the prefix. */
  private static boolean isUtf8Prefix(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, false);
    return !result.isError() && in.remaining() < 4;
  }
}
