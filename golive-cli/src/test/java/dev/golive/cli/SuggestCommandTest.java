package dev.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static final String CHECKLIST =
      """
      # Launch

      - [x] HSTS enabled
      - [ ] Site is up and reachable
      - [x] Security headers configured
      - [x] Nightly backups restored
      """;

  @Test
  void printsEachItemWithItsProposalsAndConfidence() throws IOException {
    Path f = file("CHECKLIST.md", CHECKLIST);
    CliRun run = CliRun.of("suggest", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            f
                + ":3  HSTS enabled\n"
                + "  0.90  http.hsts\n"
                + f
                + ":4  Site is up and reachable\n"
                + "  0.70  http.status\n"
                + f
                + ":6  Nightly backups restored\n"
                + "  0.85  db.backup-recent\n"
                + "  0.75  db.backup-restorable\n"
                + "\n"
                + "4 bindings for 3 items at confidence 0.60 or more; 'golive bind FILE --write'"
                + " writes them into the file.\n");
    assertThat(CliRun.of("suggest", "--min-confidence", "0.4", f.toString()).out())
        .contains(":5  Security headers configured\n  0.50  http.frame-options\n")
        .contains("  0.45  http.hsts\n");
  }

  @Test
  void jsonForMachines() throws IOException {
    Path f = file("CHECKLIST.md", "- [x] HSTS max-age=31536000\n");
    CliRun run = CliRun.of("suggest", "--format", "json", f.toString());
    assertThat(run.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("schema").asText()).isEqualTo("golive/suggest@1");
    assertThat(root.get("minConfidence").asDouble()).isEqualTo(0.6);
    JsonNode item = root.get("files").get(0).get("items").get(0);
    assertThat(item.get("line").asInt()).isEqualTo(1);
    assertThat(item.get("state").asText()).isEqualTo("done");
    assertThat(item.get("text").asText()).isEqualTo("HSTS max-age=31536000");
    JsonNode p = item.get("proposals").get(0);
    assertThat(p.get("check").asText()).isEqualTo("http.hsts");
    assertThat(p.get("params").get("min-max-age").asText()).isEqualTo("31536000");
    assertThat(p.get("spec").asText()).isEqualTo("http.hsts min-max-age=31536000");
    assertThat(p.get("confidence").asDouble()).isEqualTo(0.9);
    assertThat(p.get("cue").asText()).isEqualTo("hsts");
  }

  @Test
  void itemsBoundInGoliveYamlBesideTheChecklistGetNothing() throws IOException {
    Path f = file("CHECKLIST.md", CHECKLIST);
    file("golive.yaml", "bindings:\n  - item: HSTS enabled\n    check: http.hsts\n");
    CliRun run = CliRun.of("suggest", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).doesNotContain("HSTS enabled").contains("Site is up");
    Path other = file("other.yaml", "bindings:\n  - line: 4\n    check: http.status\n");
    assertThat(CliRun.of("suggest", "--config", other.toString(), f.toString()).out())
        .contains("HSTS enabled")
        .doesNotContain("Site is up");
  }

  @Test
  void exit0WithNothingToPropose() throws IOException {
    Path f = file("CHECKLIST.md", "- [x] Team trained on incident response\n");
    CliRun run = CliRun.of("suggest", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("No bindings to propose at confidence 0.60 or more.\n");
  }

  @Test
  void exit2ForInputErrors() throws IOException {
    Path f = file("CHECKLIST.md", CHECKLIST);
    CliRun missing = CliRun.of("suggest", f.toString(), dir.resolve("nope.md").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.out()).contains("HSTS enabled");
    assertThat(missing.err()).isEqualTo(dir.resolve("nope.md") + ": no such file\n");
    assertThat(CliRun.of("suggest", "--format", "xml", f.toString()).err())
        .isEqualTo("--format: expected text or json, not 'xml'\n");
    assertThat(CliRun.of("suggest", "--min-confidence", "1.5", f.toString()).exit()).isEqualTo(2);
    Path bad = file("bad.yaml", "bindings:\n  - item: HSTS enabled\n    chek: http.hsts\n");
    CliRun broken = CliRun.of("suggest", "--config", bad.toString(), f.toString());
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.out()).isEmpty();
    assertThat(broken.err()).contains(bad + ":3: unknown key 'chek'");
  }
}
