package dev.golive.checks.exposure;

import static dev.golive.checks.exposure.Sites.evidence;
import static dev.golive.checks.exposure.Sites.match;
import static dev.golive.checks.exposure.Sites.seen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.CheckType;
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

class GitCheckTest {
  private static final GitCheck DEFAULTS = (GitCheck) CheckType.of(GitCheck.class).withDefaults();

  static Stream<Arguments> judgements() {
    return Stream.of(
        Arguments.of(evidence(seen("/.git/HEAD", 404), seen("/.git/config", 404)), Outcome.PASS),
        Arguments.of(evidence(seen("/.git/HEAD", 403), seen("/.git/config", 401)), Outcome.PASS),
        Arguments.of(evidence(seen("/.git/HEAD", 200), seen("/.git/config", 200)), Outcome.PASS),
        Arguments.of(
            evidence(seen("/.git/HEAD", 200, match("git-head")), seen("/.git/config", 404)),
            Outcome.FAIL),
        Arguments.of(
            evidence(seen("/.git/HEAD", 404), seen("/.git/config", 200, match("git-config"))),
            Outcome.FAIL));
  }

  @ParameterizedTest
  @MethodSource
  void judgements(ExposureEvidence e, Outcome expected) {
    assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(expected);
  }

  @Test
  void anExposedHeadFails() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/.git/HEAD", Reply.of(200, "ref: refs/heads/main\n"))
            .route("/.git/config", Reply.of(403, "Forbidden"))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .endsWith("/.git/HEAD answers 200 with a Git HEAD file: ref: refs/heads/main");
    }
  }

  @Test
  void anExposedConfigFailsWithoutItsRemoteInTheMessage() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/.git/config",
                Reply.of(
                    200,
                    """
                    [core]
                    \trepositoryformatversion = 0
                    [remote "origin"]
                    \turl = https://deploy:ghp_secret@git.test/shop.git
                    """))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("a Git config file: [core]").doesNotContain("ghp_secret");
    }
  }

  @Test
  void aCatchAllPagePasses() throws Exception {
    try (WebServer spa = WebServer.http().otherwise(Reply.html(Sites.SPA))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(spa.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).isEqualTo("none of 2 paths serves Git repository files (2 × 200)");
    }
  }
}
