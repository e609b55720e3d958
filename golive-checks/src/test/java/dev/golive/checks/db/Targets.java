package dev.golive.checks.db;

import dev.golive.checks.LiveProbe;
import dev.golive.checks.Probes;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import java.nio.file.Path;
import java.time.Duration;

/** Probes of targets that name a database, a repository or backups, as golive.yaml would. */
final class Targets {
  private Targets() {}

  static LiveProbe database(String url) {
    return probe(new Resources(url, null, null, null, null, null));
  }

  static LiveProbe databaseAndRepo(String url, Path repo) {
    return probe(new Resources(url, null, repo, null, null, null));
  }

  static LiveProbe backups(String backups, String database) {
    return probe(new Resources(database, null, null, null, null, backups));
  }

  static LiveProbe backups(String backups, String database, Duration budget) {
    return probe(new Resources(database, null, null, null, null, backups), budget);
  }

  static LiveProbe probe(Resources resources) {
    return probe(resources, Duration.ofSeconds(60));
  }

  static LiveProbe probe(Resources resources, Duration budget) {
    return Probes.of(Target.of("test", resources), Trust.system(), budget);
  }
}
