package dev.golive.checks.seo;

import static dev.golive.checks.seo.Pages.answered;
import static dev.golive.checks.seo.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetaCheckTest {
  private static final MetaCheck HOME = new MetaCheck("/");
  private static final Map<String, String> BOTH =
      Map.of("description", "Kitchen things", "viewport", "width=device-width");

  static Stream<Arguments> judgements() {
    return Stream.of(
        Arguments.of(page("Shop", BOTH), Outcome.PASS, "has a title (\"Shop\")"),
        Arguments.of(page(null, BOTH), Outcome.FAIL, "lacks a <title>"),
        Arguments.of(page("", BOTH), Outcome.FAIL, "lacks a non-empty <title>"),
        Arguments.of(
            page("Shop", Map.of("viewport", "width=device-width")),
            Outcome.FAIL,
            "lacks a meta description"),
        Arguments.of(
            page("Shop", Map.of("description", " ", "viewport", "width=device-width")),
            Outcome.FAIL,
            "lacks a meta description"),
        Arguments.of(
            page(null, Map.of()),
            Outcome.FAIL,
            "lacks a <title>, a meta description and a viewport meta tag"),
        Arguments.of(answered(404, "text/html"), Outcome.ERROR, "answers 404"),
        Arguments.of(answered(301, ""), Outcome.ERROR, "still redirects after 0 hops"),
        Arguments.of(
            answered(200, "application/json"), Outcome.FAIL, "application/json, not an HTML page"));
  }

  @ParameterizedTest
  @MethodSource
  void judgements(PageEvidence e, Outcome outcome, String says) {
    Judgement j = HOME.evaluate(e);
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains(says);
  }

  @Test
  void thePathMustBeAbsolute() {
    assertThatThrownBy(() -> new MetaCheck("about")).hasMessageContaining("starts with '/'");
  }

  @Test
  void aCompleteHeadPassesAfterARedirect() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/", Reply.redirect(302, "/en/"))
            .route("/en/", Reply.html(Pages.COMPLETE))) {
      PageEvidence e = HOME.collect(Probes.of(site.url(), Trust.system()));
      assertThat(e.url()).endsWith("/en/");
      assertThat(e.redirects()).isEqualTo(1);
      assertThat(Evidence.fromMap(Evidence.toMap(e), PageEvidence.class)).isEqualTo(e);
      Judgement j = HOME.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message())
          .endsWith("/en/ has a title (\"Shop & Co\"), a meta description and a viewport meta tag");
    }
  }

  @Test
  void aScriptRenderedShellFails() throws Exception {
    try (WebServer site = WebServer.http().otherwise(Reply.html(Pages.SPA))) {
      Judgement j = Probes.run(HOME, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .endsWith("lacks a non-empty <title>, a meta description and a viewport meta tag");
    }
  }
}
