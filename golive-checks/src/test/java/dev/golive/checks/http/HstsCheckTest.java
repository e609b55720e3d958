package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.WebServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HstsCheckTest {
  private static final HstsCheck DEFAULTS = new HstsCheck(15552000, false, false);

  private static HstsCheck.Answer sent(String... values) {
    return HstsCheck.Answer.of("https://shop.test/", 200, values);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "max-age=31536000                      | PASS",
        "max-age=15552000; includeSubDomains   | PASS",
        "MAX-AGE=\"63072000\"; preload         | PASS",
        "max-age=15551999                      | FAIL",
        "max-age=86400                         | FAIL",
        "max-age=0                             | FAIL",
        "includeSubDomains                     | FAIL",
        "max-age=abc                           | FAIL",
        "max-age=31536000; max-age=31536000    | FAIL",
        "'max-age=31536000, max-age=31536000'  | FAIL",
      })
  void judgesTheHeaderValue(String value, Outcome expected) {
    assertThat(DEFAULTS.evaluate(sent(value)).outcome()).isEqualTo(expected);
  }

  @Test
  void missingHeaderFailsAsObservatoryNotImplemented() {
    assertThat(DEFAULTS.evaluate(sent()).message())
        .contains("no Strict-Transport-Security")
        .contains("hsts-not-implemented");
  }

  @Test
  void theHeaderSentTwiceIsInvalidAsBrowsersJoinThem() {
    var j = DEFAULTS.evaluate(sent("max-age=31536000", "max-age=31536000"));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("hsts-header-invalid");
  }

  @Test
  void noHttpsAndAnUntrustedCertificateFailWhileATimeoutCannotDecide() {
    assertThat(
            DEFAULTS.evaluate(
                new HstsCheck.Answer(
                    "https://shop.test/", 0, List.of(), Visit.Failure.REFUSED, "refused")))
        .satisfies(j -> assertThat(j.outcome()).isEqualTo(Outcome.FAIL))
        .satisfies(j -> assertThat(j.message()).contains("hsts-not-implemented-no-https"));
    assertThat(
            DEFAULTS
                .evaluate(
                    new HstsCheck.Answer(
                        "https://shop.test/", 0, List.of(), Visit.Failure.CERTIFICATE, "expired"))
                .message())
        .contains("hsts-invalid-cert");
    assertThat(
            DEFAULTS
                .evaluate(
                    new HstsCheck.Answer(
                        "https://shop.test/", 0, List.of(), Visit.Failure.OTHER, "stalls"))
                .outcome())
        .isEqualTo(Outcome.ERROR);
  }

  @Test
  void aHeaderOnAPlainHttpAnswerDoesNotCount() {
    var j = DEFAULTS.evaluate(HstsCheck.Answer.of("http://shop.test/", 200, "max-age=31536000"));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("redirects down to http://shop.test/");
  }

  @Test
  void requiredDirectivesMustBeThere() {
    HstsCheck strict = new HstsCheck(31536000, true, true);
    assertThat(strict.evaluate(sent("max-age=31536000; includeSubDomains")).message())
        .contains("lacks preload");
    assertThat(strict.evaluate(sent("max-age=31536000; includeSubDomains; preload")).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void readsTheHeaderFromARealHttpsServer(@TempDir Path dir) throws Exception {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    try (WebServer site =
        WebServer.https(ca.issue(Certificates.Spec.valid("127.0.0.1")))
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>")
                    .header("Strict-Transport-Security", "max-age=300"))) {
      var trust = Trust.withCaFile(ca.writePem(dir.resolve("ca.pem")));
      var judgement = Probes.run(DEFAULTS, Probes.of(site.url(), trust));
      assertThat(judgement.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(judgement.message()).contains("300 s");
    }
  }

  @Test
  void readsTheAnswerWhereHttpsRedirectsEnd(@TempDir Path dir) throws Exception {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    try (WebServer site =
        WebServer.https(ca.issue(Certificates.Spec.valid("127.0.0.1")))
            .route("/", WebServer.Reply.redirect(301, "/home"))
            .route(
                "/home",
                WebServer.Reply.html("<p>shop</p>")
                    .header("Strict-Transport-Security", "max-age=31536000"))) {
      var trust = Trust.withCaFile(ca.writePem(dir.resolve("ca.pem")));
      HstsCheck.Answer answer = DEFAULTS.collect(Probes.of(site.url(), trust));
      assertThat(answer.url()).endsWith("/home");
      assertThat(DEFAULTS.evaluate(answer).outcome()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void anUntrustedCertificateFailsAsBrowsersIgnoreHstsOverIt() throws Exception {
    Certificates.Authority ca = Certificates.authority("unknown CA");
    try (WebServer site =
        WebServer.https(ca.issue(Certificates.Spec.valid("127.0.0.1")))
            .route(
                "/",
                WebServer.Reply.html("x")
                    .header("Strict-Transport-Security", "max-age=31536000"))) {
      HstsCheck.Answer answer = DEFAULTS.collect(Probes.of(site.url(), Trust.system()));
      assertThat(answer.failure()).isEqualTo(Visit.Failure.CERTIFICATE);
      var j = DEFAULTS.evaluate(answer);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("not trusted").contains("hsts-invalid-cert");
    }
  }

  @Test
  void aSiteWithoutHttpsFails() throws Exception {
    try (WebServer plain = WebServer.http()) {
      // the site's HTTPS twin is port 443 of 127.0.0.1, where nothing listens
      URI web = URI.create("http://127.0.0.1:" + plain.port() + "/");
      var j = Probes.run(DEFAULTS, Probes.of(web, Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("hsts-not-implemented-no-https");
    }
  }
}
