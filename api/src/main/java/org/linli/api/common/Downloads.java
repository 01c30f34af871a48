package org.linli.api.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.function.Consumer;
import org.linli.service.common.InvalidFieldsException;
import org.linli.service.common.SpreadsheetWriter;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Spreadsheet downloads: written to a temporary file first (bounded memory, and a failure becomes a
 * problem response instead of a broken file), streamed to the client, then deleted.
 */
public final class Downloads {

  private Downloads() {}

  /**
   * Parses a {@code format} query value.
   *
   * @throws InvalidFieldsException for anything but csv or xlsx
   */
  public static SpreadsheetWriter.Format format(String value) {
    try {
      return SpreadsheetWriter.Format.valueOf(
          (value == null ? "csv" : value).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldsException("format", "INVALID", "csv or xlsx");
    }
  }

  /** Runs {@code writer} into a temporary file and answers it as an attachment. */
  public static ResponseEntity<Resource> spreadsheet(
      String baseName, SpreadsheetWriter.Format format, Consumer<OutputStream> writer) {
    String extension = format.name().toLowerCase(Locale.ROOT);
    Path file;
    try {
      file = Files.createTempFile("linli-download-", "." + extension);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      writer.accept(out);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(file);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException((IOException) e);
    }
    MediaType type =
        format == SpreadsheetWriter.Format.CSV
            ? new MediaType("text", "csv", StandardCharsets.UTF_8)
            : MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(baseName + "." + extension, StandardCharsets.UTF_8)
                .build()
                .toString())
        .cacheControl(CacheControl.noStore())
        .body(new DeleteOnCloseResource(file));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A leftover temporary file is harmless.
    }
  }

  /** A file deleted when the stream reading it is closed. */
  private static final class DeleteOnCloseResource extends FileSystemResource {
    private final Path path;

    DeleteOnCloseResource(Path path) {
      super(path);
      this.path = path;
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return Files.newInputStream(path, StandardOpenOption.DELETE_ON_CLOSE);
    }
  }
}
