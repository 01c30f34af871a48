package org.linli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.linli.testsupport.ApiClient;
import org.linli.testsupport.LinliInstance;
import org.linli.testsupport.Sessions;
import org.linli.testsupport.SyntheticIds;
import org.linli.testsupport.infra.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * Registry benchmark (run by {@code scripts/bench-registry}): imports N synthetic residents
 * (default 100,000) from a CSV through the API (dry run, then commit), exports them masked as CSV,
 * and compares the export with dumping the same rows with the {@code mariadb} command-line client.
 *
 * <p>The service runs in its own JVM with {@value #SERVER_HEAP} (started by this one with the same
 * class path), so its peak heap is measured apart from this client, which streams every download to
 * a file. Targets (issue 3): the export's peak server heap under 256 MiB at 100,000 rows, and its
 * time at most about twice the {@code mariadb} dump's ({@value #TIME_RATIO_TARGET}x). A freshly
 * started JVM runs the export's code interpreted at first, so {@value #WARMUP} warm-up runs of each
 * come first (printed, not compared); then each is timed {@value #RUNS} times and the medians are
 * compared. The peak heap counts every run. The figures and PASS/FAIL are printed.
 */
public final class RegistryBenchmark {

  static final String SERVER_HEAP = "-Xmx256m";
  static final long HEAP_TARGET_MIB = 256;
  static final double TIME_RATIO_TARGET = 2.0;
  static final int RUNS = 3;
  static final int WARMUP = 2;
  private static final String PREFIX = "BENCH ";

  private RegistryBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--server")) {
      serve();
      return;
    }
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Server server = Server.start();
    Path work = Files.createTempDirectory("linli-bench-registry-");
    boolean pass = false;
    try {
      ApiClient api = new ApiClient(server.baseUrl);
      Sessions sessions = new Sessions(api);
      long community = sessions.newCommunity("基准登记");
      String staffName = Sessions.unique("bench-registry");
      sessions.grant(staffName, community, "STAFF");
      String token = sessions.login(staffName).get("accessToken").asString();
      ApiClient staff = api.as(token);
      long building =
          staff.post("/api/v1/registry/buildings", Map.of("name", "1号楼")).json().get("id").asLong();
      long unit =
          staff
              .post("/api/v1/registry/buildings/" + building + "/units", Map.of("name", "1单元"))
              .json()
              .get("id")
              .asLong();
      for (int room = 1; room <= 100; room++) {
        staff.post(
            "/api/v1/registry/units/" + unit + "/rooms",
            Map.of(
                "number", Integer.toString(room), "areaCentiM2", 9000, "areaSource", "REGISTER"));
      }
      byte[] file = syntheticCsv(count);
      System.out.printf("generated %,d rows (%,d bytes)%n", count, file.length);

      server.resetPeak();
      long start = System.nanoTime();
      JsonNode dry =
          staff.upload("/api/v1/registry/imports?dryRun=true", "bench.csv", file, Map.of()).json();
      System.out.printf(
          "import dry run: %.1f s, %d valid, %d invalid, peak server heap %d MiB%n",
          BenchSupport.seconds(start),
          dry.get("valid").asInt(),
          dry.get("invalid").asInt(),
          server.peakHeapMiB());
      server.resetPeak();
      start = System.nanoTime();
      JsonNode done =
          staff.upload("/api/v1/registry/imports?dryRun=false", "bench.csv", file, Map.of()).json();
      System.out.printf(
          "import commit: %.1f s, %,d imported, peak server heap %d MiB%n",
          BenchSupport.seconds(start), done.get("imported").asInt(), server.peakHeapMiB());
      file = null;

      List<Double> exports = new ArrayList<>();
      long exportPeak = 0;
      long exportBytes = 0;
      for (int run = 1 - WARMUP; run <= RUNS; run++) {
        Path out = work.resolve("export-" + run + ".csv");
        server.resetPeak();
        start = System.nanoTime();
        int status = download(server.baseUrl + "/api/v1/registry/exports/residents", token, out);
        double seconds = BenchSupport.seconds(start);
        long peak = server.peakHeapMiB();
        if (run > 0) {
          exports.add(seconds);
        }
        exportPeak = Math.max(exportPeak, peak);
        exportBytes = Files.size(out);
        long lines;
        try (var stream = Files.lines(out, StandardCharsets.UTF_8)) {
          lines = stream.count();
        }
        System.out.printf(
            "export %s (masked csv, through the API): HTTP %d, %.2f s, %,d bytes, %,d rows,"
                + " peak server heap %d MiB%n",
            run > 0 ? "run " + run : "warm-up", status, seconds, exportBytes, lines - 1, peak);
        if (status != 200 || lines - 1 != count) {
          throw new IllegalStateException("export incomplete: HTTP " + status + ", " + lines);
        }
        Files.delete(out);
      }

      List<Double> dumps = new ArrayList<>();
      for (int run = 1 - WARMUP; run <= RUNS; run++) {
        Path out = work.resolve("dump-" + run + ".tsv");
        start = System.nanoTime();
        Process dump =
            new ProcessBuilder(
                    "mariadb",
                    "-u" + server.dbUser,
                    "-h127.0.0.1",
                    "-P" + server.dbPort,
                    "--batch",
                    "-e",
                    "SELECT * FROM "
                        + server.schema
                        + ".resident WHERE community_id = "
                        + community)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int exit = dump.waitFor();
        double seconds = BenchSupport.seconds(start);
        if (run > 0) {
          dumps.add(seconds);
        }
        System.out.printf(
            "mariadb client dump %s of the same rows (all columns, to a file): %.2f s,"
                + " %,d bytes (exit %d)%n",
            run > 0 ? "run " + run : "warm-up", seconds, Files.size(out), exit);
        Files.delete(out);
      }

      double export = median(exports);
      double dumpTime = median(dumps);
      double ratio = export / Math.max(0.001, dumpTime);
      boolean timeOk = ratio <= TIME_RATIO_TARGET;
      boolean heapOk = exportPeak < HEAP_TARGET_MIB;
      pass = timeOk && heapOk;
      System.out.printf(
          "%nexport median %.2f s, mariadb dump median %.2f s, export / dump = %.2f (target <= %.1f):"
              + " %s%n",
          export, dumpTime, ratio, TIME_RATIO_TARGET, timeOk ? "PASS" : "FAIL");
      System.out.printf(
          "export peak server heap %d MiB (server JVM %s, pool peaks incl. uncollected garbage;"
              + " target < %d MiB): %s%n",
          exportPeak, SERVER_HEAP, HEAP_TARGET_MIB, heapOk ? "PASS" : "FAIL");
      System.out.println(pass ? "RESULT: PASS" : "RESULT: FAIL");
    } finally {
      server.stop();
      try (var files = Files.list(work)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.deleteIfExists(work);
      System.exit(pass ? 0 : 1);
    }
  }

  private static byte[] syntheticCsv(int count) {
    StringBuilder csv = new StringBuilder("姓名,身份证号,手机号,楼栋,单元,房号,与户主关系,居住类型,标签\r\n");
    for (int i = 0; i < count; i++) {
      LocalDate birth = LocalDate.of(1930 + (i / 1000) % 80, 1 + (i / 80_000), 1);
      String id = SyntheticIds.idNumber(birth.plusDays(i / 1000 / 80), i % 1000, (i / 80_000));
      csv.append("居民")
          .append(i)
          .append(',')
          .append(id)
          .append(",139")
          .append(String.format("%08d", i))
          .append(",1号楼,1单元,")
          .append(1 + i % 100)
          .append(",其他,家属,低保\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** GETs {@code url} into {@code target} as it arrives; returns the HTTP status. */
  private static int download(String url, String token, Path target) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "*/*")
            .GET()
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofFile(target))
        .statusCode();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /**
   * The server side: starts the service against the test infrastructure, prints where it runs on a
   * {@code BENCH READY} line, then answers {@code reset} and {@code peak} on standard input until
   * {@code exit} or end of input.
   */
  private static void serve() throws IOException {
    PrintStream out = System.out;
    try {
      LinliInstance app = LinliInstance.shared();
      TestInfrastructure infra = TestInfrastructure.get();
      out.println(
          PREFIX
              + "READY "
              + app.baseUrl()
              + " "
              + infra.schema()
              + " "
              + infra.dbPort()
              + " "
              + infra.dbUser());
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null && !line.equals("exit")) {
        if (line.equals("reset")) {
          BenchSupport.resetPeaks();
          out.println(PREFIX + "OK");
        } else if (line.equals("peak")) {
          out.println(PREFIX + "PEAK " + BenchSupport.peakHeapMiB());
        }
        out.flush();
      }
    } finally {
      TestInfrastructure.cleanUpIfStarted();
      System.exit(0);
    }
  }

  /** The service running in a child JVM. */
  private static final class Server {
    final Process process;
    final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    final PrintStream commands;
    String baseUrl;
    String schema;
    int dbPort;
    String dbUser;

    private Server(Process process) {
      this.process = process;
      this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = r.readLine()) != null) {
                    if (line.startsWith(PREFIX)) {
                      answers.add(line.substring(PREFIX.length()));
                    }
                  }
                } catch (IOException e) {
                  answers.add("GONE " + e);
                }
                answers.add("GONE");
              },
              "bench-server-output");
      reader.setDaemon(true);
      reader.start();
    }

    static Server start() throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p =
          new ProcessBuilder(
                  java,
                  SERVER_HEAP,
                  "-cp",
                  System.getProperty("java.class.path"),
                  RegistryBenchmark.class.getName(),
                  "--server")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      Server s = new Server(p);
      String[] ready = s.answer("READY", 300).split(" ");
      s.baseUrl = ready[1];
      s.schema = ready[2];
      s.dbPort = Integer.parseInt(ready[3]);
      s.dbUser = ready[4];
      System.out.printf("server JVM (%s) at %s, schema %s%n", SERVER_HEAP, s.baseUrl, s.schema);
      return s;
    }

    void resetPeak() throws InterruptedException {
      commands.println("reset");
      answer("OK", 60);
    }

    long peakHeapMiB() throws InterruptedException {
      commands.println("peak");
      return Long.parseLong(answer("PEAK", 60).split(" ")[1]);
    }

    void stop() throws InterruptedException {
      commands.println("exit");
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroy();
      }
    }

    private String answer(String kind, int seconds) throws InterruptedException {
      String line = answers.poll(seconds, TimeUnit.SECONDS);
      if (line == null || !line.startsWith(kind)) {
        throw new IllegalStateException("server answered " + line + " instead of " + kind);
      }
      return line;
    }
  }
}
