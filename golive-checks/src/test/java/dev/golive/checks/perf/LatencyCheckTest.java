package dev.golive.checks.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Catalog;
import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.checks.perf.LatencyCheck.Sample;
import dev.golive.checks.perf.LatencyCheck.Samples;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.WebServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatencyCheckTest {
  private static final LatencyCheck DEFAULTS = new LatencyCheck("/", 20, 500, 0);
  private static final String URL = "https://shop.test/";

  private static Sample ok(long ms) {
    return new Sample(200, ms, null, false);
  }

  /** Samples of 2xx answers taking the times given, "503@40" for another status. */
  private static Samples samples(int requested, String times) {
    List<Sample> list = new ArrayList<>();
    for (String t : times.trim().split("\\s+", -1)) {
      if (t.contains("@")) {
        String[] p = t.split("@", -1);
        list.add(new Sample(Integer.parseInt(p[0]), Long.parseLong(p[1]), null, false));
      } else if (t.startsWith("stall")) {
        list.add(new Sample(0, Long.parseLong(t.substring(5)), "no complete answer", true));
      } else if (t.equals("reset")) {
        list.add(new Sample(0, 3, "the server reset the connection", false));
      } else {
        list.add(ok(Long.parseLong(t)));
      }
    }
    return new Samples(URL, null, requested, list, null);
  }

  @ParameterizedTest(name = "{0} of {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5 | 10 20 30 40 50                    | PASS",
        "5 | 10 20 30 40 600                   | FAIL",
        "5 | 10 20 30 40 500                   | PASS",
        "20| 10 20 30 40 50                    | PASS",
        "20| 10 20 30 40                       | ERROR",
        "5 | 10 20 30 40 503@30                | ERROR",
        "6 | 10 20 30 40 50 503@30             | WARN",
        "6 | 10 20 30 40 50 reset              | WARN",
        "5 | 10 20 30 40 stall2000             | FAIL",
        "5 | 10 20 30 40 stall200              | ERROR",
        "6 | 10 20 30 40 50 stall200           | PASS",
        "3 | 10 20 30                          | PASS",
        "1 | 900                               | FAIL",
        "5 | 404@3 404@3 404@3 404@3 404@3     | ERROR",
      })
  void judgesTheMeasurements(int requested, String times, Outcome expected) {
    assertThat(DEFAULTS.evaluate(samples(requested, times)).outcome()).isEqualTo(expected);
  }

  @Test
  void percentilesAreNearestRank() {
    List<Long> oneToTwenty = LongStream.rangeClosed(1, 20).boxed().toList();
    assertThat(LatencyCheck.percentile(oneToTwenty, 50)).isEqualTo(10);
    assertThat(LatencyCheck.percentile(oneToTwenty, 95)).isEqualTo(19);
    assertThat(LatencyCheck.percentile(List.of(7L), 95)).isEqualTo(7);
  }

  @Test
  void messagesSayWhatWasMeasured() {
    assertThat(DEFAULTS.evaluate(samples(5, "10 20 30 40 50")).message())
        .isEqualTo("https://shop.test/ answers in 30 ms at p50 and 50 ms at p95 over 5 requests");
    assertThat(DEFAULTS.evaluate(samples(5, "10 20 30 40 900")).message())
        .isEqualTo(
            "https://shop.test/ takes 900 ms at p95 over 5 requests, above the 500 ms allowed"
                + " (p50 30 ms)");
    assertThat(new LatencyCheck("/", 5, 500, 20).evaluate(samples(5, "10 20 30 40 50")).message())
        .contains("30 ms at p50", "above the 20 ms allowed");
    assertThat(DEFAULTS.evaluate(samples(20, "10 20 30 40 50")).message())
        .endsWith("over 5 requests (20 asked; the deadline came first)");
    assertThat(DEFAULTS.evaluate(samples(5, "301@3 301@3 301@3 301@3 301@3")).message())
        .contains("answered 301, a redirect");
    assertThat(DEFAULTS.evaluate(samples(5, "10 20 30 40 stall2000")).message())
        .contains("2000 ms at p95", "1 of them unanswered");
  }

  @Test
  void parametersAreChecked() {
    assertThatThrownBy(() -> new LatencyCheck("/", 0, 500, 0)).hasMessageContaining("'requests'");
    assertThatThrownBy(() -> new LatencyCheck("/a b", 20, 500, 0)).hasMessageContaining("'path'");
    assertThatThrownBy(() -> new LatencyCheck("/", 20, 100, 200))
        .hasMessageContaining("'max-p50-ms' cannot be above");
  }

  @Test
  void everyRequestReachesTheServer() throws Exception {
    try (WebServer site = WebServer.http().route("/", WebServer.Reply.html("<p>shop</p>"))) {
      var probe = Probes.of(site.url(), Trust.system());
      probe.get("/");
      Judgement j = Probes.run(new LatencyCheck("/", 12, 2000, 0), probe);
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("over 12 requests");
      assertThat(site.hits("/")).isEqualTo(13);
    }
  }

  @Test
  void measuresThePageARedirectLandsOn() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/", WebServer.Reply.redirect(302, "/en/"))
            .route("/en/", WebServer.Reply.html("<p>shop</p>"))) {
      Samples e = new LatencyCheck("/", 5, 2000, 0).collect(Probes.of(site.url(), Trust.system()));
      assertThat(e.url()).endsWith("/en/");
      assertThat(e.redirectedFrom()).isEqualTo(site.url().toString());
      assertThat(site.hits("/")).isEqualTo(1);
      assertThat(site.hits("/en/")).isEqualTo(6);
    }
  }

  @Test
  void aSlowPageFails() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/slow",
                x -> {
                  try {
                    Thread.sleep(120);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  WebServer.Reply.html("<p>late</p>").handle(x);
                })) {
      Judgement j =
          Probes.run(new LatencyCheck("/slow", 5, 50, 0), Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("/slow takes", "above the 50 ms allowed");
    }
  }

  @Test
  void aServerThatStopsAnsweringFailsOnTheRequestItHeld() throws Exception {
    AtomicInteger served = new AtomicInteger();
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                x -> {
                  if (served.incrementAndGet() > 5) {
                    try {
                      Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                  WebServer.Reply.html("<p>shop</p>").handle(x);
                })) {
      Samples e =
          DEFAULTS.collect(
              Probes.of(Target.of(site.url()), Trust.system(), Duration.ofMillis(2500)));
      // the first answer finds where the path lands; four fresh ones follow, then one is held
      assertThat(e.samples()).hasSize(5);
      assertThat(e.samples().getLast().timedOut()).isTrue();
      assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
    }
  }

  @Test
  void aStallingServerEndsAtTheDeadlineWithAnError() throws Exception {
    try (RawServer stall = RawServer.plain(RawServer.stall())) {
      Samples e =
          DEFAULTS.collect(
              Probes.of(Target.of(stall.url()), Trust.system(), Duration.ofMillis(1500)));
      Judgement j = DEFAULTS.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(j.message()).startsWith("cannot measure " + stall.url()).contains("stalls");
    }
  }

  @Test
  void theCatalogMakesItWithItsDefaults() {
    assertThat(Catalog.builtIn().find("perf.latency").orElseThrow().withDefaults())
        .isEqualTo(DEFAULTS);
  }

  @Test
  void itsEvidenceReadsBackAsStored() {
    Samples e = samples(5, "10 stall2000 503@3 reset");
    assertThat(Evidence.fromMap(Evidence.toMap(e), Samples.class)).isEqualTo(e);
  }
}
