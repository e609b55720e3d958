package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpCheckTest {
  private static final CorpCheck CHECK = new CorpCheck(false);

  private static ResponseEvidence sent(String... values) {
    return new ResponseEvidence(
        "https://shop.test/",
        200,
        values.length == 0 ? Map.of() : Map.of("cross-origin-resource-policy", List.of(values)));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "same-origin  | PASS | corp-implemented-with-same-origin",
        "Same-Site    | PASS | corp-implemented-with-same-site",
        "cross-origin | PASS | corp-implemented-with-cross-origin",
        "same_origin  | FAIL | corp-header-invalid",
      })
  void judgesTheValue(String value, Outcome outcome, String name) {
    var j = CHECK.evaluate(sent(value));
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains(name);
  }

  @Test
  void twoHeadersMakeOneValueBrowsersIgnore() {
    assertThat(CHECK.evaluate(sent("same-site", "same-site")).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aMissingHeaderWarnsUnlessRequired() {
    assertThat(CHECK.evaluate(sent()).outcome()).isEqualTo(Outcome.WARN);
    assertThat(new CorpCheck(true).evaluate(sent()).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void readsTheHeaderFromARealServer() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>")
                    .header("Cross-Origin-Resource-Policy", "same-origin"))) {
      var j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    }
  }
}
