package dev.golive.checks.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies beside what each family of detectors must make of them ("-" for nothing). */
class DetectorsTest {
  private static final String SPA =
      """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>Shop</title>
      <script type="module" src="/assets/index-3f2a.js"></script></head>
      <body><div id="root"></div></body></html>
      """;

  static Stream<Arguments> dotenv() {
    return Stream.of(
        Arguments.of("APP_KEY=base64:c2VjcmV0\nDB_PASSWORD=hunter2\n", "dotenv"),
        Arguments.of(
            "# production\n\nexport AWS_SECRET_ACCESS_KEY=abc\nexport REGION=eu\n", "dotenv"),
        Arguments.of("DATABASE_URL = postgres://u:p@db/x\nDEBUG=false\nmulti\n", "dotenv"),
        Arguments.of(SPA, "-"),
        Arguments.of("{\"DB_PASSWORD\": \"x\"}", "-"),
        Arguments.of("Not found", "-"),
        Arguments.of("a == b\nc == d\n", "-"),
        Arguments.of("", "-"),
        Arguments.of("line one\nline two\nline three\nKEY=value\n", "-"));
  }

  static Stream<Arguments> git() {
    return Stream.of(
        Arguments.of("ref: refs/heads/main\n", "git-head"),
        Arguments.of("3f786850e387550fdab836ed7e6dc881de23001b\n", "git-head"),
        Arguments.of(
            """
            [core]
            \trepositoryformatversion = 0
            \tbare = false
            [remote "origin"]
            \turl = https://user:token@git.test/shop.git
            """,
            "git-config"),
        Arguments.of(SPA, "-"),
        Arguments.of("<pre>ref: refs/heads/main</pre>", "-"),
        Arguments.of("<html><body><pre>\n[core]\n</pre></body></html>", "-"),
        Arguments.of("Use 'ref: refs/heads/main' in HEAD", "-"));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource
  void dotenv(String body, String expected) {
    assertThat(firstMatch(Detectors.DOTENV, body)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource
  void git(String body, String expected) {
    assertThat(firstMatch(Detectors.GIT, body)).isEqualTo(expected);
  }

  @Test
  void aDotenvSnippetNamesKeysButNeverValues() {
    Match m =
        new Dotenv()
            .detect(
                new Body(
                    "APP_KEY=base64:c2VjcmV0\nDB_PASSWORD=hunter2\nA=1\nB=2\nC=3\nSTRIPE=sk_live\n"))
            .orElseThrow();
    assertThat(m.snippet())
        .startsWith("APP_KEY=…, DB_PASSWORD=…")
        .contains("6 assignments")
        .doesNotContain("hunter2", "c2VjcmV0", "sk_live");
  }

  @Test
  void everyDetectorHasAUniqueIdAndALabel() {
    List<Detector> all = Stream.of(Detectors.DOTENV, Detectors.GIT).flatMap(List::stream).toList();
    assertThat(all.stream().map(Detector::id)).doesNotHaveDuplicates();
    for (Detector d : all) {
      assertThat(Detectors.label(d.id())).isEqualTo(d.label()).isNotBlank();
    }
  }

  private static String firstMatch(List<Detector> detectors, String body) {
    return firstMatchOf(detectors, body).map(Match::signature).orElse("-");
  }

  private static Optional<Match> firstMatchOf(List<Detector> detectors, String body) {
    Body b = new Body(body);
    return detectors.stream().flatMap(d -> d.detect(b).stream()).findFirst();
  }
}
