package dev.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.WebServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and streams of {@code golive audit} against real servers on 127.0.0.1. */
class AuditCommandTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void exit0WhenEveryBoundTickHolds() throws IOException {
    try (WebServer site = WebServer.http().route("/", WebServer.Reply.html("<p>shop</p>"))) {
      Path f = file("go.md", "# Shop\n\n- [x] Site answers <!-- golive: http.status -->\n");
      CliRun run = CliRun.of("audit", f.toString(), "--target", site.url().toString());
      assertThat(run.exit()).isEqualTo(0);
      assertThat(run.out()).startsWith("GO").contains("verified");
      assertThat(run.err()).contains("running 1 check against 1 target");
    }
  }

  @Test
  void exit1WhenATickIsContradicted() throws IOException {
    try (WebServer site = WebServer.http().route("/", WebServer.Reply.of(500, "oops"))) {
      Path f = file("nogo.md", "- [x] Site answers <!-- golive: http.status -->\n");
      CliRun run =
          CliRun.of("audit", f.toString(), "--target", site.url().toString(), "--format", "json");
      assertThat(run.exit()).isEqualTo(1);
      JsonNode json = new ObjectMapper().readTree(run.out());
      assertThat(json.path("schema").asText()).isEqualTo("golive/audit@1");
      JsonNode item = json.path("targets").path(0).path("files").path(0).path("items").path(0);
      assertThat(item.path("verdict").asText()).isEqualTo("contradicted");
      assertThat(item.path("findings").path(0).path("outcome").asText()).isEqualTo("fail");
      assertThat(item.path("findings").path(0).path("evidence").path("hops")).isNotEmpty();
    }
  }

  @Test
  void exit2WithEveryBindingProblemAndNothingRun() throws IOException {
    try (WebServer site = WebServer.http().route("/", WebServer.Reply.html("x"))) {
      Path f =
          file(
              "bad.md",
              "- [x] A <!-- golive: http.hstss -->\n- [x] B <!-- golive: http.status max-hop=2 -->\n");
      CliRun run = CliRun.of("audit", f.toString(), "--target", site.url().toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .contains(f + ":1: unknown check 'http.hstss' (did you mean 'http.hsts'?)")
          .contains(f + ":2: http.status has no parameter 'max-hop' (did you mean 'max-hops'?)")
          .contains("2 problems found before running; nothing was run");
      assertThat(site.hits("/")).isZero();
    }
  }

  @Test
  void exit2WithoutATargetOrWithABadOne() throws IOException {
    Path f = file("c.md", "- [x] A <!-- golive: http.status -->\n");
    CliRun none = CliRun.of("audit", f.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err().strip())
        .isEqualTo(
            "no target to audit: give --target URL or --target KIND=VALUE, or list targets in"
                + " golive.yaml");
    CliRun bad = CliRun.of("audit", f.toString(), "--target", "ftp://x");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--target: 'ftp://x' is not an http:// or https:// URL");
    CliRun deadline =
        CliRun.of("audit", f.toString(), "--target", "http://127.0.0.1/", "--deadline", "soon");
    assertThat(deadline.exit()).isEqualTo(2);
    assertThat(deadline.err()).contains("--deadline: expected a duration like 60s");
  }

  @Test
  void kindEqualsValueGivesEveryTargetThatPart() throws IOException {
    Path f = file("c.md", "- [x] Site answers <!-- golive: http.status -->\n");
    CliRun run = CliRun.of("audit", f.toString(), "--target", "repo=" + dir, "--format", "json");
    assertThat(run.exit()).isEqualTo(3);
    JsonNode target = new ObjectMapper().readTree(run.out()).path("targets").path(0);
    assertThat(target.path("target").asText()).isEqualTo("local");
    assertThat(target.path("files").path(0).path("items").path(0).path("findings"))
        .first()
        .extracting(n -> n.path("message").asText())
        .asString()
        .startsWith("target 'local' has no web (the site's base URL)");

    CliRun tls = CliRun.of("audit", f.toString(), "--target", "tls=shop.example:443");
    assertThat(tls.exit()).isEqualTo(2);
    assertThat(tls.err()).contains("--target: give tls in a target of golive.yaml");
    CliRun empty = CliRun.of("audit", f.toString(), "--target", "database=");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("--target database= needs a value");
  }

  @Test
  void exit2ForABrokenConfigFoundBesideTheChecklist() throws IOException {
    Path f = file("c.md", "- [x] A\n");
    file("golive.yaml", "targets:\n  prod: not a url\npolicy: [1]\n");
    CliRun run = CliRun.of("audit", f.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("golive.yaml:2: 'not a url' is not an http:// or https:// URL")
        .contains("golive.yaml:3: 'policy' should be a mapping");
  }

  @Test
  void exit3WhenABlockingItemCannotBeCheckedInsideTheDeadline() throws IOException {
    try (RawServer stalling = RawServer.plain(RawServer.stall())) {
      Path f = file("c.md", "- [x] Site answers <!-- golive: http.status -->\n");
      long started = System.nanoTime();
      CliRun run =
          CliRun.of(
              "audit",
              f.toString(),
              "--target",
              stalling.url().toString(),
              "--deadline",
              "2s",
              "--check-timeout",
              "60s");
      // the check alone would wait a minute: ending long before that, the deadline ended it
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(20_000);
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.out()).startsWith("INCONCLUSIVE").contains("could not be checked", "error");
    }
  }

  @Test
  void aPrivateCaIsTrustedWithCaFile() throws IOException {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    try (WebServer site =
        WebServer.https(ca.issue(Certificates.Spec.valid("127.0.0.1")))
            .route("/", WebServer.Reply.html("ok"))) {
      Path f = file("c.md", "- [x] Site answers <!-- golive: http.status -->\n");
      String url = site.url().toString();
      assertThat(CliRun.of("audit", f.toString(), "--target", url).exit()).isEqualTo(3);
      Path pem = ca.writePem(dir.resolve("ca.pem"));
      CliRun trusted =
          CliRun.of("audit", f.toString(), "--target", url, "--ca-file", pem.toString());
      assertThat(trusted.exit()).isEqualTo(0);
      CliRun missing = CliRun.of("audit", f.toString(), "--target", url, "--ca-file", "nope.pem");
      assertThat(missing.exit()).isEqualTo(2);
      assertThat(missing.err().strip()).startsWith("nope.pem: ");
    }
  }

  @Test
  void updateSetsTheBoxesToWhatWasVerifiedAndChangesNothingElse() throws IOException {
    try (WebServer site =
        WebServer.http()
            .route("/", WebServer.Reply.html("<p>shop</p>"))
            .route("/old", WebServer.Reply.of(500, "broken"))) {
      String before =
          "# Shop\r\n\n- [ ] Home page answers  <!-- golive: http.status -->\r\n"
              + "* [X] Old page answers <!-- golive: http.status path=/old -->\r\n"
              + "- [ ] Backups tested\n";
      Path f = dir.resolve("c.md");
      Files.write(f, before.getBytes(StandardCharsets.UTF_8));
      CliRun run = CliRun.of("audit", f.toString(), "--target", site.url().toString(), "--update");
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).contains("updated " + f + ": 1 ticked, 1 cleared");
      assertThat(Files.readString(f, StandardCharsets.UTF_8))
          .isEqualTo(before.replace("- [ ] Home", "- [x] Home").replace("* [X] Old", "* [ ] Old"));
    }
  }

  @Test
  void autoBindsItemsByTheirWords() throws IOException {
    try (WebServer site =
        WebServer.http()
            .route("/", WebServer.Reply.html("<p>shop</p>"))
            .route(
                "/health",
                WebServer.Reply.of(200, "{\"status\":\"UP\"}")
                    .header("Content-Type", "application/json"))) {
      Path f = file("c.md", "- [x] Health check endpoint responds\n- [x] Team trained\n");
      String url = site.url().toString();
      CliRun plain = CliRun.of("audit", f.toString(), "--target", url, "--format", "json");
      assertThat(plain.out()).doesNotContain("\"api.health\"");
      CliRun run = CliRun.of("audit", f.toString(), "--target", url, "--auto", "--format", "json");
      JsonNode items = new ObjectMapper().readTree(run.out()).at("/targets/0/files/0/items");
      assertThat(items.path(0).path("verdict").asText()).isEqualTo("verified");
      assertThat(items.path(0).path("findings").path(0).path("check").asText())
          .isEqualTo("api.health");
      assertThat(items.path(1).path("verdict").asText()).isEqualTo("self_reported_done");
    }
  }

  @Test
  void commandsTheChecklistNamesRunOnlyWithAllowCommands() throws IOException {
    Path f =
        file(
            "c.md",
            """
            # Shop

            - [x] Migrations checked <!-- golive: cmd.exit-zero -->
              ```bash
              sh -c 'echo migrations ok > ran.txt'
              ```
            - [x] Workers up: `sh -c 'echo worker down >&2; exit 2'` <!-- golive: cmd.exit-zero -->
            """);
    String repo = "repo=" + dir;

    CliRun held = CliRun.of("audit", f.toString(), "--target", repo, "--format", "json");
    assertThat(held.exit()).isEqualTo(0);
    JsonNode items = new ObjectMapper().readTree(held.out()).at("/targets/0/files/0/items");
    assertThat(items.path(0).path("verdict").asText()).isEqualTo("self_reported_done");
    assertThat(items.path(0).path("commands").path(0).asText())
        .isEqualTo("sh -c 'echo migrations ok > ran.txt'");
    assertThat(items.path(0).at("/findings/0/outcome").asText()).isEqualTo("skipped");
    assertThat(items.path(0).at("/findings/0/message").asText())
        .isEqualTo("not run: pass --allow-commands to run `sh -c 'echo migrations ok > ran.txt'`");
    assertThat(dir.resolve("ran.txt")).doesNotExist();

    CliRun ran =
        CliRun.of("audit", f.toString(), "--target", repo, "--allow-commands", "--format", "json");
    assertThat(ran.exit()).isEqualTo(1);
    items = new ObjectMapper().readTree(ran.out()).at("/targets/0/files/0/items");
    assertThat(items.path(0).path("verdict").asText()).isEqualTo("verified");
    assertThat(Files.readString(dir.resolve("ran.txt"))).isEqualTo("migrations ok\n");
    JsonNode failed = items.path(1).at("/findings/0");
    assertThat(items.path(1).path("verdict").asText()).isEqualTo("contradicted");
    assertThat(failed.path("message").asText())
        .isEqualTo("`sh -c 'echo worker down >&2; exit 2'` exited with status 2: worker down");
    assertThat(failed.at("/evidence/exitCode").asInt()).isEqualTo(2);
    assertThat(failed.at("/evidence/output/0").asText()).isEqualTo("worker down");
  }

  @Test
  void anItemWithoutACommandIsABindingProblem() throws IOException {
    Path f = file("c.md", "- [x] Superuser yaratilgan <!-- golive: cmd.exit-zero -->\n");
    CliRun run = CliRun.of("audit", f.toString(), "--target", "repo=" + dir, "--allow-commands");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(f + ":1: cmd.exit-zero has no command to run: the item names none")
        .contains("1 problem found before running; nothing was run");
  }
}
