package dev.golive.checks.seo;

import static dev.golive.checks.seo.Pages.answered;
import static dev.golive.checks.seo.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

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

class OpenGraphCheckTest {
  private static final OpenGraphCheck DEFAULTS = new OpenGraphCheck("/", false);
  private static final OpenGraphCheck WITH_URL = new OpenGraphCheck("/", true);
  private static final Map<String, String> THREE =
      Map.of(
          "og:title", "Shop",
          "og:description", "Kitchen things",
          "og:image", "https://cdn.shop.test/og.png");

  static Stream<Arguments> judgements() {
    return Stream.of(
        Arguments.of(DEFAULTS, page("Shop", THREE), Outcome.PASS, "has og:title (\"Shop\")"),
        Arguments.of(WITH_URL, page("Shop", THREE), Outcome.FAIL, "lacks og:url"),
        Arguments.of(
            DEFAULTS,
            page("Shop", Map.of("og:title", "Shop")),
            Outcome.FAIL,
            "lacks og:description and og:image"),
        Arguments.of(
            DEFAULTS,
            page("Shop", Map.of("og:title", "", "og:description", "d", "og:image", "/og.png")),
            Outcome.FAIL,
            "lacks og:title"),
        Arguments.of(
            DEFAULTS,
            page("Shop", Map.of("og:title", "t", "og:description", "d", "og:image", "/og.png")),
            Outcome.WARN,
            "og:image '/og.png', not an absolute http(s) URL"),
        Arguments.of(
            DEFAULTS,
            page("Shop", Map.of("og:title", "t", "og:description", "d", "og:image", "//cdn/a.png")),
            Outcome.WARN,
            "not an absolute"),
        Arguments.of(DEFAULTS, answered(500, "text/html"), Outcome.ERROR, "answers 500"));
  }

  @ParameterizedTest
  @MethodSource
  void judgements(OpenGraphCheck check, PageEvidence e, Outcome outcome, String says) {
    Judgement j = check.evaluate(e);
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains(says);
  }

  @Test
  void readsTheTagsFromARealPage() throws Exception {
    try (WebServer site = WebServer.http().route("/", Reply.html(Pages.COMPLETE))) {
      Judgement j = Probes.run(WITH_URL, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("og:title (\"Shop & Co\")");
    }
  }

  @Test
  void aPageWithoutTagsFails() throws Exception {
    try (WebServer site = WebServer.http().route("/", Reply.html(Pages.SPA))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).endsWith("lacks og:title, og:description and og:image");
    }
  }
}
