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

class ContentTypeOptionsCheckTest {
  private static final ContentTypeOptionsCheck CHECK = new ContentTypeOptionsCheck();

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nosniff          | PASS | x-content-type-options-nosniff",
        "NoSniff          | PASS | x-content-type-options-nosniff",
        "' nosniff '      | PASS | x-content-type-options-nosniff",
        "nosniff, nosniff | PASS | x-content-type-options-nosniff",
        "sniff            | FAIL | x-content-type-options-header-invalid",
        "nosniff; mode=1  | FAIL | x-content-type-options-header-invalid",
      })
  void judgesTheFirstValueAsTheFetchStandardDoes(String value, Outcome outcome, String name) {
    var e =
        new ResponseEvidence(
            "https://shop.test/", 200, Map.of("x-content-type-options", List.of(value)));
    var j = CHECK.evaluate(e);
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains(name);
  }

  @Test
  void aMissingHeaderFails() throws Exception {
    try (WebServer site = WebServer.http().route("/", WebServer.Reply.html("<p>shop</p>"))) {
      var j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("x-content-type-options-not-implemented");
    }
  }

  @Test
  void readsTheHeaderFromARealServer() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>").header("X-Content-Type-Options", "nosniff"))) {
      assertThat(Probes.run(CHECK, Probes.of(site.url(), Trust.system())).outcome())
          .isEqualTo(Outcome.PASS);
    }
  }
}
