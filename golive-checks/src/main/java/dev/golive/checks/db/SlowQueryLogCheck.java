package dev.golive.checks.db;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Slow statements leave a trace: logged past a threshold, or timed by pg_stat_statements. */
@CheckInfo(
    id = "db.slow-query-log",
    needs = TargetKind.DATABASE,
    title = "Slow queries are logged or measured",
    severity = Priority.MEDIUM,
    description =
        "Reads PostgreSQL's settings as they apply to the URL's user and database."
            + " Passes when log_min_duration_statement is between 0 and max-ms (statements"
            + " slower than that are logged) or when pg_stat_statements is in"
            + " shared_preload_libraries (every statement's time is recorded). Fails when the"
            + " threshold is off (-1) or above max-ms and pg_stat_statements is not loaded."
            + " Skipped for SQLite, which keeps no such log.")
public record SlowQueryLogCheck(
    @Param(
            description = "Highest acceptable log_min_duration_statement, in milliseconds",
            defaultValue = "1000",
            example = "500")
        int maxMs)
    implements Check<SlowQueryLogCheck.Answer> {

  /**
   * The settings that say whether slow queries are seen.
   *
   * @param database the URL, password masked
   * @param engine {@code PostgreSQL} or {@code SQLite}
   * @param logMinDurationMs log_min_duration_statement in milliseconds (-1 is off), or {@code null}
   *     when the server has none
   * @param preloaded the libraries of shared_preload_libraries
   * @param pgStatStatementsInstalled whether the pg_stat_statements extension is created in this
   *     database, so its view can be read
   */
  public record Answer(
      String database,
      String engine,
      Integer logMinDurationMs,
      List<String> preloaded,
      boolean pgStatStatementsInstalled) {
    public Answer {
      preloaded = List.copyOf(preloaded);
    }
  }

  public SlowQueryLogCheck {
    if (maxMs < 0) {
      throw new IllegalArgumentException("'max-ms' must not be negative");
    }
  }

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    DatabaseUrl url = Db.url(probe);
    if (url.engine() != DatabaseUrl.Engine.POSTGRESQL) {
      return new Answer(url.shown(), url.engine().title(), null, List.of(), false);
    }
    DbFacts f = Db.facts(probe);
    String log = f.setting("log_min_duration_statement");
    String libs = f.setting("shared_preload_libraries");
    List<String> preloaded =
        libs == null
            ? List.of()
            : Arrays.stream(libs.split(","))
                .map(s -> s.strip().replace("\"", ""))
                .filter(s -> !s.isEmpty())
                .toList();
    return new Answer(
        f.database(),
        f.engine(),
        log == null ? null : Integer.valueOf(log),
        preloaded,
        f.extensions().contains("pg_stat_statements"));
  }

  @Override
  public Judgement evaluate(Answer e) {
    if (!e.engine().equals(DatabaseUrl.Engine.POSTGRESQL.title())) {
      return Judgement.skipped(
          e.database() + " is " + e.engine() + ", which keeps no slow query log");
    }
    Integer log = e.logMinDurationMs();
    boolean statements = e.preloaded().contains("pg_stat_statements");
    if (log != null && log >= 0 && log <= maxMs) {
      return Judgement.pass(
          e.database()
              + " logs statements slower than "
              + log
              + " ms (log_min_duration_statement)"
              + (statements ? " and loads pg_stat_statements" : ""));
    }
    String logged =
        log == null || log < 0
            ? "log_min_duration_statement is off"
            : "log_min_duration_statement logs only statements slower than "
                + log
                + " ms, above "
                + maxMs
                + " ms";
    if (statements) {
      return Judgement.pass(
          e.database()
              + " records every statement's time with pg_stat_statements"
              + (e.pgStatStatementsInstalled()
                  ? ""
                  : " (loaded; CREATE EXTENSION pg_stat_statements makes it readable here)")
              + "; "
              + logged);
    }
    return Judgement.fail(
        e.database()
            + ": "
            + logged
            + " and pg_stat_statements is not loaded, so slow queries"
            + " go unseen");
  }
}
