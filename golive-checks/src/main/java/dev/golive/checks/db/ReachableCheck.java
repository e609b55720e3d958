package dev.golive.checks.db;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;

/** The database accepts a connection and runs a recent enough version. */
@CheckInfo(
    id = "db.reachable",
    needs = TargetKind.DATABASE,
    title = "The database accepts connections and runs a supported version",
    severity = Priority.CRITICAL,
    description =
        "Connects to the target's database (PostgreSQL or a SQLite file, read-only) with the"
            + " credentials of its URL and reads the server's version. An unreachable host, a"
            + " rejected password, a missing database or a missing or unreadable SQLite file is"
            + " an error that says which; the password is never shown. Fails when the version is"
            + " older than min-version.")
public record ReachableCheck(
    @Param(
            description = "Oldest acceptable server version, as in 14 or 15.4; any when empty",
            defaultValue = "",
            example = "14")
        String minVersion)
    implements Check<ReachableCheck.Answer> {

  /**
   * The database's answer.
   *
   * @param database its URL, password masked
   * @param engine {@code PostgreSQL} or {@code SQLite}
   * @param version its version number
   * @param versionText how it describes itself
   */
  public record Answer(String database, String engine, String version, String versionText) {}

  public ReachableCheck {
    minVersion = minVersion == null ? "" : minVersion.strip();
    if (!minVersion.isEmpty() && !Versions.valid(minVersion)) {
      throw new IllegalArgumentException(
          "'min-version' must be a version number such as 14 or 15.4, not '" + minVersion + "'");
    }
  }

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    DbFacts f = Db.facts(probe);
    return new Answer(f.database(), f.engine(), f.version(), f.versionText());
  }

  @Override
  public Judgement evaluate(Answer e) {
    String runs = e.database() + " answers: " + e.engine() + " " + e.version();
    if (!minVersion.isEmpty() && Versions.compare(e.version(), minVersion) < 0) {
      return Judgement.fail(runs + ", older than the required " + minVersion);
    }
    return Judgement.pass(runs);
  }
}
