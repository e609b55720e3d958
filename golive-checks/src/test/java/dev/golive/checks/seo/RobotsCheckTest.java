package dev.golive.checks.seo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RobotsCheckTest {
  private static final RobotsCheck DEFAULTS = new RobotsCheck(false);
  private static final RobotsCheck STAGING = new RobotsCheck(true);

  private static RobotsEvidence file(String mediaType, String text) {
    return new RobotsEvidence(
        "https://shop.test/robots.txt",
        200,
        mediaType,
        0,
        text.length(),
        false,
        RobotsTxt.parse(text));
  }

  private static RobotsEvidence answered(int status) {
    return new RobotsEvidence(
        "https://shop.test/robots.txt", status, "text/html", 0, 10, false, null);
  }

  static Stream<Arguments> judgements() {
    return Stream.of(
        Arguments.of(
            DEFAULTS,
            file("text/plain", "User-agent: *\nDisallow: /admin\n"),
            Outcome.PASS,
            "lets crawlers in (1 group, 0 sitemaps)"),
        Arguments.of(DEFAULTS, file("text/plain", ""), Outcome.PASS, "lets crawlers in"),
        Arguments.of(
            DEFAULTS,
            file("text/plain", "User-agent: *\nDisallow: /\n"),
            Outcome.FAIL,
            "disallows everything for all user agents"),
        Arguments.of(
            STAGING,
            file("text/plain", "User-agent: *\nDisallow: /\n"),
            Outcome.PASS,
            "as allow-disallow-all accepts"),
        Arguments.of(
            DEFAULTS,
            file("text/plain", "User-agent: Googlebot\nAllow: /\n\nUser-agent: *\nDisallow: /\n"),
            Outcome.WARN,
            "for all user agents but googlebot"),
        Arguments.of(
            DEFAULTS,
            file("application/octet-stream", "User-agent: *\nDisallow:\n"),
            Outcome.WARN,
            "served as application/octet-stream rather than text/plain"),
        Arguments.of(
            DEFAULTS,
            file("text/plain", "User-agent: *\nNoindx: /\n"),
            Outcome.WARN,
            "line 2: unknown field 'noindx' is ignored"),
        Arguments.of(
            DEFAULTS,
            file("text/plain", "hello world\nthis is not it\n"),
            Outcome.FAIL,
            "does not parse as robots.txt (line 1:"),
        Arguments.of(
            DEFAULTS, answered(404), Outcome.FAIL, "answers 404: the site has no robots.txt"),
        Arguments.of(DEFAULTS, answered(503), Outcome.FAIL, "read as 'disallow everything'"),
        Arguments.of(DEFAULTS, answered(302), Outcome.FAIL, "still redirects"),
        Arguments.of(
            DEFAULTS,
            new RobotsEvidence("https://shop.test/robots.txt", 200, "text/html", 0, 10, true, null),
            Outcome.FAIL,
            "answers an HTML page (text/html), not a robots.txt file"));
  }

  @ParameterizedTest
  @MethodSource
  void judgements(RobotsCheck check, RobotsEvidence e, Outcome outcome, String says) {
    Judgement j = check.evaluate(e);
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains(says);
  }

  @Test
  void aRobotsTxtThatDisallowsEverythingFails() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/robots.txt",
                Reply.of(200, "User-agent: *\nDisallow: /\n")
                    .header("Content-Type", "text/plain; charset=utf-8"))) {
      RobotsEvidence e = DEFAULTS.collect(Probes.of(site.url(), Trust.system()));
      assertThat(Evidence.fromMap(Evidence.toMap(e), RobotsEvidence.class)).isEqualTo(e);
      assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
      assertThat(STAGING.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void aRedirectedRobotsTxtIsFollowed() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/robots.txt", Reply.redirect(301, "/static/robots.txt"))
            .route(
                "/static/robots.txt",
                Reply.of(200, "User-agent: *\nDisallow: /cart\n")
                    .header("Content-Type", "text/plain"))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("/static/robots.txt lets crawlers in");
    }
  }

  @Test
  void aCatchAllAnsweringRobotsTxtWithItsPageFails() throws Exception {
    try (WebServer spa = WebServer.http().otherwise(Reply.html(Pages.SPA))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(spa.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("answers an HTML page (text/html)");
    }
  }

  @Test
  void aMissingRobotsTxtFails() throws Exception {
    try (WebServer site = WebServer.http()) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).endsWith("/robots.txt answers 404: the site has no robots.txt");
    }
  }
}
