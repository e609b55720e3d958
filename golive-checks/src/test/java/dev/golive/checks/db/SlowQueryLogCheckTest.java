package dev.golive.checks.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Outcome;
import dev.golive.testkit.Postgres;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlowQueryLogCheckTest {
  private static final SlowQueryLogCheck DEFAULTS = new SlowQueryLogCheck(1000);

  @ParameterizedTest(name = "log_min_duration_statement={0}, preload={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-1   |                              | FAIL",
        "0    |                              | PASS",
        "250  |                              | PASS",
        "1000 |                              | PASS",
        "1001 |                              | FAIL",
        "5000 | auto_explain                 | FAIL",
        "-1   | pg_stat_statements           | PASS",
        "5000 | auto_explain,pg_stat_statements | PASS",
      })
  void judgesTheThresholdAndPgStatStatements(int log, String preload, Outcome expected) {
    List<String> libs = preload == null ? List.of() : List.of(preload.split(","));
    var e = new SlowQueryLogCheck.Answer("postgres://db/shop", "PostgreSQL", log, libs, false);
    assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(expected);
  }

  @Test
  void theMessageSaysWhatIsMissing() {
    var e =
        new SlowQueryLogCheck.Answer("postgres://db/shop", "PostgreSQL", 5000, List.of(), false);
    assertThat(DEFAULTS.evaluate(e).message())
        .contains("slower than 5000 ms, above 1000 ms")
        .contains("pg_stat_statements is not loaded");
  }

  @Test
  void aDefaultPostgresLogsNothing() throws Exception {
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      var e = DEFAULTS.collect(Targets.database(db.url()));
      assertThat(e.logMinDurationMs()).isEqualTo(-1);
      var j = DEFAULTS.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("log_min_duration_statement is off");
    }
  }

  @Test
  void readsTheThresholdInForceForTheUrlsDatabase() throws Exception {
    try (Postgres.Scratch db = Postgres.shared().createDatabase()) {
      db.execute("ALTER DATABASE " + db.name() + " SET log_min_duration_statement = 250");
      var e = DEFAULTS.collect(Targets.database(db.url()));
      assertThat(e.logMinDurationMs()).isEqualTo(250);
      assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
      assertThat(new SlowQueryLogCheck(100).evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
    }
  }

  @Test
  void pgStatStatementsLoadedAtStartPasses() throws Exception {
    try (Postgres pg =
        Postgres.start(
            Postgres.Config.defaults().set("shared_preload_libraries", "'pg_stat_statements'"))) {
      pg.execute("postgres", "CREATE EXTENSION pg_stat_statements");
      var e = DEFAULTS.collect(Targets.database(pg.url("postgres")));
      assertThat(e.preloaded()).contains("pg_stat_statements");
      assertThat(e.pgStatStatementsInstalled()).isTrue();
      var j = DEFAULTS.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("pg_stat_statements");
    }
  }

  @Test
  void sqliteIsSkipped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("app.db");
    DriverManager.getConnection("jdbc:sqlite:" + file).close();
    var j = DEFAULTS.evaluate(DEFAULTS.collect(Targets.database("sqlite:" + file)));
    assertThat(j.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(j.message()).contains("SQLite");
  }
}
