package dev.golive.checks.repo;

import dev.golive.checks.LiveProbe;
import dev.golive.checks.Probes;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.checks.Trust;
import java.nio.file.Path;
import java.time.Duration;

/** Probes of a repository folder made by the test. */
final class Repos {
  private Repos() {}

  /** A probe of a target whose only resource is the repository at {@code dir}. */
  static LiveProbe probe(Path dir) {
    Resources r = Resources.NONE.with(TargetKind.REPO, dir.toString(), dir);
    return Probes.of(Target.of("repo", r), Trust.system(), Duration.ofSeconds(30));
  }
}
