package dev.golive.checks;

import dev.golive.checks.http.HttpFetcher;
import java.net.URI;
import java.time.Duration;
import javax.net.ssl.X509TrustManager;

/** Probes of test servers, trusting what the test says, with short deadlines. */
public final class Probes {
  private Probes() {}

  /** A probe of the site at {@code url} that trusts {@code trust} and gives up after 5 s. */
  public static LiveProbe of(URI url, X509TrustManager trust) {
    return of(Target.of(url), trust, Duration.ofSeconds(5));
  }

  public static LiveProbe of(Target target, X509TrustManager trust, Duration budget) {
    HttpFetcher http = new HttpFetcher(Trust.context(trust), Duration.ofSeconds(2), 1 << 20);
    return LiveProbe.of(target, http, trust, budget);
  }

  /** Collects and judges in one go, as the engine does. */
  public static <E extends Record> Judgement run(Check<E> check, Probe probe) throws Exception {
    return check.evaluate(check.collect(probe));
  }
}
