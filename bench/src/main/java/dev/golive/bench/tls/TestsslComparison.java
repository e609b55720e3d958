package dev.golive.bench.tls;

import dev.golive.checks.LiveProbe;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.checks.http.HttpFetcher;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.LegacyTls;
import dev.golive.testkit.RawServer;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.X509TrustManager;

/**
 * Stands up local TLS servers with known faults, has golive's tls checks and testssl.sh judge each
 * one, and prints where they agree as a Markdown table. Run by {@code bench/testssl/compare.sh}.
 *
 * <p>Arguments: {@code OUT_DIR TESTSSL_COMMAND PARALLEL [SCENARIO...]}.
 */
public final class TestsslComparison {
  private static final List<String> ASPECTS =
      List.of("certificate", "expiry", "key", "protocols", "weak suites", "weak kinds");

  private TestsslComparison() {}

  /** One scenario's findings from both sides. */
  private record Row(Scenario scenario, Findings golive, Findings testssl, Duration took) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: TestsslComparison OUT_DIR TESTSSL PARALLEL [SCENARIO...]");
      System.exit(2);
    }
    LegacyTls.enable();
    Path out = Files.createDirectories(Path.of(args[0]));
    String testssl = args[1];
    int parallel = Integer.parseInt(args[2]);
    List<String> wanted = List.of(args).subList(3, args.length);
    Certificates.Authority ca = Certificates.authority("golive comparison CA");
    Path caFile = ca.writePem(out.resolve("ca.pem"));
    X509TrustManager trust = Trust.withCaFile(caFile);

    List<Scenario> scenarios =
        Scenario.all().stream().filter(s -> wanted.isEmpty() || wanted.contains(s.name())).toList();
    if (scenarios.isEmpty()) {
      System.err.println(
          "no such scenario: "
              + wanted
              + "; known: "
              + Scenario.all().stream().map(Scenario::name).toList());
      System.exit(2);
    }
    List<Future<Row>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
      for (Scenario s : scenarios) {
        futures.add(pool.submit(() -> compare(s, ca, trust, caFile, testssl, out)));
      }
      List<Row> rows = new ArrayList<>();
      for (Future<Row> f : futures) {
        rows.add(f.get());
      }
      String report = report(rows);
      Files.writeString(out.resolve("report.md"), report, StandardCharsets.UTF_8);
      System.out.print(report);
    }
  }

  private static Row compare(
      Scenario s,
      Certificates.Authority ca,
      X509TrustManager trust,
      Path caFile,
      String testssl,
      Path out)
      throws Exception {
    long start = System.nanoTime();
    try (Scenario.Server server = s.start().apply(ca)) {
      URI url = URI.create("https://127.0.0.1:" + server.port() + "/");
      Findings golive;
      try (HttpFetcher http =
          new HttpFetcher(Trust.context(trust), Duration.ofSeconds(5), 1 << 20)) {
        golive = Findings.golive(LiveProbe.of(Target.of(url), http, trust, Duration.ofSeconds(60)));
      }
      Path json = out.resolve(s.name() + ".json");
      Files.deleteIfExists(json);
      List<String> command =
          List.of(
              testssl,
              "--quiet",
              "--color",
              "0",
              "--warnings",
              "off",
              "--connect-timeout",
              "10",
              "--openssl-timeout",
              "10",
              "--ip",
              "127.0.0.1",
              "--add-ca",
              caFile.toString(),
              "--jsonfile",
              json.toString(),
              "-p",
              "-s",
              "-S",
              "-4",
              "-W",
              "-E",
              url.toString());
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(out.resolve(s.name() + ".log").toFile())
              .start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("testssl.sh did not finish on " + s.name() + " within 5 minutes");
      }
      Findings other = Files.exists(json) ? Findings.testssl(json) : null;
      if (other == null) {
        throw new IOException(
            "testssl.sh wrote no JSON for " + s.name() + "; see " + s.name() + ".log");
      }
      System.err.printf(
          "%-14s done in %d s%n", s.name(), (System.nanoTime() - start) / 1_000_000_000L);
      return new Row(s, golive, other, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** The golive side of one aspect, as the report shows it. */
  private static String side(Findings f, String aspect) {
    return switch (aspect) {
      case "protocols" -> f.protocols() == null ? "error" : String.join(" ", f.protocols());
      case "weak suites" ->
          f.weakSuites() == null
              ? "error"
              : f.weakSuites().isEmpty() ? "none" : String.join("<br>", f.weakSuites());
      case "weak kinds" ->
          f.weaknesses() == null
              ? "error"
              : f.weaknesses().isEmpty() ? "none" : String.join(", ", f.weaknesses());
      default -> f.verdicts().get(aspect);
    };
  }

  private static String report(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    b.append("| scenario | aspect | golive | testssl.sh | agree |\n");
    b.append("|---|---|---|---|:-:|\n");
    int agreed = 0;
    int total = 0;
    int[] perAspect = new int[ASPECTS.size()];
    List<String> differences = new ArrayList<>();
    for (Row r : rows) {
      for (int i = 0; i < ASPECTS.size(); i++) {
        String aspect = ASPECTS.get(i);
        String g = side(r.golive(), aspect);
        String t = side(r.testssl(), aspect);
        boolean same = g.equals(t);
        total++;
        if (same) {
          agreed++;
          perAspect[i]++;
        } else {
          differences.add(r.scenario().name() + " / " + aspect);
        }
        b.append("| ")
            .append(i == 0 ? r.scenario().name() + " (" + r.scenario().what() + ")" : "")
            .append(" | ")
            .append(aspect)
            .append(" | ")
            .append(g)
            .append(" | ")
            .append(t)
            .append(" | ")
            .append(same ? "yes" : "**no**")
            .append(" |\n");
      }
    }
    b.append("\nAgreement: ").append(agreed).append(" of ").append(total).append(" (");
    for (int i = 0; i < ASPECTS.size(); i++) {
      b.append(i == 0 ? "" : ", ")
          .append(ASPECTS.get(i))
          .append(' ')
          .append(perAspect[i])
          .append('/')
          .append(rows.size());
    }
    b.append(")\n");
    if (!differences.isEmpty()) {
      b.append("Differences: ").append(String.join(", ", differences)).append('\n');
    }
    b.append("\nWhat each side said:\n\n");
    for (Row r : rows) {
      b.append("- ").append(r.scenario().name()).append('\n');
      for (String aspect : List.of("certificate", "expiry", "key", "protocols", "ciphers")) {
        b.append("  - ")
            .append(aspect)
            .append(": golive: ")
            .append(r.golive().notes().get(aspect))
            .append(" / testssl.sh: ")
            .append(r.testssl().notes().getOrDefault(aspect, ""))
            .append('\n');
      }
    }
    return b.toString();
  }

  /** Answers the request with a small page, as a web server behind TLS would. */
  static void okPage(Socket s) throws IOException {
    RawServer.readRequest(s);
    RawServer.write(
        s,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 9\r\n"
            + "Connection: close\r\n\r\n<p>ok</p>");
  }

  /** Answers whatever arrives with 400 at once, as nginx does with a TLS hello on a plain port. */
  static void badRequest(Socket s) throws IOException {
    s.getInputStream().read(new byte[4096]);
    RawServer.write(
        s,
        "HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nContent-Length: 0\r\n"
            + "Connection: close\r\n\r\n");
  }
}
