package dev.golive.checks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Catalog;
import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.checks.api.HealthCheck.Attempt;
import dev.golive.checks.api.HealthCheck.Probed;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthCheckTest {
  private static final HealthCheck FIND = new HealthCheck("");

  private static Attempt answer(String path, int status, String type, String health) {
    return new Attempt(
        "https://api.test" + path, status, type, health, "d-" + path, "body of " + path, null);
  }

  private static Attempt notFound(String path) {
    return answer(path, 404, "text/html", null);
  }

  @ParameterizedTest(name = "/health {0} status={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "200 | UP             | PASS",
        "200 | ok             | PASS",
        "200 | pass           | PASS",
        "200 | Healthy        | PASS",
        "200 | true           | PASS",
        "204 |                | PASS",
        "200 | DOWN           | FAIL",
        "200 | fail           | FAIL",
        "200 | OUT_OF_SERVICE | FAIL",
        "200 | out-of-service | FAIL",
        "200 | false          | FAIL",
        "503 | DOWN           | FAIL",
        "503 |                | FAIL",
        "500 | UP             | FAIL",
        "200 | warn           | WARN",
        "200 | degraded       | WARN",
        "200 | banana         | WARN",
      })
  void judgesTheStatusTheEndpointReports(int status, String health, Outcome expected) {
    Probed e = new Probed(List.of(answer("/health", status, "application/json", health)), null);
    assertThat(FIND.evaluate(e).outcome()).isEqualTo(expected);
  }

  @Test
  void theFirstEndpointThatAnswersDecides() {
    Probed e =
        new Probed(
            List.of(
                notFound("/health"),
                notFound("/healthz"),
                answer("/api/health", 200, "application/json", "UP")),
            null);
    assertThat(FIND.evaluate(e).message())
        .isEqualTo("https://api.test/api/health answers 200 and reports status UP");
  }

  @Test
  void noEndpointFails() {
    Probed e = new Probed(List.of(notFound("/health"), notFound("/healthz")), null);
    Judgement j = FIND.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).isEqualTo("no health endpoint found: /health 404, /healthz 404");
  }

  @Test
  void aCatchAllPageIsNoEndpoint() {
    Attempt spa = new Attempt("https://api.test/health", 200, "text/html", null, "a1", "", null);
    Attempt unknown =
        new Attempt("https://api.test/golive-not-found-1", 200, "text/html", null, "a2", "", null);
    Judgement j = FIND.evaluate(new Probed(List.of(spa, notFound("/healthz")), unknown));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("the page every unknown path gets");
    Attempt json =
        new Attempt("https://api.test/health", 200, "application/json", null, "b", "", null);
    Attempt other = new Attempt("https://api.test/x", 200, "application/json", null, "c", "", null);
    assertThat(FIND.evaluate(new Probed(List.of(json), other)).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void credentialsOrNoAnswerAreErrors() {
    Judgement locked =
        FIND.evaluate(
            new Probed(
                List.of(notFound("/health"), answer("/actuator/health", 401, "", null)), null));
    assertThat(locked.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(locked.message()).contains("asks for credentials");
    Attempt stalled =
        new Attempt("https://api.test/health", 0, "", null, "", "", "no complete answer");
    assertThat(FIND.evaluate(new Probed(List.of(stalled), null)).outcome())
        .isEqualTo(Outcome.ERROR);
  }

  @Test
  void findsAnActuatorEndpointOnARealServer() throws Exception {
    try (WebServer api =
        WebServer.http()
            .route(
                "/actuator/health",
                Reply.of(200, "{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\"}}}")
                    .header("Content-Type", "application/vnd.spring-boot.actuator.v3+json"))) {
      Judgement j = Probes.run(FIND, Probes.of(api.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).endsWith("/actuator/health answers 200 and reports status UP");
      assertThat(api.hits("/health")).isEqualTo(1);
      assertThat(api.hits("/ping")).isZero();
    }
  }

  @Test
  void anUnhealthyEndpointFails() throws Exception {
    try (WebServer api =
        WebServer.http()
            .route(
                "/healthz",
                Reply.of(503, "{\"status\":\"DOWN\"}")
                    .header("Content-Type", "application/json"))) {
      Judgement j = Probes.run(FIND, Probes.of(api.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).endsWith("/healthz answers 503 and reports status DOWN");
    }
  }

  @Test
  void aSinglePageAppAnsweringEveryPathHasNoHealthEndpoint() throws Exception {
    try (WebServer spa =
        WebServer.http().otherwise(Reply.html("<!doctype html><div id=app></div>"))) {
      Probed e = FIND.collect(Probes.of(spa.url(), Trust.system()));
      assertThat(e.unknown().status()).isEqualTo(200);
      assertThat(e.attempts()).hasSize(HealthCheck.CANDIDATES.size());
      Judgement j = FIND.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("/health 200", "the page every unknown path gets");
    }
  }

  @Test
  void aSinglePageAppWithARealEndpointPasses() throws Exception {
    try (WebServer spa =
        WebServer.http()
            .otherwise(Reply.html("<!doctype html><div id=app></div>"))
            .route(
                "/api/health",
                Reply.of(200, "{\"status\":\"ok\"}").header("Content-Type", "application/json"))) {
      Judgement j = Probes.run(FIND, Probes.of(spa.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).endsWith("/api/health answers 200 and reports status ok");
    }
  }

  @Test
  void followsRedirectsThatKeepThePathOnly() throws Exception {
    try (WebServer api =
        WebServer.http()
            .route("/health", Reply.redirect(301, "/health/"))
            .route("/health/", Reply.of(200, "{\"status\":\"pass\"}"))
            .route("/status", Reply.redirect(302, "/login"))
            .route("/login", Reply.html("<form>sign in</form>"))) {
      var probe = Probes.of(api.url(), Trust.system());
      assertThat(Probes.run(FIND, probe).message())
          .endsWith("/health/ answers 200 and reports status pass");
      Judgement status = Probes.run(new HealthCheck("/status"), probe);
      assertThat(status.message()).endsWith("/status answers 302, not a health answer");
      assertThat(api.hits("/login")).isZero();
    }
  }

  @Test
  void aNamedPathUnderAnApiBase() throws Exception {
    try (WebServer api =
        WebServer.http()
            .route("/v2/ready", Reply.of(200, "ok").header("Content-Type", "text/plain"))) {
      Target target =
          new Target(
              "api", api.url(), api.url().resolve("/v2"), "127.0.0.1", api.port(), null, null);
      var probe = Probes.of(target, Trust.system(), Duration.ofSeconds(5));
      assertThat(Probes.run(new HealthCheck("ready"), probe).message())
          .endsWith("/v2/ready answers 200");
      assertThat(Probes.run(new HealthCheck("/ready"), probe).outcome()).isEqualTo(Outcome.FAIL);
      assertThat(FIND.collect(probe).attempts().getFirst().url()).endsWith("/v2/health");
    }
  }

  @Test
  void aStallingEndpointEndsAtTheDeadlineWithAnError() throws Exception {
    try (RawServer stall = RawServer.plain(RawServer.stall())) {
      Probed e =
          FIND.collect(Probes.of(Target.of(stall.url()), Trust.system(), Duration.ofMillis(1500)));
      Judgement j = FIND.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(j.message()).contains("/health", "stalls");
      assertThat(e.attempts()).hasSize(1);
    }
  }

  @Test
  void theCatalogMakesItWithItsDefaults() {
    assertThat(Catalog.builtIn().find("api.health").orElseThrow().withDefaults()).isEqualTo(FIND);
  }

  @Test
  void itsEvidenceReadsBackAsStored() {
    Probed e =
        new Probed(
            List.of(notFound("/health"), answer("/healthz", 200, "application/json", "UP")),
            notFound("/x"));
    assertThat(Evidence.fromMap(Evidence.toMap(e), Probed.class)).isEqualTo(e);
  }

  @Test
  void aPathMustBeAUrlPath() {
    assertThatThrownBy(() -> new HealthCheck("/a path with spaces"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'path' is not a URL path: '/a path with spaces'");
  }
}
