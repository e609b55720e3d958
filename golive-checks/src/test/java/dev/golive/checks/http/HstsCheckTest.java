package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.ProbeException;
import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.WebServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HstsCheckTest {
  private static final HstsCheck DEFAULTS = new HstsCheck(15552000, false, false);

  private static ResponseEvidence sent(String... values) {
    return new ResponseEvidence(
        "https://shop.test/",
        200,
        values.length == 0 ? Map.of() : Map.of("strict-transport-security", List.of(values)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "max-age=31536000                      | PASS",
        "max-age=15552000; includeSubDomains   | PASS",
        "MAX-AGE=\"63072000\"; preload         | PASS",
        "max-age=86400                         | FAIL",
        "includeSubDomains                     | FAIL",
        "max-age=abc                           | FAIL",
        "max-age=31536000; max-age=31536000    | FAIL",
      })
  void judgesTheHeaderValue(String value, Outcome expected) {
    assertThat(DEFAULTS.evaluate(sent(value)).outcome()).isEqualTo(expected);
  }

  @Test
  void missingHeaderFails() {
    assertThat(DEFAULTS.evaluate(sent()).message()).contains("no Strict-Transport-Security");
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
  void anUntrustedCertificateIsAnErrorNotAVerdict() {
    Certificates.Authority ca = Certificates.authority("unknown CA");
    try (WebServer site =
        WebServer.https(ca.issue(Certificates.Spec.valid("127.0.0.1")))
            .route(
                "/", WebServer.Reply.html("x").header("Strict-Transport-Security", "max-age=1"))) {
      assertThatThrownBy(() -> DEFAULTS.collect(Probes.of(site.url(), Trust.system())))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("not trusted");
    }
  }
}
