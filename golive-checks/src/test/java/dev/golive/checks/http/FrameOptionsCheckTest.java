package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameOptionsCheckTest {
  private static final FrameOptionsCheck CHECK = new FrameOptionsCheck();

  private static ResponseEvidence sent(String xfo, String csp) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    if (!xfo.isEmpty()) {
      h.put("x-frame-options", List.of(xfo));
    }
    if (!csp.isEmpty()) {
      h.put("content-security-policy", List.of(csp));
    }
    return new ResponseEvidence("https://shop.test/", 200, h);
  }

  @ParameterizedTest(name = "XFO [{0}] CSP [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DENY                  |                                             | PASS | x-frame-options-sameorigin-or-deny",
        "sameorigin            |                                             | PASS | x-frame-options-sameorigin-or-deny",
        "DENY, DENY            |                                             | PASS | x-frame-options-sameorigin-or-deny",
        "ALLOW-FROM https://a  |                                             | WARN | x-frame-options-allow-from-origin",
        "allowall              |                                             | FAIL | x-frame-options-header-invalid",
        "                      |                                             | FAIL | x-frame-options-not-implemented",
        "                      | default-src 'self'; frame-ancestors 'none'  | PASS | x-frame-options-implemented-via-csp",
        "allowall              | frame-ancestors 'self' https://partner.test | PASS | x-frame-options-implemented-via-csp",
        "DENY                  | default-src 'self'; frame-ancestors *       | FAIL | x-frame-options-implemented-via-csp",
        "                      | default-src 'self'                          | FAIL | x-frame-options-not-implemented",
        "DENY, SAMEORIGIN      |                                             | PASS | x-frame-options-sameorigin-or-deny",
        "ALLOW-FROM https://a, deny; |                                       | FAIL | x-frame-options-header-invalid",
        "ALLOWALL, bogus       |                                             | PASS | refuse all framing",
        "                      | script-src 'self'; script-src *; frame-ancestors 'none' | PASS | x-frame-options-implemented-via-csp",
        "DENY                  | img-src a; img-src b; frame-ancestors *     | FAIL | x-frame-options-implemented-via-csp",
      })
  void judgesFramingAsBrowsersEnforceIt(String xfo, String csp, Outcome outcome, String name) {
    var j = CHECK.evaluate(sent(xfo == null ? "" : xfo, csp == null ? "" : csp));
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains(name);
  }

  @Test
  void frameAncestorsInAMetaTagDoNotCount() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html(
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"frame-ancestors"
                        + " 'none'\">"))) {
      var j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("x-frame-options-not-implemented");
    }
  }

  @Test
  void frameAncestorsHoldInAPolicyThatRepeatsADirective() throws Exception {
    // browsers ignore the second script-src and enforce the rest; Observatory drops the policy
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>")
                    .header(
                        "Content-Security-Policy",
                        "script-src 'self'; script-src 'none'; frame-ancestors 'self'"))) {
      var j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("frame-ancestors 'self'");
    }
  }

  @Test
  void readsTheHeaderFromARealServer() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/", WebServer.Reply.html("<p>shop</p>").header("X-Frame-Options", "DENY"))) {
      assertThat(Probes.run(CHECK, Probes.of(site.url(), Trust.system())).outcome())
          .isEqualTo(Outcome.PASS);
    }
  }
}
