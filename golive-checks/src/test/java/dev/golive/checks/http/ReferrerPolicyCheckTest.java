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

class ReferrerPolicyCheckTest {
  private static final ReferrerPolicyCheck CHECK = new ReferrerPolicyCheck(false);

  /** Each case was run through Observatory's referrer-policy test, which gave the result. */
  @ParameterizedTest(name = "[{0}] meta [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "strict-origin-when-cross-origin | | PASS | referrer-policy-private",
        "no-referrer                     | | PASS | referrer-policy-private",
        "unsafe-url, strict-origin       | | PASS | referrer-policy-private",
        "strict-origin, unsafe-url       | | FAIL | referrer-policy-unsafe",
        "no-referrer-when-downgrade      | | FAIL | referrer-policy-unsafe",
        "origin                          | | FAIL | referrer-policy-unsafe",
        "foo                             | | FAIL | referrer-policy-header-invalid",
        "strict-origin, foo              | | PASS | referrer-policy-private",
        "no-referrer | unsafe-url          | FAIL | referrer-policy-unsafe",
        "            | same-origin         | PASS | referrer-policy-private",
      })
  void theLastKnownValueWins(String header, String meta, Outcome outcome, String name) {
    var p =
        new ReferrerPolicyCheck.Policies(
            "https://shop.test/", 200, header == null ? List.of() : List.of(header), meta);
    var j = CHECK.evaluate(p);
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains(name);
  }

  /** A meta tag holds one value, and may use the legacy keywords (HTML standard). */
  @ParameterizedTest(name = "[{0}] meta [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "                | never                   | PASS | no-referrer",
        "unsafe-url      | never                   | PASS | no-referrer",
        "                | default                 | PASS | strict-origin-when-cross-origin",
        "no-referrer     | always                  | FAIL | unsafe-url",
        "                | origin-when-crossorigin | FAIL | origin-when-cross-origin",
        "                | Never                   | PASS | no-referrer",
        "no-referrer     | no-referrer, unsafe-url | PASS | no-referrer",
        "                | no-referrer, unsafe-url | FAIL | referrer-policy-header-invalid",
        "no-referrer     | bogus                   | PASS | no-referrer",
      })
  void theMetaTagIsOneValueAsBrowsersReadIt(
      String header, String meta, Outcome outcome, String policy) {
    var p =
        new ReferrerPolicyCheck.Policies(
            "https://shop.test/", 200, header == null ? List.of() : List.of(header), meta);
    var j = CHECK.evaluate(p);
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains(policy);
  }

  @Test
  void aLegacyKeywordInARealPageCounts() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html("<meta name=\"referrer\" content=\"never\"><p>shop</p>")
                    .header("Referrer-Policy", "unsafe-url"))) {
      var j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("no-referrer");
    }
  }

  @Test
  void noPolicyPassesUnlessRequired() {
    var none = new ReferrerPolicyCheck.Policies("https://shop.test/", 200, List.of(), null);
    assertThat(CHECK.evaluate(none).outcome()).isEqualTo(Outcome.PASS);
    assertThat(CHECK.evaluate(none).message()).contains("referrer-policy-not-implemented");
    assertThat(new ReferrerPolicyCheck(true).evaluate(none).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void readsHeaderAndMetaFromARealServer() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html("<meta name=\"referrer\" content=\"unsafe-url\"><p>shop</p>")
                    .header("Referrer-Policy", "no-referrer"))) {
      var p = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(p.headers()).containsExactly("no-referrer");
      assertThat(p.meta()).isEqualTo("unsafe-url");
      assertThat(CHECK.evaluate(p).outcome()).isEqualTo(Outcome.FAIL);
    }
  }
}
