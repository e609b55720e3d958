package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CspCheckTest {
  private static final CspCheck CHECK = new CspCheck();

  private static CspCheck.Policies header(String url, String... csp) {
    return new CspCheck.Policies(url, 200, List.of(csp), List.of(), List.of());
  }

  /** Each case was run through Observatory's own csp test, which gave the result on the right. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "default-src 'none'                                           | csp-implemented-with-no-unsafe-default-src-none",
        "default-src 'self'                                           | csp-implemented-with-no-unsafe",
        "script-src 'self'                                            | csp-implemented-with-unsafe-inline",
        "default-src 'self'; script-src 'self' 'unsafe-inline'        | csp-implemented-with-unsafe-inline",
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'nonce-abc' | csp-implemented-with-no-unsafe",
        "default-src 'self'; script-src 'self' 'unsafe-eval'          | csp-implemented-with-unsafe-eval",
        "default-src 'self'; style-src 'self' 'unsafe-inline'         | csp-implemented-with-unsafe-inline-in-style-src-only",
        "default-src 'self'; img-src http://img.x                     | csp-implemented-with-insecure-scheme-in-passive-content-only",
        "default-src 'self'; script-src http://cdn.x                  | csp-implemented-with-insecure-scheme",
        "default-src https:                                           | csp-implemented-with-unsafe-inline",
        "default-src data:                                            | csp-implemented-with-unsafe-inline",
        "default-src 'self'; object-src *                             | csp-implemented-with-unsafe-inline",
        "script-src 'strict-dynamic' 'nonce-a' https: 'unsafe-inline'; object-src 'none' | csp-implemented-with-unsafe-inline-in-style-src-only",
        "default-src 'self'; script-src 'strict-dynamic'              | csp-header-invalid",
        "default-src 'self'; default-src 'none'                       | csp-header-invalid",
        "abc                                                          | csp-header-invalid",
        "default-src 'self'; report-uri http://r.x                    | csp-implemented-with-insecure-scheme",
        "upgrade-insecure-requests                                    | csp-implemented-with-unsafe-inline",
      })
  void judgesHeaderPoliciesAsObservatoryDoes(String csp, String observatory) {
    assertThat(CspCheck.judge(header("https://shop.test/", csp)).result().observatory)
        .isEqualTo(observatory);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "default-src 'none'                                    | PASS",
        "default-src 'self'; style-src 'self' 'unsafe-inline'  | PASS",
        "default-src 'self'; script-src 'self' 'unsafe-eval'   | FAIL",
        "default-src 'self'; img-src http://img.x              | FAIL",
        "script-src 'self'                                     | FAIL",
        "default-src 'none'; report-uri /a; report-uri /b      | WARN",
        "default-src 'self'; img-src http:; report-uri /a; report-uri /b | WARN",
      })
  void negativeScoresFail(String csp, Outcome expected) {
    assertThat(CHECK.evaluate(header("https://shop.test/", csp)).outcome()).isEqualTo(expected);
  }

  @Test
  void sayWhyScriptsAreUnsafe() {
    assertThat(CHECK.evaluate(header("https://shop.test/", "style-src 'self'")).message())
        .contains("sets neither script-src nor default-src");
    assertThat(CHECK.evaluate(header("https://shop.test/", "default-src 'self'")).message())
        .contains("csp-implemented-with-no-unsafe");
  }

  @Test
  void plainHttpPagesMayNameHttpSources() {
    assertThat(
            CspCheck.judge(header("http://shop.test/", "default-src 'self' http://cdn.x"))
                .result()
                .observatory)
        .isEqualTo("csp-implemented-with-no-unsafe");
  }

  @Test
  void reportOnlyEnforcesNothing() {
    var p =
        new CspCheck.Policies(
            "https://shop.test/", 200, List.of(), List.of("default-src 'none'"), List.of());
    var j = CHECK.evaluate(p);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("csp-not-implemented-but-reporting-enabled");
  }

  @Test
  void aMetaPolicyCountsButNotForDirectivesOnlyHeadersMaySet() {
    var meta =
        new CspCheck.Policies(
            "https://shop.test/", 200, List.of(), List.of(), List.of("default-src 'self'"));
    assertThat(CHECK.evaluate(meta).outcome()).isEqualTo(Outcome.PASS);
    var frameOnly =
        new CspCheck.Policies(
            "https://shop.test/", 200, List.of(), List.of(), List.of("frame-ancestors 'none'"));
    assertThat(CspCheck.judge(frameOnly).result().observatory).isEqualTo("csp-not-implemented");
  }

  @Test
  void twoPoliciesAllowOnlyWhatBothAllow() {
    var two =
        header("https://shop.test/", "default-src 'self' 'unsafe-inline'", "default-src 'self'");
    assertThat(CspCheck.judge(two).result().observatory)
        .isEqualTo("csp-implemented-with-no-unsafe");
    var commas =
        header("https://shop.test/", "default-src 'self' 'unsafe-inline', default-src 'self'");
    assertThat(CspCheck.judge(commas).result().observatory)
        .isEqualTo("csp-implemented-with-no-unsafe");
  }

  @Test
  void anErrorPageSaysNothing() {
    var p = new CspCheck.Policies("https://shop.test/", 502, List.of(), List.of(), List.of());
    assertThat(CHECK.evaluate(p).outcome()).isEqualTo(Outcome.ERROR);
  }

  @Test
  void readsHeadersAndMetaTagsFromARealServer() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html(
                        "<html><head><meta http-equiv=\"Content-Security-Policy\""
                            + " content=\"script-src 'self' 'unsafe-inline'\"></head>"
                            + "<!-- <meta http-equiv=\"Content-Security-Policy\" content=\"x\"> -->"
                            + "<meta http-equiv=\"content-security-policy\" content=\"\">"
                            + "</html>")
                    .header("Content-Security-Policy", "default-src 'self'"))) {
      var policies = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(policies.headers()).containsExactly("default-src 'self'");
      assertThat(policies.meta()).containsExactly("script-src 'self' 'unsafe-inline'");
      // both policies apply: the header's default-src 'self' still keeps inline scripts out
      assertThat(CHECK.evaluate(policies).message()).contains("csp-implemented-with-no-unsafe");
    }
  }
}
