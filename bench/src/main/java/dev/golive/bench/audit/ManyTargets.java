package dev.golive.bench.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.bench.observatory.ObservatoryComparison;
import dev.golive.checks.Catalog;
import dev.golive.checks.Target;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Outcome;
import dev.golive.core.score.AuditAssessment;
import dev.golive.engine.Auditor;
import dev.golive.engine.Plan;
import dev.golive.engine.Waivers;
import dev.golive.testkit.Certificates;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Many targets in one audit, as {@code golive audit --target} given each of them, against MDN HTTP
 * Observatory's retriever and tests over the same targets (bench/observatory/observatory.mjs
 * --time), one site after another and all at once. Every target is a {@link Shop} on 127.0.0.1 (two
 * servers each, all in this JVM); the checklist binds every check but those that need a name server
 * or a TLS service of their own.
 */
final class ManyTargets {
  private static final String HOST = "127.0.0.1";

  private final AuditSpeed.Options o;
  private final Certificates.Issued cert;
  private final Path caFile;
  private final Auditor.Options audit;
  private final Path work;
  private final PrintStream out;

  ManyTargets(
      AuditSpeed.Options o,
      Certificates.Issued cert,
      Path caFile,
      Auditor.Options audit,
      Path work,
      PrintStream out) {
    this.o = o;
    this.cert = cert;
    this.caFile = caFile;
    this.audit = audit;
    this.work = work;
    this.out = out;
  }

  /**
   * One way of running over the targets, timed each round: golive with a plan, or Observatory one
   * site after another or all at once.
   */
  private record Contender(
      String label, Samples ms, int sites, Plan plan, String mode, Path targetsFile) {
    boolean isGolive() {
      return plan != null;
    }
  }

  void run() throws Exception {
    Traffic traffic = new Traffic();
    List<Shop> shops = new ArrayList<>();
    String shortfall = null;
    try {
      try {
        for (int i = 0; i < o.targets(); i++) {
          shops.add(new Shop(HOST, cert, traffic, o.latencyMs()));
        }
      } catch (RuntimeException | OutOfMemoryError e) {
        shortfall =
            "only "
                + shops.size()
                + " of "
                + o.targets()
                + " targets could be started on this machine: "
                + e;
        System.err.println("AuditSpeed: " + shortfall);
      }
      measure(shops, traffic, shortfall);
    } finally {
      shops.forEach(Shop::close);
    }
  }

  private void measure(List<Shop> shops, Traffic traffic, String shortfall) throws Exception {
    Catalog catalog = Catalog.builtIn();
    Set<String> observatorys =
        ObservatoryComparison.PAIRS.stream()
            .map(ObservatoryComparison.Pair::golive)
            .collect(Collectors.toSet());
    List<BenchChecklist.Entry> ten =
        BenchChecklist.entries(catalog, t -> observatorys.contains(t.id()), null);
    List<BenchChecklist.Entry> full =
        BenchChecklist.entries(
            catalog, t -> !BenchChecklist.NAME_AND_TLS.contains(t.family()), null);
    AuditSpeed.write(
        o.out().resolve("many-observatory-checklist.md"), BenchChecklist.markdown(TEN_TITLE, ten));
    AuditSpeed.write(
        o.out().resolve("many-checklist.md"), BenchChecklist.markdown(FULL_TITLE, full));
    List<Target> targets = shops.stream().map(s -> Target.of(s.url())).toList();
    int sites = targets.size();
    int sample = o.observatorySample() == 0 ? sites : Math.min(sites, o.observatorySample());
    Path all = targetsFile("targets.json", shops);
    Path some = sample == sites ? all : targetsFile("sample.json", shops.subList(0, sample));
    Observatory observatory = Observatory.find(o.scripts(), caFile);
    if (observatory == null) {
      System.err.println(
          "AuditSpeed: Observatory is not installed (see bench/observatory/compare.sh);"
              + " timing golive alone");
    }
    Auditor auditor = new Auditor(audit);

    List<Contender> contenders = new ArrayList<>();
    int rounds = o.manyRounds();
    contenders.add(
        new Contender(
            "golive, Observatory's " + ten.size() + " checks",
            new Samples(rounds),
            sites,
            BenchChecklist.plan(catalog, TEN_TITLE, ten),
            null,
            null));
    contenders.add(
        new Contender(
            "golive, all " + full.size() + " checks",
            new Samples(rounds),
            sites,
            BenchChecklist.plan(catalog, FULL_TITLE, full),
            null,
            null));
    if (observatory != null) {
      contenders.add(
          new Contender(
              "Observatory, one site after another",
              new Samples(rounds),
              sample,
              null,
              "sequential",
              some));
      contenders.add(
          new Contender(
              "Observatory, all sites at once",
              new Samples(rounds),
              sites,
              null,
              "concurrent",
              all));
    }
    System.err.printf(
        Locale.ROOT,
        "AuditSpeed: %d targets: counting requests, %d warm-up audits, %d rounds ...%n",
        sites,
        Math.max(1, Math.min(o.warmup(), 3)),
        rounds);
    // untimed: what each way asks of a site, and whether its answers came
    Map<String, Traffic.Count> counts = new java.util.LinkedHashMap<>();
    Map<String, Map<Outcome, Integer>> outcomes = new java.util.LinkedHashMap<>();
    Map<String, List<String>> notPassed = new java.util.LinkedHashMap<>();
    int observatoryDown = 0;
    for (Contender c : contenders) {
      traffic.take();
      if (c.isGolive()) {
        AuditAssessment first = auditor.run(c.plan(), targets, Waivers.none());
        outcomes.put(c.label(), outcomes(first));
        notPassed.put(c.label(), notPassed(first));
      } else if (c.mode().equals("sequential")) {
        observatoryDown = observatory.time(some, "sequential", 0).path("down").asInt();
      } else {
        continue;
      }
      counts.put(c.label(), traffic.take());
    }
    // the first audits above warmed up too; a few more, as many sites' worth as part one's warm-up
    for (int w = 1; w < Math.min(o.warmup(), 3); w++) {
      for (Contender c : contenders) {
        if (c.isGolive()) {
          auditor.run(c.plan(), targets, Waivers.none());
        }
      }
    }
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < contenders.size(); k++) {
        Contender c = contenders.get((round + k) % contenders.size());
        AuditSpeed.settle();
        double ms;
        if (c.isGolive()) {
          long started = System.nanoTime();
          auditor.run(c.plan(), targets, Waivers.none());
          ms = (System.nanoTime() - started) / 1e6;
        } else {
          JsonNode r = observatory.time(c.targetsFile(), c.mode(), Math.min(10, sample));
          ms = r.path("ms").asDouble();
          observatoryDown = Math.max(observatoryDown, r.path("down").asInt());
        }
        c.ms().set(round, ms);
      }
      System.err.printf(Locale.ROOT, "AuditSpeed: round %d of %d done%n", round + 1, rounds);
    }
    report(contenders, sample, counts, outcomes, notPassed, observatoryDown, shortfall);
    csv(contenders);
  }

  private static final String TEN_TITLE = "Observatory's checks for many sites";
  private static final String FULL_TITLE = "Checks for many sites";

  private void report(
      List<Contender> contenders,
      int sample,
      Map<String, Traffic.Count> counts,
      Map<String, Map<Outcome, Integer>> outcomes,
      Map<String, List<String>> notPassed,
      int observatoryDown,
      String shortfall) {
    int sites = contenders.getFirst().sites();
    out.println();
    out.printf(
        Locale.ROOT,
        "Many targets: %d sites on 127.0.0.1, each HTTPS (private CA) and plain HTTP: %d servers"
            + " in one JVM; answers after %d ms; %d timed rounds%n",
        sites,
        2 * sites,
        o.latencyMs(),
        o.manyRounds());
    if (shortfall != null) {
      out.println("NOTE: " + shortfall);
    }
    out.println(
        "(time per site = the run's wall time / the sites it covered; medians over rounds;"
            + " req/conn = requests and connections per site, from an untimed run)");
    out.printf(
        Locale.ROOT,
        "%-38s %6s %10s %8s %9s %9s %10s%n",
        "",
        "sites",
        "run ms",
        "ms/site",
        "p90/site",
        "sites/s",
        "req/conn");
    for (Contender c : contenders) {
      double perSite = c.ms().median() / c.sites();
      Traffic.Count n = counts.get(c.label());
      String traffic =
          n == null
              ? ""
              : String.format(
                  Locale.ROOT,
                  "%.1f/%.1f",
                  (double) n.requests() / c.sites(),
                  (double) n.connections() / c.sites());
      out.printf(
          Locale.ROOT,
          "%-38s %6d %10s %8s %9s %9.1f %10s%n",
          c.label(),
          c.sites(),
          AuditSpeed.ms(c.ms().median()),
          AuditSpeed.ms(perSite),
          AuditSpeed.ms(c.ms().p90() / c.sites()),
          1000 / perSite,
          traffic);
    }
    outcomes.forEach(
        (label, count) -> {
          out.println(label + ", findings in the first audit: " + count);
          notPassed.get(label).forEach(line -> out.println("  " + line));
        });
    List<Contender> golive = contenders.stream().filter(Contender::isGolive).toList();
    List<Contender> theirs = contenders.stream().filter(c -> !c.isGolive()).toList();
    if (!theirs.isEmpty()) {
      out.println();
      for (Contender g : golive) {
        Samples mine = perSite(g);
        for (Contender c : theirs) {
          Samples other = perSite(c);
          out.printf(
              Locale.ROOT,
              "%s / %s, time per site: %s (medians), %s (paired per round)%n",
              c.label(),
              g.label(),
              AuditSpeed.ratio(other.median() / mine.median()),
              AuditSpeed.ratio(Samples.paired(other, mine)));
        }
      }
      out.println(
          "(goal: golive at least 20 times faster per site on the checks Observatory also runs)");
      if (sample < sites) {
        out.printf(
            Locale.ROOT,
            "Observatory one site after another was timed on the first %d of the %d sites%n",
            sample,
            sites);
      }
      if (observatoryDown > 0) {
        out.printf(
            Locale.ROOT,
            "WARNING: Observatory found %d sites down in a run: its time is not a full scan%n",
            observatoryDown);
      }
    }
  }

  private static Samples perSite(Contender c) {
    Samples s = new Samples(c.ms().size());
    for (int r = 0; r < s.size(); r++) {
      s.set(r, c.ms().at(r) / c.sites());
    }
    return s;
  }

  private static Map<Outcome, Integer> outcomes(AuditAssessment result) {
    Map<Outcome, Integer> count = new EnumMap<>(Outcome.class);
    for (List<Finding> target : AuditSpeed.findings(result)) {
      for (Finding f : target) {
        count.merge(f.outcome(), 1, Integer::sum);
      }
    }
    return count;
  }

  /** Findings other than pass, by check and outcome, with the first message of each kind. */
  private static List<String> notPassed(AuditAssessment result) {
    Map<String, Integer> count = new TreeMap<>();
    Map<String, String> first = new TreeMap<>();
    for (List<Finding> target : AuditSpeed.findings(result)) {
      for (Finding f : target) {
        if (f.outcome() != Outcome.PASS) {
          String key = f.check() + " " + f.outcome().id();
          count.merge(key, 1, Integer::sum);
          first.putIfAbsent(key, f.message());
        }
      }
    }
    List<String> out = new ArrayList<>();
    count.forEach((k, n) -> out.add(k + " ×" + n + ", e.g. " + first.get(k)));
    return out;
  }

  private Path targetsFile(String name, List<Shop> shops) throws IOException {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < shops.size(); i++) {
      Shop s = shops.get(i);
      list.add(
          Map.of(
              "name",
              "shop-" + i,
              "host",
              HOST,
              "httpPort",
              s.httpPort(),
              "httpsPort",
              s.httpsPort()));
    }
    Path file = work.resolve(name);
    new ObjectMapper().writeValue(file.toFile(), list);
    return file;
  }

  private void csv(List<Contender> contenders) throws IOException {
    StringBuilder b = new StringBuilder("run,sites,round,ms\n");
    for (Contender c : contenders) {
      for (int r = 0; r < c.ms().size(); r++) {
        b.append('"')
            .append(c.label())
            .append("\",")
            .append(c.sites())
            .append(',')
            .append(r)
            .append(',')
            .append(String.format(Locale.ROOT, "%.3f", c.ms().at(r)))
            .append('\n');
      }
    }
    AuditSpeed.write(o.out().resolve("many-targets.csv"), b.toString());
  }

  /** observatory.mjs --time, run with Node. */
  private record Observatory(Path script, Path caFile) {
    static Observatory find(Path scripts, Path caFile) {
      Path dir = Path.of(System.getenv().getOrDefault("OBSERVATORY_DIR", "/tmp/obs"));
      if (!Files.isDirectory(dir.resolve("node_modules/@mdn/mdn-http-observatory"))) {
        return null;
      }
      return new Observatory(scripts.resolve("observatory.mjs"), caFile);
    }

    /** Scans every site of {@code targets}; its JSON answer: ms, sites, down. */
    JsonNode time(Path targets, String mode, int warmup) throws IOException, InterruptedException {
      Path outFile = Files.createTempFile("observatory", ".json");
      Path errFile = Files.createTempFile("observatory", ".log");
      try {
        ProcessBuilder pb =
            new ProcessBuilder(
                    System.getenv().getOrDefault("NODE", "node"),
                    script.toString(),
                    "--time",
                    targets.toString(),
                    mode,
                    String.valueOf(warmup))
                .redirectOutput(outFile.toFile())
                .redirectError(errFile.toFile());
        pb.environment().put("NODE_EXTRA_CA_CERTS", caFile.toString());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
          p.destroyForcibly().waitFor();
          throw new IOException("Observatory did not finish within 10 minutes");
        }
        if (p.exitValue() != 0) {
          throw new IOException(
              "Observatory failed: " + Files.readString(errFile, StandardCharsets.UTF_8));
        }
        return new ObjectMapper().readTree(outFile.toFile());
      } finally {
        Files.deleteIfExists(outFile);
        Files.deleteIfExists(errFile);
      }
    }
  }
}
