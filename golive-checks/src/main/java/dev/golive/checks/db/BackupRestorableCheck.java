package dev.golive.checks.db;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The newest backup reads back, and with restore=true restores into a scratch database. */
@CheckInfo(
    id = "db.backup-restorable",
    needs = TargetKind.BACKUPS,
    title = "The newest backup can be restored",
    severity = Priority.HIGH,
    description =
        "Takes the newest backup (as db.backup-recent finds it; it must be on this machine)"
            + " and reads it back: a pg_dump archive (custom, directory or tar format) with"
            + " pg_restore --list and a full read, a plain SQL dump (gzip'd or not) to its end,"
            + " where pg_dump's 'dump complete' trailer must be, a SQLite copy with"
            + " quick_check. With restore=true a PostgreSQL dump is restored into a scratch"
            + " database created on the target's server, its tables counted, and the scratch"
            + " database dropped (the URL's user needs CREATEDB). Fails when the backup is cut"
            + " short, damaged, or holds fewer than min-tables tables; an error when this"
            + " machine's pg_restore is older than the pg_dump that made it.")
public record BackupRestorableCheck(
    @Param(
            description = "Restore into a scratch database on the target's server, then drop it",
            defaultValue = "false")
        boolean restore,
    @Param(description = "Fewest tables the backup must hold", defaultValue = "1") int minTables,
    @Param(
            description = "Glob that backup file names match",
            defaultValue = "*",
            example = "*.dump")
        String pattern)
    implements Check<BackupRestorableCheck.Answer> {

  /**
   * The newest backup, read back.
   *
   * @param source the folder, or {@code cmd:} and the command as written
   * @param backup the newest backup's name, or {@code null} when there is none
   * @param format its kind: {@code custom}, {@code directory}, {@code tar}, {@code plain SQL},
   *     {@code gzip'd plain SQL}, {@code SQLite file} or {@code unknown}
   * @param bytes its size
   * @param modified when it was written
   * @param archiveVersion the pg_dump archive format in its header, as in {@code 1.14}
   * @param dumpedFrom the server version it was dumped from, when it says
   * @param dumpedBy the pg_dump version that made it, when it says
   * @param reader the program that read it, as in {@code pg_restore 15.18}
   * @param readable whether it read back to its end
   * @param readerTooOld whether the reader was older than the dump's format
   * @param complete whether it holds all it should (a plain dump's trailer, SQLite's check)
   * @param problem why it did not read back, or {@code null}
   * @param tables the tables it holds
   * @param restoredTables the tables a restore into a scratch database made, or {@code null} when
   *     none was asked for
   * @param restoreProblem why the restore failed, or {@code null}
   */
  public record Answer(
      String source,
      String backup,
      String format,
      long bytes,
      String modified,
      String archiveVersion,
      String dumpedFrom,
      String dumpedBy,
      String reader,
      boolean readable,
      boolean readerTooOld,
      boolean complete,
      String problem,
      int tables,
      Integer restoredTables,
      String restoreProblem) {}

  public BackupRestorableCheck {
    if (minTables < 0) {
      throw new IllegalArgumentException("'min-tables' must not be negative");
    }
    if (pattern == null || pattern.isBlank()) {
      pattern = "*";
    }
  }

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    Backups.Listing listing =
        Backups.list(probe.target().resources().backups(), pattern, probe.remaining());
    if (listing.entries().isEmpty()) {
      return new Answer(
          listing.source(),
          null,
          null,
          0,
          null,
          null,
          null,
          null,
          null,
          false,
          false,
          false,
          null,
          0,
          null,
          null);
    }
    Backups.Entry newest = listing.entries().getFirst();
    if (newest.local() == null) {
      throw new ProbeException(
          "the newest backup "
              + newest.name()
              + " is not a file on this machine, so it cannot be read back; point backups at"
              + " a folder, or have the command print local paths");
    }
    Path file = Path.of(newest.local());
    Dumps.Format format = Dumps.detect(file);
    String archiveVersion = Dumps.archiveVersion(file, format);
    String reader = null;
    boolean readable = false;
    boolean tooOld = false;
    boolean complete = false;
    String problem = null;
    int tables = 0;
    String from = null;
    String by = null;
    boolean creates = false;
    switch (format) {
      case CUSTOM, DIRECTORY, TAR -> {
        reader = "pg_restore " + Dumps.pgRestoreVersion(probe.remaining());
        Dumps.ArchiveRead r = Dumps.readArchive(file, probe.remaining());
        readable = r.readable();
        tooOld = r.tooNew();
        problem = r.problem();
        tables = r.tables();
        from = r.dumpedFrom();
        by = r.dumpedBy();
        complete = readable;
      }
      case PLAIN, PLAIN_GZIP -> {
        reader = "golive";
        Dumps.PlainRead r =
            Dumps.readPlain(file, format == Dumps.Format.PLAIN_GZIP, probe.remaining());
        readable = r.problem() == null;
        complete = r.complete();
        problem = r.problem();
        tables = r.tables();
        from = r.dumpedFrom();
        by = r.dumpedBy();
        creates = r.creates();
      }
      case SQLITE -> {
        reader = "SQLite";
        var r = sqlite(file, probe.remaining());
        readable = true;
        complete = r.problems().equals(List.of("ok"));
        problem = complete ? null : String.join("; ", r.problems());
        tables = r.tables();
      }
      case UNKNOWN -> problem = "it is not a dump golive can read back";
    }
    Integer restored = null;
    String restoreProblem = null;
    if (restore && readable && (format.archive() || format.plain())) {
      if (creates) {
        restoreProblem =
            "it creates or connects to databases itself (pg_dump --create or pg_dumpall), so"
                + " golive does not restore it";
      } else {
        Restore r = restoreInto(probe, file, format);
        restored = r.tables();
        restoreProblem = r.problem();
      }
    }
    return new Answer(
        listing.source(),
        newest.name(),
        format.words(),
        newest.bytes(),
        newest.modified(),
        archiveVersion,
        from,
        by,
        reader,
        readable,
        tooOld,
        complete,
        problem,
        tables,
        restored,
        restoreProblem);
  }

  private record SqliteRead(List<String> problems, int tables) {}

  private static SqliteRead sqlite(Path file, Duration budget) throws ProbeException {
    DatabaseUrl url = DatabaseUrl.parse("sqlite:" + file);
    try (Connection c = Db.open(url, budget);
        Statement s = c.createStatement()) {
      s.setQueryTimeout((int) Math.max(1, budget.toSeconds()));
      List<String> problems = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("PRAGMA quick_check(20)")) {
        while (rs.next()) {
          problems.add(rs.getString(1));
        }
      }
      int tables;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                  + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
        rs.next();
        tables = rs.getInt(1);
      }
      return new SqliteRead(problems, tables);
    } catch (SQLException e) {
      throw Db.failure(url, e, null);
    }
  }

  private record Restore(Integer tables, String problem) {}

  /** Restores into a scratch database of the target's server, counts its tables, drops it. */
  private static Restore restoreInto(Probe probe, Path file, Dumps.Format format)
      throws IOException, InterruptedException {
    if (probe.target().resources().database() == null) {
      throw new ProbeException(
          "restore=true restores into a scratch database on the target's PostgreSQL server,"
              + " but the target names no database");
    }
    DatabaseUrl url = Db.url(probe);
    if (url.engine() != DatabaseUrl.Engine.POSTGRESQL) {
      throw new ProbeException(
          "restore=true needs a PostgreSQL database to restore into; "
              + url.shown()
              + " is "
              + url.engine().title());
    }
    String scratch = "golive_restore_" + HexFormat.of().formatHex(random(6));
    String password = url.expandedPassword();
    try (Connection admin = Db.open(url, probe.remaining());
        Statement s = admin.createStatement()) {
      try {
        s.execute("CREATE DATABASE " + scratch);
      } catch (SQLException e) {
        throw new ProbeException(
            url.shown()
                + ": cannot create a scratch database to restore into: "
                + Db.scrub(e.getMessage(), password),
            e);
      }
      try {
        Map<String, String> env = new LinkedHashMap<>();
        if (password != null) {
          env.put("PGPASSWORD", password);
        }
        env.put("PGSSLMODE", url.sslMode());
        for (String k : List.of("sslrootcert", "sslcert", "sslkey")) {
          if (url.params().containsKey(k)) {
            env.put("PG" + k.toUpperCase(java.util.Locale.ROOT), url.params().get(k));
          }
        }
        String conninfo = conninfo(url, scratch);
        Processes.Result r;
        if (format.archive()) {
          r =
              Processes.run(
                  "pg_restore into " + scratch,
                  List.of(
                      "pg_restore",
                      "--no-owner",
                      "--no-privileges",
                      "--exit-on-error",
                      "--dbname=" + conninfo,
                      file.toString()),
                  env,
                  null,
                  probe.remaining());
        } else {
          try (InputStream raw = Files.newInputStream(file);
              InputStream in = format == Dumps.Format.PLAIN_GZIP ? new GZIPInputStream(raw) : raw) {
            r =
                Processes.run(
                    "psql into " + scratch,
                    List.of(
                        "psql",
                        "-X",
                        "-q",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "--dbname=" + conninfo,
                        "-f",
                        "-"),
                    env,
                    in,
                    probe.remaining());
          }
        }
        if (r.exit() != 0) {
          return new Restore(null, Db.scrub(r.firstProblem(), password));
        }
        DatabaseUrl into =
            new DatabaseUrl(
                url.engine(),
                url.written(),
                url.hosts(),
                scratch,
                url.user(),
                url.password(),
                url.params(),
                null);
        try (Connection c = Db.open(into, probe.remaining());
            Statement count = c.createStatement();
            ResultSet rs =
                count.executeQuery(
                    """
                    SELECT count(*) FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
                     WHERE t.relkind IN ('r', 'p')
                       AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                       AND n.nspname NOT LIKE 'pg_toast%'""")) {
          rs.next();
          return new Restore(rs.getInt(1), null);
        }
      } finally {
        try {
          s.execute("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
        } catch (SQLException e) {
          throw new ProbeException(
              url.shown()
                  + ": the scratch database "
                  + scratch
                  + " could not be dropped: "
                  + Db.scrub(e.getMessage(), password),
              e);
        }
      }
    } catch (SQLException e) {
      throw Db.failure(url, e, password);
    }
  }

  /** A libpq connection string without the password, which goes in PGPASSWORD. */
  private static String conninfo(DatabaseUrl url, String database) throws ProbeException {
    StringBuilder b = new StringBuilder();
    b.append("host=").append(quote(url.host()));
    b.append(" port=").append(url.port());
    b.append(" dbname=").append(quote(database));
    String user = url.expandedUser();
    if (user != null) {
      b.append(" user=").append(quote(user));
    }
    b.append(" application_name=golive");
    return b.toString();
  }

  private static String quote(String v) {
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    new SecureRandom().nextBytes(b);
    return b;
  }

  @Override
  public Judgement evaluate(Answer e) {
    if (e.backup() == null) {
      return Judgement.fail(
          "there are no backups in "
              + e.source()
              + (pattern.equals("*") ? "" : " named " + pattern));
    }
    String it = "the newest backup " + e.backup();
    if (e.format().equals("unknown")) {
      return Judgement.fail(
          it
              + " is not a backup golive can read back (pg_dump custom, directory or tar format,"
              + " plain SQL, gzip'd or not, or a SQLite file); pattern= picks the backups among"
              + " other files");
    }
    if (e.readerTooOld()) {
      return Judgement.error(
          it
              + " was made by a pg_dump newer than this machine's "
              + e.reader()
              + " ("
              + e.problem()
              + (e.archiveVersion() == null ? "" : ", archive format " + e.archiveVersion())
              + "); install a pg_restore at least as new as that pg_dump to read it back");
    }
    if (!e.readable()) {
      return Judgement.fail(it + " (" + e.format() + ") does not read back: " + e.problem());
    }
    if (!e.complete()) {
      return Judgement.fail(
          e.format().equals("SQLite file")
              ? it + " is damaged: " + e.problem()
              : it
                  + " ("
                  + e.format()
                  + ") ends without pg_dump's 'dump complete' trailer: it was cut short");
    }
    if (e.tables() < minTables) {
      return Judgement.fail(
          it
              + " ("
              + e.format()
              + ") holds "
              + IndexesCheck.count(e.tables(), "table")
              + ", fewer than "
              + minTables);
    }
    String made =
        e.dumpedBy() == null
            ? ""
            : ", pg_dump "
                + e.dumpedBy()
                + (e.dumpedFrom() == null ? "" : " of PostgreSQL " + e.dumpedFrom());
    String what =
        it + " (" + e.format() + ", " + IndexesCheck.count(e.tables(), "table") + made + ")";
    if (restore && (e.restoredTables() != null || e.restoreProblem() != null)) {
      if (e.restoreProblem() != null) {
        return Judgement.fail(what + " does not restore: " + e.restoreProblem());
      }
      if (e.restoredTables() < minTables) {
        return Judgement.fail(
            what + " restores only " + IndexesCheck.count(e.restoredTables(), "table"));
      }
      return Judgement.pass(
          what
              + " restores into a scratch database: "
              + IndexesCheck.count(e.restoredTables(), "table"));
    }
    return Judgement.pass(what + " reads back with " + e.reader());
  }
}
