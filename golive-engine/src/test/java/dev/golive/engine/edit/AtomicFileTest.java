package dev.golive.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.core.GoliveException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  private static byte[] b(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void replacesTheBytesAndKeepsThePermissionsLeavingNoTemporaryFile() throws IOException {
    Path f = Files.write(dir.resolve("CHECKLIST.md"), b("old"));
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFile.replace(f, "CHECKLIST.md", b("old"), b("new"));
    assertThat(Files.readAllBytes(f)).isEqualTo(b("new"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
        .isEqualTo("rw-r-----");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void writesThroughALinkToTheFileItNames() throws IOException {
    Path f = Files.write(dir.resolve("real.md"), b("old"));
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), f);
    AtomicFile.replace(link, "link.md", b("old"), b("new"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllBytes(f)).isEqualTo(b("new"));
  }

  @Test
  void refusesAReadOnlyFileAndAFileThatChanged() throws IOException {
    Path f = Files.write(dir.resolve("ro.md"), b("old"));
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
    assertThatThrownBy(() -> AtomicFile.replace(f, "ro.md", b("old"), b("new")))
        .isInstanceOf(GoliveException.class)
        .hasMessage("is read-only; nothing was written");
    assertThat(Files.readAllBytes(f)).isEqualTo(b("old"));
    Path g = Files.write(dir.resolve("moved.md"), b("changed meanwhile"));
    assertThatThrownBy(() -> AtomicFile.replace(g, "moved.md", b("old"), b("new")))
        .hasMessageContaining("changed on disk");
    assertThat(Files.readAllBytes(g)).isEqualTo(b("changed meanwhile"));
  }
}
