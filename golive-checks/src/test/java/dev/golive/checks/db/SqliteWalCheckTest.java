package dev.golive.checks.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Outcome;
import dev.golive.testkit.Postgres;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteWalCheckTest {
  private static final SqliteWalCheck CHECK = new SqliteWalCheck(false);

  private static SqliteWalCheck.Answer file(String mode, String... problems) {
    return new SqliteWalCheck.Answer(
        "sqlite:/srv/app.db", "SQLite", mode, "integrity_check", List.of(problems));
  }

  @Test
  void judgesTheJournalModeAndTheIntegrityCheck() {
    assertThat(CHECK.evaluate(file("wal", "ok")).outcome()).isEqualTo(Outcome.PASS);
    var delete = CHECK.evaluate(file("delete", "ok"));
    assertThat(delete.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(delete.message()).contains("journal_mode delete, not WAL");
    var damaged = CHECK.evaluate(file("wal", "Page 3 is never used"));
    assertThat(damaged.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(damaged.message()).contains("is damaged").contains("Page 3 is never used");
  }

  private static Path database(Path dir, String... statements) throws Exception {
    Path file = dir.resolve("app.db");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
    return file;
  }

  @Test
  void aRealWalFilePasses(@TempDir Path dir) throws Exception {
    Path file =
        database(
            dir,
            "PRAGMA journal_mode=WAL",
            "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)",
            "INSERT INTO t (v) VALUES ('a'), ('b')");
    var e = CHECK.collect(Targets.database("sqlite:" + file));
    assertThat(e.journalMode()).isEqualTo("wal");
    assertThat(e.problems()).containsExactly("ok");
    assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void aRollbackJournalFails(@TempDir Path dir) throws Exception {
    Path file = database(dir, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
    var e = new SqliteWalCheck(true).collect(Targets.database("jdbc:sqlite:" + file));
    assertThat(e.journalMode()).isEqualTo("delete");
    assertThat(e.check()).isEqualTo("quick_check");
    assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aDamagedFileFails(@TempDir Path dir) throws Exception {
    // an index removed from the schema behind SQLite's back leaves its pages orphaned
    Path file =
        database(
            dir,
            "PRAGMA journal_mode=WAL",
            "CREATE TABLE t (v TEXT)",
            "CREATE INDEX t_v ON t (v)",
            "INSERT INTO t VALUES ('a'), ('b'), ('c')",
            "PRAGMA writable_schema=ON",
            "DELETE FROM sqlite_master WHERE name = 't_v'");
    var e = CHECK.collect(Targets.database("sqlite:" + file));
    assertThat(e.problems()).isNotEqualTo(List.of("ok"));
    var j = CHECK.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("is damaged");
  }

  @Test
  void postgresIsSkipped() throws Exception {
    var e = CHECK.collect(Targets.database(Postgres.shared().url("postgres")));
    assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.SKIPPED);
  }
}
