package dev.golive.bench.observatory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.checks.Judgement;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Certificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.X509TrustManager;

/**
 * Stands up the local {@link Targets}, runs MDN HTTP Observatory's tests (through
 * bench/observatory/observatory.mjs) and golive's http checks over each, and prints where they
 * agree. Observatory's result counts as a failure when its score modifier is negative; golive's
 * when its outcome is {@code fail}. An {@code error} from golive (it could not decide) is shown and
 * counted apart.
 *
 * <p>Usage: {@code ObservatoryComparison SCRIPT_DIR [all|fixed|random]} with OBSERVATORY_DIR naming
 * where the npm package is installed, OBS_OUT the folder for the details (a new temporary folder
 * when unset), and SITES and SEED the random sites ({@link RandomDifferential}, after the fixed
 * targets unless {@code fixed} is given); bench/observatory/compare.sh does all of it.
 */
public final class ObservatoryComparison {
  /** An Observatory test and the golive check that answers the same question. */
  public record Pair(String observatory, String golive) {}

  public static final List<Pair> PAIRS =
      List.of(
          new Pair("strict-transport-security", "http.hsts"),
          new Pair("redirection", "http.https-redirect"),
          new Pair("content-security-policy", "http.csp"),
          new Pair("x-frame-options", "http.frame-options"),
          new Pair("x-content-type-options", "http.content-type-options"),
          new Pair("referrer-policy", "http.referrer-policy"),
          new Pair("cookies", "http.cookies"),
          new Pair("cross-origin-resource-sharing", "http.cors"),
          new Pair("subresource-integrity", "http.sri"),
          new Pair("cross-origin-resource-policy", "http.corp"));

  /** golive's checks Observatory has no test for, shown for information. */
  static final List<String> GOLIVE_ONLY =
      List.of("http.status", "http.server-banner", "http.compression", "http.cache-static");

  private ObservatoryComparison() {}

  public static void main(String[] args) throws Exception {
    String part = args.length > 1 ? args[1] : "all";
    if (args.length < 1 || args.length > 2 || !List.of("all", "fixed", "random").contains(part)) {
      System.err.println(
          "usage: ObservatoryComparison SCRIPT_DIR [all|fixed|random] (see compare.sh)");
      System.exit(2);
    }
    Path scripts = Path.of(args[0]);
    String outDir = System.getenv("OBS_OUT");
    Path work =
        outDir == null || outDir.isEmpty()
            ? Files.createTempDirectory("golive-observatory")
            : Files.createDirectories(Path.of(outDir));
    Certificates.Authority ca = Certificates.authority("golive comparison CA");
    Certificates.Issued trusted = ca.issue(Certificates.Spec.valid("localhost", "127.0.0.1"));
    Certificates.Issued untrusted =
        Certificates.authority("nobody's CA")
            .issue(Certificates.Spec.valid("localhost", "127.0.0.1"));
    Path caFile = ca.writePem(work.resolve("ca.pem"));
    X509TrustManager trust = Trust.withCaFile(caFile);

    if (!part.equals("random")) {
      fixed(scripts, work, caFile, trust, trusted, untrusted);
    }
    if (!part.equals("fixed")) {
      long seed = Long.parseLong(System.getenv().getOrDefault("SEED", "20261124"));
      int n = Integer.parseInt(System.getenv().getOrDefault("SITES", "300"));
      System.out.print(
          RandomDifferential.run(scripts, work, caFile, trust, trusted, untrusted, seed, n));
    }
    System.err.println("ObservatoryComparison: details in " + work);
  }

  /** The fixed {@link Targets}, then the random CSP differential. */
  private static void fixed(
      Path scripts,
      Path work,
      Path caFile,
      X509TrustManager trust,
      Certificates.Issued trusted,
      Certificates.Issued untrusted)
      throws IOException, InterruptedException {
    List<LocalSite> sites = new ArrayList<>();
    try {
      for (LocalSite.Spec spec : Targets.all()) {
        sites.add(new LocalSite(spec, trusted, untrusted));
      }
      JsonNode observatory = runObservatory(scripts, work, caFile, sites);
      Report report = new Report();
      for (LocalSite site : sites) {
        Map<String, Judgement> golive = runGolive(site, trust);
        JsonNode tests = observatory.path(site.spec.name()).path("tests");
        for (Pair pair : PAIRS) {
          JsonNode o = tests.path(pair.observatory());
          report.add(
              site.spec.name(),
              pair.golive(),
              golive.get(pair.golive()),
              o.path("result").asText("(none)"),
              o.path("modifier").asInt(0));
        }
        for (String id : GOLIVE_ONLY) {
          report.addGoliveOnly(site.spec.name(), id, golive.get(id));
        }
      }
      System.out.print(report.render());
      System.out.print(differential(scripts, work, caFile));
    } finally {
      sites.forEach(LocalSite::close);
    }
  }

  /** Random policies through both CSP judges: how often the result names and verdicts match. */
  private static String differential(Path scripts, Path work, Path caFile)
      throws IOException, InterruptedException {
    List<CspDifferential.Case> cases = CspDifferential.cases(20261123, 3000);
    Path file = work.resolve("csp-cases.json");
    new ObjectMapper().writeValue(file.toFile(), cases);
    JsonNode observatory = node(scripts, work, caFile, "csp", "--csp", file.toString());
    int sameName = 0;
    int sameVerdict = 0;
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Judgement g = CspDifferential.golive(cases.get(i));
      String name = CspDifferential.resultName(g);
      String theirs = observatory.get(i).path("result").asText();
      boolean theyFail = observatory.get(i).path("modifier").asInt() < 0;
      sameName += name.equals(theirs) ? 1 : 0;
      sameVerdict += (g.outcome() == Outcome.FAIL) == theyFail ? 1 : 0;
      if (!name.equals(theirs) && differ.size() < 5) {
        differ.add("- " + cases.get(i) + ": golive " + name + ", Observatory " + theirs);
      }
    }
    StringBuilder b = new StringBuilder("\n## Random policies through both CSP judges\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "%d policies: the same result name for %d, the same verdict for %d%n",
            cases.size(),
            sameName,
            sameVerdict));
    differ.forEach(d -> b.append(d).append('\n'));
    return b.toString();
  }

  private static JsonNode runObservatory(
      Path scripts, Path work, Path caFile, List<LocalSite> sites)
      throws IOException, InterruptedException {
    List<Map<String, Object>> targets = new ArrayList<>();
    for (LocalSite s : sites) {
      targets.add(
          Map.of(
              "name", s.spec.name(),
              "host", "localhost",
              "httpPort", s.httpPort(),
              "httpsPort", s.httpsPort()));
    }
    Path targetsFile = work.resolve("targets.json");
    new ObjectMapper().writeValue(targetsFile.toFile(), targets);
    return node(scripts, work, caFile, "sites", targetsFile.toString());
  }

  /** Runs observatory.mjs with {@code args}; its JSON output. */
  static JsonNode node(Path scripts, Path work, Path caFile, String name, String... args)
      throws IOException, InterruptedException {
    Path out = work.resolve(name + ".json");
    Path err = work.resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(System.getenv().getOrDefault("NODE", "node"));
    command.add(scripts.resolve("observatory.mjs").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("NODE_EXTRA_CA_CERTS", caFile.toString());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(
          "Observatory did not finish: " + Files.readString(err, StandardCharsets.UTF_8));
    }
    return new ObjectMapper().readTree(out.toFile());
  }

  private static Map<String, Judgement> runGolive(LocalSite site, X509TrustManager trust)
      throws InterruptedException {
    List<String> ids = new ArrayList<>(PAIRS.stream().map(Pair::golive).toList());
    ids.addAll(GOLIVE_ONLY);
    Map<String, Judgement> out = new LinkedHashMap<>();
    GoliveRun.run(site.web(), site.plainUrl(), trust, ids)
        .forEach((id, r) -> out.put(id, r.judgement()));
    return out;
  }

  /** The agreement table. */
  static final class Report {
    private record Row(String target, String check, Judgement golive, String result, int modifier) {
      boolean observatoryFails() {
        return modifier < 0;
      }

      boolean decided() {
        return golive.outcome() != Outcome.ERROR;
      }

      boolean agrees() {
        return decided() && (golive.outcome() == Outcome.FAIL) == observatoryFails();
      }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String[]> only = new ArrayList<>();

    void add(String target, String check, Judgement golive, String result, int modifier) {
      rows.add(new Row(target, check, golive, result, modifier));
    }

    void addGoliveOnly(String target, String check, Judgement j) {
      only.add(new String[] {target, check, j.outcome().id(), j.message()});
    }

    String render() {
      StringBuilder b = new StringBuilder();
      b.append("## Every target and check\n\n");
      b.append("| target | check | golive | Observatory (modifier) | agree |\n");
      b.append("|---|---|---|---|---|\n");
      for (Row r : rows) {
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s (%+d) | %s |%n",
                r.target(),
                r.check(),
                r.golive().outcome().id(),
                r.result(),
                r.modifier(),
                !r.decided() ? "n/a" : r.agrees() ? "yes" : "**no**"));
      }
      b.append("\n## Agreement per check\n\n");
      b.append("| check | agree | disagree | golive could not decide |\n");
      b.append("|---|---|---|---|\n");
      int agree = 0;
      int disagree = 0;
      for (String check : PAIRS.stream().map(Pair::golive).toList()) {
        List<Row> mine = rows.stream().filter(r -> r.check().equals(check)).toList();
        long a = mine.stream().filter(Row::agrees).count();
        long n = mine.stream().filter(r -> !r.decided()).count();
        long d = mine.size() - a - n;
        agree += (int) a;
        disagree += (int) d;
        b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", check, a, d, n));
      }
      b.append(
          String.format(
              Locale.ROOT, "%nagree %d, disagree %d of %d%n", agree, disagree, rows.size()));
      b.append("\n## Disagreements and undecided, with golive's message\n\n");
      for (Row r : rows) {
        if (!r.agrees()) {
          b.append(
              String.format(
                  Locale.ROOT,
                  "- %s %s: golive %s, Observatory %s (%+d): %s%n",
                  r.target(),
                  r.check(),
                  r.golive().outcome().id(),
                  r.result(),
                  r.modifier(),
                  r.golive().message()));
        }
      }
      b.append("\n## golive's checks that Observatory does not have\n\n");
      b.append("| target | check | golive | message |\n|---|---|---|---|\n");
      for (String[] o : only) {
        b.append("| ")
            .append(String.join(" | ", o[0], o[1], o[2], o[3].replace("|", "\\|")))
            .append(" |\n");
      }
      return b.toString();
    }
  }
}
