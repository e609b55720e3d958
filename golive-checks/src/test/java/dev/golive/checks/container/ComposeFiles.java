package dev.golive.checks.container;

import dev.golive.checks.LiveProbe;
import dev.golive.checks.Probes;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.checks.Trust;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Compose files and Dockerfiles written for a test, and probes of a target that names them. */
final class ComposeFiles {
  private ComposeFiles() {}

  /** Writes {@code text} at {@code dir/name}, making folders; returns the file. */
  static Path write(Path dir, String name, String text) {
    try {
      Path f = dir.resolve(name);
      Files.createDirectories(f.getParent());
      return Files.writeString(f, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A probe of a target whose compose files are at {@code path} (a file or a folder). */
  static LiveProbe probe(Path path) {
    Resources r = Resources.NONE.with(TargetKind.COMPOSE, path.toString(), path.getParent());
    return Probes.of(Target.of("app", r), Trust.system(), Duration.ofSeconds(5));
  }
}
