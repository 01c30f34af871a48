package org.linli.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
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
 * Prints times and the peak heap.
 */
public final class RegistryBenchmark {

  private RegistryBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    LinliInstance app = LinliInstance.shared();
    try {
      Sessions sessions = new Sessions(app.client());
      long community = sessions.newCommunity("基准登记");
      String staffName = Sessions.unique("bench-registry");
      sessions.grant(staffName, community, "STAFF");
      ApiClient staff = sessions.as(staffName);
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
      StringBuilder csv = new StringBuilder("姓名,身份证号,手机号,楼栋,单元,房号,与户主关系,居住类型,标签\r\n");
      for (int i = 0; i < count; i++) {
        LocalDate birth =
            LocalDate.of(1930 + (i / 1000) % 80, 1 + (i / 80_000), 1).plusDays((i / 1000) / 80 * 0);
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
      byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
      System.out.printf("generated %,d rows (%,d bytes)%n", count, file.length);

      BenchSupport.resetPeaks();
      long start = System.nanoTime();
      JsonNode dry =
          staff.upload("/api/v1/registry/imports?dryRun=true", "bench.csv", file, Map.of()).json();
      System.out.printf(
          "import dry run: %.1f s, %d valid, %d invalid, peak heap %d MiB%n",
          BenchSupport.seconds(start),
          dry.get("valid").asInt(),
          dry.get("invalid").asInt(),
          BenchSupport.peakHeapMiB());
      BenchSupport.resetPeaks();
      start = System.nanoTime();
      JsonNode done =
          staff.upload("/api/v1/registry/imports?dryRun=false", "bench.csv", file, Map.of()).json();
      System.out.printf(
          "import commit: %.1f s, %,d imported, peak heap %d MiB%n",
          BenchSupport.seconds(start), done.get("imported").asInt(), BenchSupport.peakHeapMiB());
      file = null;
      csv = null;

      BenchSupport.resetPeaks();
      start = System.nanoTime();
      ApiClient.Response export = staff.accept("*/*").get("/api/v1/registry/exports/residents");
      double exportSeconds = BenchSupport.seconds(start);
      System.out.printf(
          "export (masked csv, through the API): %.1f s, %,d characters, peak heap %d MiB (max heap %d MiB)%n",
          exportSeconds,
          export.body().length(),
          BenchSupport.peakHeapMiB(),
          Runtime.getRuntime().maxMemory() >> 20);

      TestInfrastructure infra = TestInfrastructure.get();
      java.net.URI uri = java.net.URI.create(infra.jdbcUrl().substring(5));
      start = System.nanoTime();
      Process dump =
          new ProcessBuilder(
                  "mariadb",
                  "-uroot",
                  "-h127.0.0.1",
                  "-P" + uri.getPort(),
                  "--batch",
                  "-e",
                  "SELECT * FROM " + infra.schema() + ".resident WHERE community_id = " + community)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectErrorStream(true)
              .start();
      int exit = dump.waitFor();
      System.out.printf(
          "mariadb client dump of the same rows: %.1f s (exit %d); export / dump = %.1f%n",
          BenchSupport.seconds(start),
          exit,
          exportSeconds / Math.max(0.001, BenchSupport.seconds(start)));
    } finally {
      TestInfrastructure.cleanUpIfStarted();
      System.exit(0);
    }
  }
}
