package dev.golive.bench.observatory;

import dev.golive.checks.Catalog;
import dev.golive.checks.Check;
import dev.golive.checks.CheckType;
import dev.golive.checks.Judgement;
import dev.golive.checks.LiveProbe;
import dev.golive.checks.Probe;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.checks.http.HttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.X509TrustManager;

/**
 * golive's checks over one site, as an audit runs them: one fetcher and one probe for the site,
 * every check with its defaults except http.https-redirect, which starts at the site's plain-HTTP
 * URL (as Observatory is told its port).
 */
final class GoliveRun {
  private static final Catalog CATALOG = Catalog.builtIn();

  /** A check's judgement and the evidence it judged ({@code null} when collect failed). */
  record Result(Judgement judgement, Record evidence) {}

  private GoliveRun() {}

  static Map<String, Result> run(URI web, URI plain, X509TrustManager trust, List<String> ids)
      throws InterruptedException {
    Map<String, Result> out = new LinkedHashMap<>();
    try (HttpFetcher http = new HttpFetcher(Trust.context(trust), Duration.ofSeconds(5), 1 << 20)) {
      LiveProbe probe = LiveProbe.of(Target.of(web), http, trust, Duration.ofMinutes(2));
      for (String id : ids) {
        CheckType type = CATALOG.find(id).orElseThrow();
        Map<String, String> params =
            id.equals("http.https-redirect") ? Map.of("from", plain.toString()) : Map.of();
        CheckType.Created created = type.create(params);
        if (created.check() == null) {
          throw new IllegalStateException(String.join("; ", created.problems()));
        }
        out.put(id, run(created.check(), probe.forCheck(Duration.ofSeconds(30))));
      }
    }
    return out;
  }

  private static <E extends Record> Result run(Check<E> check, Probe probe)
      throws InterruptedException {
    E evidence;
    try {
      evidence = check.collect(probe);
    } catch (IOException e) {
      return new Result(Judgement.error(e.getMessage()), null);
    }
    return new Result(check.evaluate(evidence), evidence);
  }
}
