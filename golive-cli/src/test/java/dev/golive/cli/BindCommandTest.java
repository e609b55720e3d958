package dev.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindCommandTest {
  @TempDir Path dir;

  private static final String BEFORE =
      "# Launch\r\n\r\n- [x] HSTS enabled  \r\n- [ ] Site is up\r\n- [x] Backups\r\n";

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void withoutWriteShowsTheChangeAndWritesNothing() throws IOException {
    Path f = file("CHECKLIST.md", BEFORE.getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("bind", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "--- "
                + f
                + "\n+++ "
                + f
                + " (bound)\n"
                + "@@ -3 +3 @@\n"
                + "-- [x] HSTS enabled  \n"
                + "+- [x] HSTS enabled <!-- golive: http.hsts -->  \n"
                + "@@ -4 +4 @@\n"
                + "-- [ ] Site is up\n"
                + "+- [ ] Site is up <!-- golive: http.status -->\n");
    assertThat(run.err())
        .isEqualTo("2 items would be bound; run again with --write to write " + f + ".\n");
    assertThat(Files.readAllBytes(f)).isEqualTo(BEFORE.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writeChangesOnlyTheItemsLines() throws IOException {
    Path f = file("CHECKLIST.md", BEFORE.getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("bind", "--write", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("Bound 2 items in " + f + ".\n");
    assertThat(Files.readString(f))
        .isEqualTo(
            BEFORE
                .replace("enabled  ", "enabled <!-- golive: http.hsts -->  ")
                .replace("is up", "is up <!-- golive: http.status -->"));
    CliRun again = CliRun.of("bind", "--write", f.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).isEqualTo("Nothing to bind in " + f + ".\n");
  }

  @Test
  void keepsUtf16AndItsByteOrderMark() throws IOException {
    String text = "\uFEFF- [x] HSTS включён\n- [x] Резервные копии\n";
    Path f = file("CHECKLIST.md", text.getBytes(StandardCharsets.UTF_16BE));
    assertThat(CliRun.of("bind", "--write", f.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(f))
        .isEqualTo(
            text.replace("включён", "включён <!-- golive: http.hsts -->")
                .getBytes(StandardCharsets.UTF_16BE));
  }

  @Test
  void onlyTheItemsNamedByIdOrLine() throws IOException {
    Path f =
        file(
            "CHECKLIST.md",
            "- [x] HSTS enabled\n- [x] Site is up\n- [x] Security headers set\n"
                .getBytes(StandardCharsets.UTF_8));
    CliRun ids = CliRun.of("status", "--format", "json", f.toString());
    String hsts = new ObjectMapper().readTree(ids.out()).at("/files/0/items/0/id").asText();
    assertThat(hsts).isNotEmpty();
    CliRun run = CliRun.of("bind", "--write", "--only", hsts + ",3", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(Files.readString(f))
        .isEqualTo(
            """
            - [x] HSTS enabled <!-- golive: http.hsts -->
            - [x] Site is up
            - [x] Security headers set <!-- golive: http.frame-options; \
            http.content-type-options; http.hsts; http.referrer-policy; http.csp -->
            """);
    CliRun unknown = CliRun.of("bind", "--only", "99", f.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("--only: no item in " + f + " has the id or line 99");
  }

  @Test
  void aReadOnlyFileIsOneLineAndExit2() throws IOException {
    Path f = file("CHECKLIST.md", BEFORE.getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
    CliRun run = CliRun.of("bind", "--write", f.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(f + ": is read-only; nothing was written\n");
    assertThat(Files.readAllBytes(f)).isEqualTo(BEFORE.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusedLinesAreNamedAndTheRestIsBound() throws IOException {
    Path f =
        file(
            "CHECKLIST.md",
            "- [x] HSTS on `every\n  host`\n- [x] Site is up\n".getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("bind", "--write", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err())
        .isEqualTo(
            f
                + ":1: not bound: a code span opens on the item's line and may close later;"
                + " bind this item in golive.yaml instead\n");
    assertThat(Files.readString(f))
        .isEqualTo(
            "- [x] HSTS on `every\n  host`\n- [x] Site is up <!-- golive: http.status -->\n");
  }
}
