package dev.golive.bench.observatory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.golive.bench.observatory.ObservatoryComparison.Pair;
import dev.golive.checks.Judgement;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Certificates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.X509TrustManager;

/**
 * The random-site differential: {@link RandomSites} stood up on 127.0.0.1, judged by Observatory's
 * retriever and tests and by golive's ten paired checks, every disagreement put in one of the
 * {@link Differences} kinds (a documented deliberate difference) or left unexplained.
 */
final class RandomDifferential {
  /** How many sites golive judges at once. */
  private static final int PARALLEL = 4;

  private RandomDifferential() {}

  /** One check on one site, both tools' answers. */
  record Row(
      RandomSite.Spec spec,
      String check,
      String observatoryTest,
      GoliveRun.Result golive,
      String result,
      int modifier,
      JsonNode observatory) {
    boolean observatoryFails() {
      return modifier < 0;
    }

    boolean decided() {
      return golive.judgement().outcome() != Outcome.ERROR && observatoryAnswered();
    }

    /** Whether Observatory graded the site at all (it gives no result when it finds it down). */
    boolean observatoryAnswered() {
      return !result.equals("(none)");
    }

    boolean agrees() {
      return decided() && (golive.judgement().outcome() == Outcome.FAIL) == observatoryFails();
    }
  }

  /**
   * Draws {@code n} sites from {@code seed}, runs both tools over them and returns the report
   * (Markdown); every site's recipe and both tools' answers go to {@code out}/random-sites.json.
   */
  static String run(
      Path scripts,
      Path out,
      Path caFile,
      X509TrustManager trust,
      Certificates.Issued trusted,
      Certificates.Issued untrusted,
      long seed,
      int n)
      throws IOException, InterruptedException {
    List<RandomSite.Spec> specs = RandomSites.draw(seed, n);
    List<RandomSite> sites = new ArrayList<>();
    long started = System.nanoTime();
    try {
      for (RandomSite.Spec spec : specs) {
        sites.add(new RandomSite(spec, trusted, untrusted));
      }
      System.err.printf(Locale.ROOT, "random sites: %d up, running Observatory ...%n", n);
      JsonNode observatory = observatory(scripts, out, caFile, sites);
      long obsDone = System.nanoTime();
      System.err.println("random sites: running golive ...");
      List<Map<String, GoliveRun.Result>> golive = golive(sites, trust);
      long goliveDone = System.nanoTime();
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < sites.size(); i++) {
        RandomSite.Spec spec = sites.get(i).spec;
        JsonNode tests = observatory.path(spec.name()).path("tests");
        for (Pair pair : ObservatoryComparison.PAIRS) {
          JsonNode o = tests.path(pair.observatory());
          rows.add(
              new Row(
                  spec,
                  pair.golive(),
                  pair.observatory(),
                  golive.get(i).get(pair.golive()),
                  o.path("result").asText("(none)"),
                  o.path("modifier").asInt(0),
                  observatory.path(spec.name())));
        }
      }
      dump(out.resolve("random-sites.json"), sites, rows);
      return render(
          seed,
          n,
          rows,
          (obsDone - started) / 1_000_000_000.0,
          (goliveDone - obsDone) / 1_000_000_000.0);
    } finally {
      sites.forEach(RandomSite::close);
    }
  }

  private static JsonNode observatory(Path scripts, Path out, Path caFile, List<RandomSite> sites)
      throws IOException, InterruptedException {
    List<Map<String, Object>> targets = new ArrayList<>();
    for (RandomSite s : sites) {
      targets.add(
          Map.of(
              "name", s.spec.name(),
              "host", "localhost",
              "httpPort", s.httpPort(),
              "httpsPort", s.httpsPort()));
    }
    Path file = out.resolve("random-targets.json");
    new ObjectMapper().writeValue(file.toFile(), targets);
    return ObservatoryComparison.node(
        scripts, out, caFile, "random-observatory", "--detail", file.toString());
  }

  private static List<Map<String, GoliveRun.Result>> golive(
      List<RandomSite> sites, X509TrustManager trust) throws InterruptedException {
    List<String> ids = ObservatoryComparison.PAIRS.stream().map(Pair::golive).toList();
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      List<Future<Map<String, GoliveRun.Result>>> futures = new ArrayList<>();
      for (RandomSite s : sites) {
        futures.add(pool.submit(() -> GoliveRun.run(s.web(), s.plainUrl(), trust, ids)));
      }
      List<Map<String, GoliveRun.Result>> results = new ArrayList<>();
      for (Future<Map<String, GoliveRun.Result>> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("golive failed on a random site", e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every site: its recipe, its ports, and both tools' answers per check. */
  private static void dump(Path file, List<RandomSite> sites, List<Row> rows) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode all = json.createArrayNode();
    int r = 0;
    for (RandomSite s : sites) {
      ObjectNode site = all.addObject();
      site.set("spec", json.valueToTree(s.spec));
      site.put("httpsPort", s.httpsPort());
      site.put("httpPort", s.httpPort());
      site.put("observatoryUrl", rows.get(r).observatory().path("url").asText(null));
      ObjectNode checks = site.putObject("checks");
      for (int k = 0; k < ObservatoryComparison.PAIRS.size(); k++, r++) {
        Row row = rows.get(r);
        ObjectNode c = checks.putObject(row.check());
        c.put("agree", row.decided() ? (row.agrees() ? "yes" : "no") : "undecided");
        c.put("golive", row.golive().judgement().outcome().id());
        c.put("message", row.golive().judgement().message());
        c.set("evidence", json.valueToTree(row.golive().evidence()));
        c.put("observatory", row.result());
        c.put("modifier", row.modifier());
        c.set("data", row.observatory().path("tests").path(row.observatoryTest()).path("data"));
        Differences.classify(row).ifPresent(k2 -> c.put("kind", k2.id));
      }
    }
    json.writeValue(file.toFile(), all);
  }

  static String render(long seed, int n, List<Row> rows, double obsSeconds, double goliveSeconds) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%n## Random sites%n%n%d sites drawn with seed %d; Observatory %.1f s, golive %.1f s%n%n",
            n,
            seed,
            obsSeconds,
            goliveSeconds));
    b.append("| check | agree | disagree | golive undecided | documented | unexplained |\n");
    b.append("|---|---:|---:|---:|---:|---:|\n");
    Map<Differences.Kind, Integer> kinds = new LinkedHashMap<>();
    List<Row> unexplained = new ArrayList<>();
    Map<String, Set<String>> undecidedSites = new TreeMap<>();
    Map<String, Integer> undecided = new TreeMap<>();
    int agree = 0;
    int total = 0;
    for (Pair pair : ObservatoryComparison.PAIRS) {
      int a = 0;
      int d = 0;
      int u = 0;
      int documented = 0;
      int bugs = 0;
      for (Row r : rows) {
        if (!r.check().equals(pair.golive())) {
          continue;
        }
        if (!r.decided()) {
          u++;
          String why =
              r.observatoryAnswered()
                  ? reason(r.golive().judgement())
                  : "Observatory found the site down";
          undecided.merge(why, 1, Integer::sum);
          undecidedSites.computeIfAbsent(why, k -> new TreeSet<>()).add(r.spec().name());
        } else if (r.agrees()) {
          a++;
        } else {
          d++;
          var kind = Differences.classify(r);
          if (kind.isPresent()) {
            documented++;
            kinds.merge(kind.get(), 1, Integer::sum);
          } else {
            bugs++;
            unexplained.add(r);
          }
        }
      }
      agree += a;
      total += a + d + u;
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %d | %d |%n",
              pair.golive(),
              a,
              d,
              u,
              documented,
              bugs));
    }
    b.append(String.format(Locale.ROOT, "%nagree %d of %d%n", agree, total));
    b.append("\n### Disagreements by kind\n\n| kind | check | count | why |\n|---|---|---:|---|\n");
    kinds.forEach(
        (k, count) ->
            b.append(
                String.format(
                    Locale.ROOT, "| %s | %s | %d | %s |%n", k.id, k.check, count, k.why)));
    b.append("\n### Unexplained disagreements\n\n");
    if (unexplained.isEmpty()) {
      b.append("none\n");
    }
    for (Row r : unexplained) {
      b.append(
          String.format(
              Locale.ROOT,
              "- %s %s: golive %s, Observatory %s (%+d): %s%n",
              r.spec().name(),
              r.check(),
              r.golive().judgement().outcome().id(),
              r.result(),
              r.modifier(),
              r.golive().judgement().message()));
    }
    b.append(
        "\n### golive undecided, by reason\n\n| reason | findings | sites |\n|---|---:|---:|\n");
    undecided.forEach(
        (k, v) ->
            b.append(
                String.format(
                    Locale.ROOT, "| %s | %d | %d |%n", k, v, undecidedSites.get(k).size())));
    return b.toString();
  }

  /** An error message without its URLs and ports, so alike errors group. */
  private static String reason(Judgement j) {
    return j.message()
        .replaceAll("https?://\\S+?(?=[:,)]?(\\s|$))", "URL")
        .replaceAll("\\b\\d{4,5}\\b", "PORT");
  }
}
