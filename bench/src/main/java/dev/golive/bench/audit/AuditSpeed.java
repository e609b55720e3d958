package dev.golive.bench.audit;

import dev.golive.checks.Trust;
import dev.golive.core.model.Finding;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.ItemAudit;
import dev.golive.core.score.Policy;
import dev.golive.engine.Auditor;
import dev.golive.engine.Progress;
import dev.golive.testkit.Certificates;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.X509TrustManager;

/**
 * How fast {@code golive audit} runs, in process through the engine (no JVM start): a full audit
 * against its slowest check alone ({@link OneTarget}), and many targets in one audit against MDN
 * HTTP Observatory on the same targets ({@link ManyTargets}). bench/audit/run.sh runs it; see
 * bench/README.md, "Audit speed".
 *
 * <p>Usage: {@code AuditSpeed [one|many|all] [--rounds N] [--warmup N] [--targets N] [--many-rounds
 * N] [--observatory-sample N] [--scripts DIR] [--out DIR]}.
 */
public final class AuditSpeed {
  /** The names every lookup in this JVM may resolve, all to 127.0.0.1. */
  static final String HOSTS = "127.0.0.1 localhost shop.test\n";

  /** What to run and how often. */
  record Options(
      String part,
      int rounds,
      int warmup,
      int targets,
      int manyRounds,
      int observatorySample,
      int latencyMs,
      Path scripts,
      Path out) {}

  private AuditSpeed() {}

  public static void main(String[] args) throws Exception {
    // Before anything resolves a name: only the names in HOSTS resolve, so every connection this
    // JVM makes goes to 127.0.0.1, and shop.test needs no DNS.
    Path work = Files.createTempDirectory("golive-audit-bench");
    if (System.getProperty("jdk.net.hosts.file") == null) {
      Path hosts = Files.writeString(work.resolve("hosts"), HOSTS, StandardCharsets.UTF_8);
      System.setProperty("jdk.net.hosts.file", hosts.toString());
    }
    // The JDK's HTTP server leaves Nagle's algorithm on, unlike servers in production: its
    // header and body writes would then wait for the client's delayed ACK, 40 ms on Linux.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    Options o = parse(args);
    Files.createDirectories(o.out());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Certificates.Authority ca = Certificates.authority("golive audit bench CA");
    Certificates.Issued cert =
        ca.issue(
            Certificates.Spec.valid("shop.test", "localhost", "127.0.0.1")
                .key(Certificates.Key.ec("secp256r1")));
    Path caFile = ca.writePem(work.resolve("ca.pem"));
    X509TrustManager trust = Trust.withCaFile(caFile);
    Auditor.Options audit =
        Auditor.Options.defaults(Policy.defaults()).withTrust(trust).withProgress(Progress.NONE);
    if (o.part().equals("one") || o.part().equals("all")) {
      new OneTarget(o, cert, audit, out).run();
    }
    if (o.part().equals("many") || o.part().equals("all")) {
      new ManyTargets(o, cert, caFile, audit, work, out).run();
    }
  }

  private static Options parse(String[] args) {
    String part = "all";
    int rounds = 7;
    int warmup = 50;
    int targets = 200;
    int manyRounds = 5;
    int sample = 0;
    int latency = 0;
    Path scripts = Path.of("bench/observatory");
    Path out = Path.of("bench/target/audit");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "one", "many", "all" -> part = a;
        case "--rounds" -> rounds = positive(a, args, ++i);
        case "--warmup" -> warmup = whole(a, args, ++i);
        case "--targets" -> targets = positive(a, args, ++i);
        case "--many-rounds" -> manyRounds = positive(a, args, ++i);
        case "--observatory-sample" -> sample = whole(a, args, ++i);
        case "--latency" -> latency = whole(a, args, ++i);
        case "--scripts" -> scripts = Path.of(value(a, args, ++i));
        case "--out" -> out = Path.of(value(a, args, ++i));
        default -> usage("unknown argument '" + a + "'");
      }
    }
    return new Options(part, rounds, warmup, targets, manyRounds, sample, latency, scripts, out);
  }

  private static String value(String name, String[] args, int i) {
    if (i >= args.length) {
      usage(name + " needs a value");
    }
    return args[i];
  }

  private static int whole(String name, String[] args, int i) {
    try {
      int n = Integer.parseInt(value(name, args, i));
      if (n < 0) {
        usage(name + " must be 0 or more");
      }
      return n;
    } catch (NumberFormatException e) {
      usage(name + " must be a whole number, not '" + args[i] + "'");
      return 0;
    }
  }

  private static int positive(String name, String[] args, int i) {
    int n = whole(name, args, i);
    if (n == 0) {
      usage(name + " must be above 0");
    }
    return n;
  }

  private static void usage(String problem) {
    System.err.println("AuditSpeed: " + problem);
    System.err.println(
        "usage: AuditSpeed [one|many|all] [--rounds N] [--warmup N] [--targets N]"
            + " [--many-rounds N] [--observatory-sample N] [--latency MS] [--scripts DIR]"
            + " [--out DIR]");
    System.exit(2);
  }

  /** Every finding of a one-checklist audit, for each target in order. */
  static List<List<Finding>> findings(AuditAssessment result) {
    List<List<Finding>> out = new ArrayList<>();
    for (AuditAssessment.TargetAssessment t : result.targets()) {
      List<Finding> mine = new ArrayList<>();
      for (ItemAudit a : t.assessment().files().getFirst().audits()) {
        mine.addAll(a.findings());
      }
      out.add(mine);
    }
    return out;
  }

  /** Collects garbage left by the last run, so that the next one does not pay for it. */
  static void settle() throws InterruptedException {
    System.gc();
    Thread.sleep(Duration.ofMillis(100));
  }

  /** CPU time of this process so far: golive and the local servers alike. */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static String ms(double v) {
    return String.format(Locale.ROOT, v < 10 ? "%.2f" : v < 100 ? "%.1f" : "%.0f", v);
  }

  static String ratio(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
