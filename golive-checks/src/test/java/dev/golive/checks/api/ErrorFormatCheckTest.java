package dev.golive.checks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Catalog;
import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.ProbeException;
import dev.golive.checks.Probes;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.checks.api.ErrorFormatCheck.NotFound;
import dev.golive.checks.api.StackTraces.Trace;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorFormatCheckTest {
  private static final ErrorFormatCheck CHECK = new ErrorFormatCheck();
  private static final String URL = "https://api.test/golive-not-found-1";

  /** Evidence of an answer; "json" and "html" say what the body turned out to be. */
  private static NotFound answer(int status, String type, long bytes, String body) {
    return new NotFound(
        URL, status, type, null, bytes, body.equals("json"), body.equals("html"), List.of(), "");
  }

  @ParameterizedTest(name = "{0} {1} ({3}) -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "404 | application/problem+json | 90 | json  | PASS",
        "404 | application/json         | 40 | json  | PASS",
        "410 | application/json         | 40 | json  | PASS",
        "404 | application/xml          | 40 | other | PASS",
        "404 | application/problem+xml  | 40 | other | PASS",
        "400 | application/json         | 40 | json  | WARN",
        "405 | application/problem+json | 40 | json  | WARN",
        "404 | text/plain               | 18 | other | WARN",
        "404 | text/plain               | 18 | json  | WARN",
        "404 | ''                       | 0  | other | WARN",
        "404 | application/json         | 0  | other | WARN",
        "404 | text/html                | 0  | other | WARN",
        "404 | text/html                | 99 | html  | FAIL",
        "404 | ''                       | 99 | html  | FAIL",
        "404 | application/json         | 40 | other | FAIL",
        "200 | application/json         | 40 | json  | FAIL",
        "200 | text/html                | 99 | html  | FAIL",
        "500 | application/json         | 40 | json  | FAIL",
        "502 | text/html                | 99 | html  | FAIL",
        "302 | ''                       | 0  | other | FAIL",
        "401 | application/json         | 40 | json  | ERROR",
        "403 | text/html                | 99 | html  | ERROR",
      })
  void judgesStatusAndBody(int status, String type, long bytes, String body, Outcome expected) {
    assertThat(CHECK.evaluate(answer(status, type, bytes, body)).outcome()).isEqualTo(expected);
  }

  @Test
  void aStackTraceFailsWhateverTheStatus() {
    NotFound e =
        new NotFound(
            URL,
            404,
            "application/json",
            null,
            400,
            true,
            false,
            List.of(new Trace("a Java stack trace", "at com.shop.Api.get(Api.java:7)")),
            "");
    Judgement j = CHECK.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo(
            URL
                + ", a path that does not exist, answers 404 showing a Java stack trace: at"
                + " com.shop.Api.get(Api.java:7)");
  }

  @Test
  void aProblemDocumentPasses() throws Exception {
    try (WebServer api =
        WebServer.http()
            .otherwise(
                Reply.of(404, "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}")
                    .header("Content-Type", "application/problem+json"))) {
      Judgement j = Probes.run(CHECK, Probes.of(api.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message())
          .contains("/golive-not-found-", "answers 404 with application/problem+json");
    }
  }

  @Test
  void thePlainServers404PageFails() throws Exception {
    try (WebServer api = WebServer.http()) {
      Judgement j = Probes.run(CHECK, Probes.of(api.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).endsWith("answers 404 with an HTML page, not a structured error");
    }
  }

  @Test
  void aStackTraceOnARealServerFails() throws Exception {
    String trace =
        "{\"timestamp\":\"2025-01-01T00:00:00Z\",\"status\":500,\"error\":\"Internal Server Error\","
            + "\"trace\":\"java.lang.NullPointerException\\n\\tat"
            + " com.shop.web.Router.route(Router.java:88)\\n\"}";
    try (WebServer api =
        WebServer.http()
            .otherwise(Reply.of(500, trace).header("Content-Type", "application/json"))) {
      NotFound e = CHECK.collect(Probes.of(api.url(), Trust.system()));
      assertThat(e.traces()).extracting(Trace::kind).containsExactly("a Java stack trace");
      Judgement j = CHECK.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("answers 500 showing a Java stack trace");
    }
  }

  @Test
  void theUnknownPathIsFetchedOnceForEveryApiCheck() throws Exception {
    AtomicInteger unknown = new AtomicInteger();
    try (WebServer api =
        WebServer.http()
            .otherwise(
                x -> {
                  if (x.getRequestURI().getPath().contains("golive-not-found-")) {
                    unknown.incrementAndGet();
                  }
                  Reply.of(404, "{\"error\":\"not found\"}")
                      .header("Content-Type", "application/json")
                      .handle(x);
                })
            .route("/health", Reply.of(200, "{\"status\":\"UP\"}"))) {
      var probe = Probes.of(api.url(), Trust.system());
      assertThat(Probes.run(new HealthCheck(""), probe).outcome()).isEqualTo(Outcome.PASS);
      assertThat(Probes.run(CHECK, probe).outcome()).isEqualTo(Outcome.PASS);
      assertThat(unknown.get()).isEqualTo(1);
    }
  }

  @Test
  void aStallingApiEndsAtTheDeadline() {
    try (RawServer stall = RawServer.plain(RawServer.stall())) {
      assertThatThrownBy(
              () ->
                  CHECK.collect(
                      Probes.of(Target.of(stall.url()), Trust.system(), Duration.ofMillis(1500))))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("stalls");
    }
  }

  @Test
  void theCatalogMakesItWithItsDefaults() {
    assertThat(Catalog.builtIn().find("api.error-format").orElseThrow().withDefaults())
        .isEqualTo(CHECK);
  }

  @Test
  void itsEvidenceReadsBackAsStored() {
    NotFound e =
        new NotFound(
            URL,
            500,
            "text/html",
            null,
            9,
            false,
            true,
            List.of(new Trace("a Go panic", "goroutine 1 [running]:")),
            "panic");
    assertThat(Evidence.fromMap(Evidence.toMap(e), NotFound.class)).isEqualTo(e);
  }
}
