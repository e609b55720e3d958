package dev.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and streams of {@code golive status}: one test per code, and the bad inputs. */
class StatusCommandTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void exit0WhenEveryBlockingItemIsDone() throws IOException {
    Path f =
        file(
            "go.md",
            "# Shop\n\n## Critical\n\n- [x] Backups\n\n## Nice to have\n\n- [ ] Dark mode\n");
    CliRun run = CliRun.of("status", f.toString());
    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out()).startsWith("GO  ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exit1WhenABlockingItemIsOpen() throws IOException {
    Path f = file("nogo.md", "# Shop\n\n- [x] Backups\n- [ ] TLS certificate\n");
    CliRun run = CliRun.of("status", f.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("NO-GO  ")
        .contains("1 blocking item is not done", "TLS certificate");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exit1WhenTheScoreIsBelowTheMinimum() throws IOException {
    Path f = file("low.md", "## Optional\n\n- [x] A\n- [ ] B\n- [ ] C\n");
    assertThat(CliRun.of("status", f.toString()).exit()).isEqualTo(0);
    CliRun run = CliRun.of("status", "--min-score", "50", f.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("score 33.3 is below the minimum 50.0");
  }

  @Test
  void exit2ForUsageErrorsWithOneLineOnStderr() {
    CliRun unknown = CliRun.of("status", "--bogus", "x.md");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).startsWith("golive: Unknown option: '--bogus'");
    assertThat(CliRun.of("status").exit()).isEqualTo(2);
    assertThat(CliRun.of().exit()).isEqualTo(2);
    assertThat(CliRun.of("status", "--lang", "fr", "x.md").err()).contains("unknown language 'fr'");
    assertThat(CliRun.of("status", "--block", "urgent", "x.md").err())
        .contains("unknown priority 'urgent'");
  }

  @Test
  void exit2ForBadInputNamingTheFileAndTheReason() throws IOException {
    Path empty = file("empty.md", "");
    Path none = file("none.md", "# Title\n\nJust prose, no items.\n");
    Path binary = dir.resolve("logo.md");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path big = dir.resolve("big.md");
    Files.write(big, new byte[(int) (10L << 20)]);
    assertBadInput(empty, "the file is empty");
    assertBadInput(none, "no checklist items found");
    assertBadInput(binary, "binary file");
    assertBadInput(big, "too large");
    assertBadInput(dir.resolve("missing.md"), "no such file");
    assertBadInput(dir, "is a directory");
  }

  private static void assertBadInput(Path file, String reason) {
    CliRun run = CliRun.of("status", "--format", "json", file.toString());
    assertThat(run.exit()).as(file.toString()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith(file + ": ").contains(reason);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void deepNestingIsANormalResult() throws IOException {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      deep.append("  ".repeat(i)).append("- [x] level ").append(i).append('\n');
    }
    String quotes = ">".repeat(20000) + " - [ ] deep\n";
    CliRun run =
        CliRun.of("status", "--format", "json", file("deep.md", deep.toString()).toString());
    assertThat(run.exit()).isEqualTo(0);
    assertThat(json(run).at("/files/0/items/999/depth").asInt()).isEqualTo(1000);
    CliRun q = CliRun.of("status", file("quotes.md", quotes).toString());
    assertThat(q.exit()).isIn(1, 2);
    assertThat(q.err()).doesNotContain("Exception");
  }

  @Test
  void exit3WhenNothingAppliesToTheLaunch() throws IOException {
    Path f =
        file("later.md", "# Shop\n\n## After launch\n\n- [ ] Survey users\n\n- [-] App store\n");
    CliRun run = CliRun.of("status", f.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).startsWith("INCONCLUSIVE");
  }

  @Test
  void exit4ForAnInternalErrorWithoutAStackTraceUnlessVerbose() throws IOException {
    Path f = file("ok.md", "- [x] A\n");
    PrintStream broken =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) {
                throw new IllegalStateException("the report writer broke");
              }
            });
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Cli.run(
            new String[] {"status", f.toString()},
            broken,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(4);
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(message).startsWith("golive: internal error:").contains("--verbose");
    assertThat(message.strip().lines()).hasSize(1);

    ByteArrayOutputStream verboseErr = new ByteArrayOutputStream();
    int verboseExit =
        Cli.run(
            new String[] {"status", "--verbose", f.toString()},
            broken,
            new PrintStream(verboseErr, true, StandardCharsets.UTF_8));
    assertThat(verboseExit).isEqualTo(4);
    assertThat(verboseErr.toString(StandardCharsets.UTF_8)).contains("\tat ");
  }

  @Test
  void jsonOnStdoutParsesAndCarriesTheContract() throws IOException {
    Path a = file("a.md", "# A\n\n## Критично\n\n- [x] Бэкапы\n- [ ] TLS\n");
    Path b = file("b.md", "- [x] Done\n");
    CliRun run = CliRun.of("status", "--format", "json", a.toString(), b.toString());
    assertThat(run.exit()).isEqualTo(1);
    JsonNode doc = json(run);
    assertThat(doc.get("schema").asText()).isEqualTo("golive/status@1");
    assertThat(doc.get("verdict").asText()).isEqualTo("NO-GO");
    JsonNode item = doc.at("/files/0/items/1");
    assertThat(item.get("line").asInt()).isEqualTo(6);
    assertThat(item.get("depth").asInt()).isEqualTo(1);
    assertThat(item.get("state").asText()).isEqualTo("open");
    assertThat(item.get("marker").asText()).isEqualTo("task");
    assertThat(item.get("priority").asText()).isEqualTo("critical");
    assertThat(item.get("blocking").asBoolean()).isTrue();
    assertThat(item.get("section").get(1).asText()).isEqualTo("Критично");
    assertThat(doc.at("/files/1/verdict").asText()).isEqualTo("GO");
    assertThat(doc.at("/files/0/repair").isNull()).isTrue();
  }

  @Test
  void oneBadFileAmongGoodOnesStillReportsTheGoodOnes() throws IOException {
    Path good = file("good.md", "- [x] Done\n");
    CliRun run =
        CliRun.of("status", "--format", "json", good.toString(), dir.resolve("nope.md").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(json(run).get("files")).hasSize(1);
    assertThat(run.err()).contains("nope.md: no such file");
  }

  @Test
  void filesWithoutItemsAmongOthersAreWarnedAbout() throws IOException {
    Path good = file("good.md", "- [x] Done\n");
    Path prose = file("prose.md", "# Notes\n\nNothing to tick.\n");
    CliRun run = CliRun.of("status", good.toString(), prose.toString());
    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.err().strip()).isEqualTo(prose + ": no checklist items found");
  }

  @Test
  void languageOfGoliveOwnWords() throws IOException {
    Path f = file("x.md", "- [ ] A\n- [ ] B\n");
    assertThat(CliRun.of("status", "--lang", "ru", f.toString()).out())
        .contains("не выполнено блокирующих пунктов: 2");
    assertThat(CliRun.of("status", "--lang", "uz", f.toString()).out())
        .contains("2 ta toʻsiq band bajarilmagan");
  }

  @Test
  void reportToAFileLeavesStdoutEmpty() throws IOException {
    Path f = file("x.md", "- [x] A\n");
    Path report = dir.resolve("report.json");
    CliRun run =
        CliRun.of("status", "--format", "json", "--output", report.toString(), f.toString());
    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out()).isEmpty();
    assertThat(new ObjectMapper().readTree(report.toFile()).get("verdict").asText())
        .isEqualTo("GO");
  }

  @Test
  void everyFormatKeepsTheExitCode() throws IOException {
    Path f = file("x.md", "# Shop\n\n- [x] Backups\n- [ ] TLS certificate\n");
    for (String format : new String[] {"text", "json", "md", "junit", "sarif", "html"}) {
      CliRun run = CliRun.of("status", "--format", format, f.toString());
      assertThat(run.exit()).as(format).isEqualTo(1);
      assertThat(run.out()).as(format).contains("TLS certificate");
      assertThat(run.err()).as(format).isEmpty();
    }
    Path page = dir.resolve("report.html");
    CliRun run =
        CliRun.of(
            "status",
            "--format",
            "html",
            "--lang",
            "uz",
            "--output",
            page.toString(),
            f.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>\n<html lang=\"uz\">");
  }

  @Test
  void helpListsEveryExitCode() {
    CliRun run = CliRun.of("status", "--help");
    assertThat(run.exit()).isEqualTo(0);
    for (ExitCode code : ExitCode.values()) {
      assertThat(run.out()).contains(code.code() + "   " + code.description().substring(0, 20));
    }
  }

  @Test
  void colourOnlyWhenAsked() throws IOException {
    Path f = file("x.md", "- [ ] A\n");
    assertThat(CliRun.of("status", f.toString()).out()).doesNotContain("\u001b[");
    assertThat(CliRun.of("status", "--color", "always", f.toString()).out()).contains("\u001b[31m");
  }

  private static JsonNode json(CliRun run) throws IOException {
    return new ObjectMapper().readTree(run.out());
  }
}
