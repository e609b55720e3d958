package dev.golive.checks.exposure;

import static dev.golive.checks.exposure.Sites.evidence;
import static dev.golive.checks.exposure.Sites.failed;
import static dev.golive.checks.exposure.Sites.match;
import static dev.golive.checks.exposure.Sites.seen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.CheckType;
import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DotenvCheckTest {
  private static final DotenvCheck DEFAULTS =
      (DotenvCheck) CheckType.of(DotenvCheck.class).withDefaults();
  private static final String LEAK =
      "# production\nAPP_KEY=base64:c2VjcmV0\nDB_PASSWORD=hunter2\nMAIL_HOST=smtp.test\n";

  static Stream<Arguments> judgements() {
    return Stream.of(
        Arguments.of(evidence(seen("/.env", 404), seen("/.env.local", 404)), Outcome.PASS),
        Arguments.of(evidence(seen("/.env", 200), seen("/.env.local", 200)), Outcome.PASS),
        Arguments.of(evidence(seen("/.env", 200, match("dotenv"))), Outcome.FAIL),
        Arguments.of(evidence(seen("/.env", 403, match("dotenv"))), Outcome.PASS),
        Arguments.of(
            evidence(seen("/.env", 302), seen("/.env.bak", 206, match("dotenv"))), Outcome.FAIL),
        Arguments.of(evidence(seen("/.env", 404), failed("/.env.local", "reset")), Outcome.ERROR),
        Arguments.of(
            evidence(failed("/.env", "reset"), seen("/.env.old", 200, match("dotenv"))),
            Outcome.FAIL));
  }

  @ParameterizedTest
  @MethodSource
  void judgements(ExposureEvidence e, Outcome expected) {
    assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(expected);
  }

  @Test
  void messagesSayWhatWasServedOrHowThePathsAnswered() {
    assertThat(
            DEFAULTS
                .evaluate(
                    evidence(
                        seen("/.env", 200, match("dotenv")),
                        seen("/.env.local", 200, match("dotenv"))))
                .message())
        .isEqualTo(
            "https://shop.test/.env answers 200 with a dotenv file: snippet of dotenv"
                + " (and 1 more)");
    assertThat(
            DEFAULTS
                .evaluate(evidence(seen("/.env", 404), seen("/.env.a", 404), seen("/.env.b", 200)))
                .message())
        .isEqualTo("none of 3 paths serves a dotenv file (1 × 200, 2 × 404)");
  }

  @Test
  void pathsMustBeAbsolute() {
    assertThatThrownBy(() -> new DotenvCheck(List.of(".env")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start with '/'");
    assertThatThrownBy(() -> new DotenvCheck(List.of())).hasMessageContaining("at least one path");
  }

  @Test
  void aServedDotenvFileFailsWithoutItsSecretsInTheEvidence() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/", Reply.html(Sites.SPA))
            .route("/.env.production", Reply.of(200, LEAK).header("Content-Type", "text/plain"))) {
      ExposureEvidence e = DEFAULTS.collect(Probes.of(site.url(), Trust.system()));
      Judgement j = DEFAULTS.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .contains("/.env.production answers 200 with a dotenv file: APP_KEY=…, DB_PASSWORD=…");
      String stored = Evidence.toMap(e).toString();
      assertThat(stored).doesNotContain("hunter2", "c2VjcmV0").contains("text/plain");
      assertThat(Evidence.fromMap(Evidence.toMap(e), ExposureEvidence.class)).isEqualTo(e);
      assertThat(site.hits("/.env")).isEqualTo(1);
    }
  }

  @Test
  void aCatchAllThatAnswersItsPageEverywherePasses() throws Exception {
    try (WebServer spa = WebServer.http().otherwise(Reply.html(Sites.SPA))) {
      Judgement j = Probes.run(DEFAULTS, Probes.of(spa.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).isEqualTo("none of 11 paths serves a dotenv file (11 × 200)");
    }
  }

  @Test
  void aPlainServerThatAnswers404Passes() throws Exception {
    try (WebServer site = WebServer.http()) {
      assertThat(Probes.run(DEFAULTS, Probes.of(site.url(), Trust.system())).outcome())
          .isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void aTargetThatCannotBeReachedIsAnErrorNotAPass() throws Exception {
    URI gone;
    try (WebServer site = WebServer.http()) {
      gone = site.url();
    }
    Judgement j = Probes.run(DEFAULTS, Probes.of(gone, Trust.system()));
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message()).startsWith("could not read http://127.0.0.1:");
  }
}
