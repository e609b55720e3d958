package dev.golive.checks.exposure;

import static dev.golive.checks.exposure.Sites.evidence;
import static dev.golive.checks.exposure.Sites.failed;
import static dev.golive.checks.exposure.Sites.match;
import static dev.golive.checks.exposure.Sites.seen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.CheckType;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DebugCheckTest {
  private static final DebugCheck DEFAULTS =
      (DebugCheck) CheckType.of(DebugCheck.class).withDefaults();

  private static final String DJANGO_404 =
      """
      <!DOCTYPE html>
      <html lang="en"><head><title>Page not found at /nope</title></head><body>
      <div id="info">
        <p>Using the URLconf defined in <code>shop.urls</code>,
        Django tried these URL patterns, in this order:</p>
        <ol><li>admin/</li><li>api/</li></ol>
      </div>
      <div id="explanation"><p>You’re seeing this error because you have
      <code>DEBUG = True</code> in your Django settings file.</p></div>
      </body></html>
      """;

  static Stream<Arguments> judgements() {
    return Stream.of(
        Arguments.of(evidence(seen("/", 200), seen("/missing", 404)), Outcome.PASS),
        Arguments.of(
            evidence(seen("/", 200), seen("/missing", 404, match("django-debug"))), Outcome.FAIL),
        Arguments.of(evidence(seen("/", 200, match("symfony-toolbar"))), Outcome.FAIL),
        Arguments.of(
            evidence(seen("/", 200), seen("/?%ff", 500, match("java-stack"))), Outcome.FAIL),
        Arguments.of(evidence(seen("/", 200, match("python-traceback"))), Outcome.WARN),
        Arguments.of(
            evidence(seen("/", 200, match("python-traceback")), seen("/x", 500, match("go-panic"))),
            Outcome.FAIL),
        Arguments.of(evidence(seen("/", 200), failed("/_profiler", "reset")), Outcome.ERROR),
        Arguments.of(
            evidence(failed("/_profiler", "reset"), seen("/x", 404, match("rails-exception"))),
            Outcome.FAIL));
  }

  @ParameterizedTest
  @MethodSource
  void judgements(ExposureEvidence e, Outcome expected) {
    assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(expected);
  }

  @Test
  void aDebugPageIsNamedBeforeAStackTraceOnTheSameAnswer() {
    Judgement j =
        DEFAULTS.evaluate(
            evidence(
                seen("/", 200, match("python-traceback")),
                seen("/x", 500, match("werkzeug-debugger"), match("python-traceback"))));
    assertThat(j.message())
        .isEqualTo(
            "https://shop.test/x answers 500 with the Werkzeug (Flask) debugger:"
                + " snippet of werkzeug-debugger");
  }

  @Test
  void djangosDebug404OnAMissingPathFails() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/", Reply.html("<title>Shop</title>"))
            .otherwise(Reply.of(404, DJANGO_404).header("Content-Type", "text/html"))) {
      ExposureEvidence e = DEFAULTS.collect(Probes.of(site.url(), Trust.system()));
      assertThat(e.responses()).hasSize(7);
      assertThat(e.responses().get(1).url()).contains("/golive-missing-");
      Judgement j = DEFAULTS.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .contains("/golive-missing-")
          .contains("answers 404 with Django's debug page: Using the URLconf defined in");
    }
  }

  @Test
  void aStackTraceInAnErrorAnswerFails() throws Exception {
    String expressError =
        "<!DOCTYPE html><html><head><title>Error</title></head><body><pre>URIError: Failed to"
            + " decode param &#39;%ff&#39;<br> &nbsp; &nbsp;at decodeURIComponent (<anonymous>)"
            + "<br> &nbsp; &nbsp;at decode_param"
            + " (/srv/app/node_modules/express/lib/router/layer.js:172:12)</pre></body></html>";
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                x -> {
                  if (x.getRequestURI().getRawQuery() != null) {
                    Reply.of(400, expressError).header("Content-Type", "text/html").handle(x);
                  } else {
                    Reply.html("<title>Shop</title>").handle(x);
                  }
                })) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("/?%ff answers 400 with a Node.js stack trace");
    }
  }

  @Test
  void plainErrorPagesPass() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/", Reply.html("<title>Shop</title>"))
            .otherwise(Reply.of(500, "<h1>Something went wrong</h1>"))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message())
          .isEqualTo("none of 7 paths serves a debug page or a stack trace (2 × 200, 5 × 500)");
    }
  }

  @Test
  void aCatchAllSiteThatQuotesATracebackOnlyWarns() throws Exception {
    String tutorial =
        "<html><body><h1>Reading errors</h1><pre>Traceback (most recent call last):\n"
            + "  File &quot;/app/main.py&quot;, line 3, in &lt;module&gt;</pre></body></html>";
    try (WebServer site = WebServer.http().otherwise(Reply.html(tutorial))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.WARN);
      assertThat(j.message()).contains("answers 200 with a Python traceback");
    }
  }
}
