package dev.golive.checks.db;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A SQLite database runs in WAL mode and passes its integrity check. */
@CheckInfo(
    id = "db.sqlite-wal",
    needs = TargetKind.DATABASE,
    title = "The SQLite database uses WAL and is intact",
    severity = Priority.MEDIUM,
    description =
        "Opens the target's SQLite file read-only and reads PRAGMA journal_mode and PRAGMA"
            + " integrity_check (quick_check with quick=true, which skips index contents). Fails"
            + " when the journal mode is not WAL (writers then block readers) or the check"
            + " reports damage, listing the first problems. Skipped for PostgreSQL.")
public record SqliteWalCheck(
    @Param(
            description = "Run quick_check, faster on big files, instead of integrity_check",
            defaultValue = "false")
        boolean quick)
    implements Check<SqliteWalCheck.Answer> {

  /**
   * The file's journal mode and health.
   *
   * @param database the URL
   * @param engine {@code SQLite} or {@code PostgreSQL}
   * @param journalMode the journal mode, lower case
   * @param check {@code integrity_check} or {@code quick_check}
   * @param problems what the check reported: {@code ["ok"]} when all is well
   */
  public record Answer(
      String database, String engine, String journalMode, String check, List<String> problems) {
    public Answer {
      problems = problems == null ? List.of() : List.copyOf(problems);
    }
  }

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    DatabaseUrl url = Db.url(probe);
    if (url.engine() != DatabaseUrl.Engine.SQLITE) {
      return new Answer(url.shown(), url.engine().title(), null, null, List.of());
    }
    String check = quick ? "quick_check" : "integrity_check";
    try (Connection c = Db.open(url, probe.remaining());
        Statement s = c.createStatement()) {
      s.setQueryTimeout((int) Math.max(1, probe.remaining().toSeconds()));
      String mode;
      try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
        rs.next();
        mode = rs.getString(1).toLowerCase(Locale.ROOT);
      }
      List<String> problems = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("PRAGMA " + check + "(20)")) {
        while (rs.next()) {
          problems.add(rs.getString(1));
        }
      }
      return new Answer(url.shown(), url.engine().title(), mode, check, problems);
    } catch (SQLException e) {
      throw Db.failure(url, e, null);
    }
  }

  @Override
  public Judgement evaluate(Answer e) {
    if (!e.engine().equals(DatabaseUrl.Engine.SQLITE.title())) {
      return Judgement.skipped(e.database() + " is " + e.engine() + ", not a SQLite file");
    }
    if (!e.problems().equals(List.of("ok"))) {
      return Judgement.fail(
          e.database()
              + " is damaged: "
              + e.check()
              + " reports "
              + IndexesCheck.listed(e.problems()));
    }
    if (!"wal".equals(e.journalMode())) {
      return Judgement.fail(
          e.database()
              + " uses journal_mode "
              + e.journalMode()
              + ", not WAL, so a writer blocks every reader (PRAGMA journal_mode=WAL)");
    }
    return Judgement.pass(e.database() + " uses WAL and " + e.check() + " is ok");
  }
}
