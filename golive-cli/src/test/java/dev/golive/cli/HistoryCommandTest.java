package dev.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.testkit.Postgres;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code golive audit --store} and {@code golive history}, end to end on real stores. */
class HistoryCommandTest {
  private static final String CHECKLIST =
      """
      # Shop

      ## Security

      - [x] Site answers <!-- golive: http.status -->
      - [x] Runbook written
      """;

  @TempDir Path dir;

  private Path checklist() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("web-shop"));
    return Files.writeString(folder.resolve("CHECKLIST.md"), CHECKLIST, StandardCharsets.UTF_8);
  }

  private static void assertOneLine(CliRun run) {
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void storedAuditsShowTheirTrendTheRegressionAndTheDiff() throws IOException {
    Path f = checklist();
    String db = dir.resolve("h/golive.db").toString();
    try (WebServer site = WebServer.http().route("/", Reply.html("<p>shop</p>"))) {
      String url = site.url().toString();
      CliRun first = CliRun.of("audit", f.toString(), "--target", url, "--db", db);
      assertThat(first.exit()).as(first.err()).isEqualTo(0);
      assertThat(first.err())
          .contains(
              "golive: stored as audit #1 of project 'web-shop' in sqlite:"
                  + Path.of(db).toAbsolutePath());
      assertThat(first.out()).startsWith("GO");

      site.route("/", Reply.of(500, "down"));
      CliRun second = CliRun.of("audit", f.toString(), "--target", url, "--store", "--db", db);
      assertThat(second.exit()).isEqualTo(1);
      assertThat(second.err()).contains("stored as audit #2 of project 'web-shop'");
    }

    CliRun trend = CliRun.of("history", "web-shop", "--db", db);
    assertThat(trend.exit()).as(trend.err()).isZero();
    assertThat(trend.err()).isEmpty();
    assertThat(trend.out())
        .startsWith("web-shop: 2 audits, newest first, in sqlite:")
        .containsPattern("(?m)^  #2  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ  NO-GO  ")
        .containsPattern("(?m)^  #1  .*  GO  .*verified 1, self_reported_done 1  ")
        .contains("contradicted 1, self_reported_done 1")
        .contains("1 regression in #2 since #1 (verified before, contradicted now):")
        .contains("  CHECKLIST.md:5  Security > Site answers");

    CliRun projects = CliRun.of("history", "--db", db);
    assertThat(projects.exit()).isZero();
    assertThat(projects.out())
        .startsWith("1 project in sqlite:")
        .containsPattern("(?m)^  web-shop  NO-GO +score +\\d+\\.\\d  #2 .*\\(2 audits\\)$");

    CliRun diff = CliRun.of("history", "web-shop", "--db", db, "--diff");
    assertThat(diff.exit()).isZero();
    assertThat(diff.out())
        .contains("From #1 to #2: 1 item changed, 0 added, 0 removed")
        .contains(
            "  changed  CHECKLIST.md:5  Security > Site answers: verified -> contradicted"
                + "  (regression)");

    CliRun json = CliRun.of("history", "web-shop", "--db", db, "--diff", "1", "2", "-f", "json");
    assertThat(json.exit()).isZero();
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.path("schema").asText()).isEqualTo("golive/history@1");
    assertThat(doc.path("project").asText()).isEqualTo("web-shop");
    assertThat(doc.path("audits")).hasSize(2);
    assertThat(doc.path("audits").path(0).path("counts").path("contradicted").asInt()).isEqualTo(1);
    JsonNode changed = doc.path("changes").path("changed").path(0);
    assertThat(changed.path("from").asText()).isEqualTo("verified");
    assertThat(changed.path("to").asText()).isEqualTo("contradicted");
    assertThat(changed.path("regression").asBoolean()).isTrue();
    assertThat(changed.path("text").asText()).isEqualTo("Site answers");

    CliRun trendJson =
        CliRun.of("history", "web-shop", "--db", db, "--format", "json", "--limit", "1");
    JsonNode t = new ObjectMapper().readTree(trendJson.out());
    assertThat(t.path("audits")).hasSize(1);
    assertThat(t.path("regressions").path("items").path(0).path("id").asText()).isNotEmpty();
  }

  @Test
  void theProjectComesFromGoliveYamlOrTheOption() throws IOException {
    Path f = checklist();
    Files.writeString(f.resolveSibling("golive.yaml"), "project: Web Shop (EU)\n");
    String db = dir.resolve("golive.db").toString();
    try (WebServer site = WebServer.http().route("/", Reply.html("ok"))) {
      String url = site.url().toString();
      assertThat(CliRun.of("audit", f.toString(), "-t", url, "--db", db).err())
          .contains("of project 'Web Shop (EU)'");
      assertThat(
              CliRun.of("audit", f.toString(), "-t", url, "--db", db, "--project", "other").err())
          .contains("stored as audit #2 of project 'other'");
    }
    CliRun projects = CliRun.of("history", "--db", db, "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(projects.out());
    assertThat(doc.path("projects").findValuesAsText("name"))
        .containsExactly("Web Shop (EU)", "other");
    assertThat(doc.path("projects").path(0).path("slug").asText()).isEqualTo("web-shop-eu");
  }

  @Test
  void unknownProjectsAndAuditsAreOneLineErrors() throws IOException {
    Path f = checklist();
    String db = dir.resolve("golive.db").toString();
    try (WebServer site = WebServer.http().route("/", Reply.html("ok"))) {
      CliRun.of("audit", f.toString(), "-t", site.url().toString(), "--db", db);
    }
    CliRun project = CliRun.of("history", "nope", "--db", db);
    assertThat(project.exit()).isEqualTo(2);
    assertThat(project.err())
        .isEqualTo(
            "sqlite:"
                + Path.of(db).toAbsolutePath()
                + ": there is no project 'nope' in the store\n");

    CliRun audit = CliRun.of("history", "web-shop", "--db", db, "--diff", "1", "99");
    assertThat(audit.exit()).isEqualTo(2);
    assertThat(audit.err()).endsWith(": there is no audit #99\n");

    CliRun onlyOne = CliRun.of("history", "web-shop", "--db", db, "--diff");
    assertThat(onlyOne.exit()).isEqualTo(2);
    assertThat(onlyOne.err()).endsWith("project 'web-shop' has one audit: --diff needs two\n");

    CliRun half = CliRun.of("history", "web-shop", "--db", db, "--diff", "1");
    assertThat(half.exit()).isEqualTo(2);
    assertOneLine(half);

    CliRun single = CliRun.of("history", "web-shop", "--db", db);
    assertThat(single.out()).contains("Only one audit so far");
  }

  @Test
  void aStoreThatIsNotThereIsNotMadeByReadingIt() {
    Path db = dir.resolve("none/golive.db");
    CliRun run = CliRun.of("history", "--db", db.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("there is no store here yet");
    assertOneLine(run);
    assertThat(Files.exists(db)).isFalse();
  }

  @Test
  void aCorruptStoreIsSaidSoBeforeTheAuditRuns() throws IOException {
    Path f = checklist();
    Path db = dir.resolve("junk.db");
    byte[] junk = new byte[4096];
    new Random(1).nextBytes(junk);
    Files.write(db, junk);
    try (WebServer site = WebServer.http().route("/", Reply.html("ok"))) {
      CliRun run =
          CliRun.of("audit", f.toString(), "-t", site.url().toString(), "--db", db.toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "sqlite:"
                  + db
                  + ": "
                  + db
                  + " is not a SQLite database (is it another kind of file?)\n");
      assertThat(run.out()).isEmpty();
      assertThat(site.hits("/")).isZero();
    }
    CliRun history = CliRun.of("history", "--db", db.toString());
    assertThat(history.exit()).isEqualTo(2);
    assertOneLine(history);
    CliRun verbose = CliRun.of("history", "--db", db.toString(), "--verbose");
    assertThat(verbose.err()).contains("SQLITE_NOTADB");
  }

  @Test
  void aPostgresStoreKeepsAuditsAndAWrongPasswordIsOneLine() throws IOException {
    Path f = checklist();
    Postgres pg = Postgres.shared();
    try (Postgres.Scratch db = pg.createDatabase();
        WebServer site = WebServer.http().route("/", Reply.html("ok"))) {
      CliRun stored =
          CliRun.of("audit", f.toString(), "-t", site.url().toString(), "--db", db.url());
      assertThat(stored.exit()).as(stored.err()).isZero();
      assertThat(stored.err())
          .contains(
              "stored as audit #1 of project 'web-shop' in postgres://postgres:***@127.0.0.1:")
          .doesNotContain(pg.password());
      CliRun history = CliRun.of("history", "web-shop", "--db", db.url());
      assertThat(history.exit()).isZero();
      assertThat(history.out()).contains("web-shop: 1 audit, in postgres://postgres:***@");

      CliRun wrong = CliRun.of("history", "--db", db.url().replace(pg.password(), "wrong-pw"));
      assertThat(wrong.exit()).isEqualTo(2);
      assertThat(wrong.err()).endsWith(": the server rejected the password of user postgres\n");
      assertOneLine(wrong);
      assertThat(wrong.err()).doesNotContain("wrong-pw");
    }
  }
}
