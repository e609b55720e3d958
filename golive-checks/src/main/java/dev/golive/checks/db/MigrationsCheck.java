package dev.golive.checks.db;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Every migration in the repository has been applied to the database. */
@CheckInfo(
    id = "db.migrations",
    needs = {TargetKind.DATABASE, TargetKind.REPO},
    title = "Database migrations are all applied",
    severity = Priority.CRITICAL,
    description =
        "Finds the repository's migrations and compares them with the database's record of"
            + " them: Flyway (V<version>__name.sql in db/migration, flyway_schema_history),"
            + " Liquibase (change sets of XML, YAML, JSON or SQL changelogs, DATABASECHANGELOG),"
            + " Prisma (prisma/migrations/*/migration.sql, _prisma_migrations), Django"
            + " (<app>/migrations/NNNN_*.py, squashes included, django_migrations), Alembic"
            + " (versions/*.py revisions and their heads, alembic_version), Drizzle"
            + " (meta/_journal.json, __drizzle_migrations) and numbered SQL files in a"
            + " migrations folder (golang-migrate, dbmate, Rails: schema_migrations). Fails when"
            + " a migration is pending or failed, or golang-migrate's state is dirty; warns when"
            + " the database has applied migrations the repository does not know; an error"
            + " when no framework is recognised.")
public record MigrationsCheck() implements Check<MigrationsCheck.Answer> {

  private static final int LISTED = 50;

  /**
   * The comparison of every framework found.
   *
   * @param database the URL, password masked
   * @param repo the repository's folder
   * @param frameworks one entry per framework found in the repository
   */
  public record Answer(String database, String repo, List<Framework> frameworks) {
    public Answer {
      frameworks = List.copyOf(frameworks);
    }
  }

  /**
   * One framework's migrations against the database's record.
   *
   * @param name the framework
   * @param locations the repository's folders that hold its migrations
   * @param table the database's record table, or {@code null} when it has none
   * @param known migrations in the repository
   * @param applied those of them the database records as applied
   * @param pending the repository's migrations not applied (at most 50 listed)
   * @param pendingCount how many are pending
   * @param failed migrations the database records as failed
   * @param unknown migrations the database applied that the repository lacks
   * @param dirty whether the database records an interrupted migration (golang-migrate)
   * @param note what else is worth knowing (Alembic's heads, the version recorded)
   */
  public record Framework(
      String name,
      List<String> locations,
      String table,
      int known,
      int applied,
      List<String> pending,
      int pendingCount,
      List<String> failed,
      List<String> unknown,
      boolean dirty,
      String note) {
    public Framework {
      locations = List.copyOf(locations);
      pending = List.copyOf(pending);
      failed = List.copyOf(failed);
      unknown = List.copyOf(unknown);
    }
  }

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    Path repo = probe.target().resources().repo();
    if (!Files.isDirectory(repo)) {
      throw new ProbeException("the repository " + repo + " is not a folder");
    }
    List<MigrationFiles.Found> found = MigrationFiles.scan(repo);
    DatabaseUrl url = Db.url(probe);
    if (found.isEmpty()) {
      return new Answer(url.shown(), repo.toString(), List.of());
    }
    List<Framework> out = new ArrayList<>();
    try (Connection c = Db.open(url, probe.remaining())) {
      for (MigrationFiles.Found f : found) {
        out.add(compare(c, url, f));
      }
    } catch (SQLException e) {
      throw Db.failure(url, e, null);
    }
    return new Answer(url.shown(), repo.toString(), out);
  }

  /** What the database recorded, and how it compares to the files. */
  private record Record(Set<String> applied, List<String> failed, boolean dirty, String note) {}

  private static Framework compare(Connection c, DatabaseUrl url, MigrationFiles.Found f)
      throws SQLException {
    String table =
        switch (f.framework()) {
          case "Flyway" -> find(c, url, "flyway_schema_history", "schema_version");
          case "Liquibase" -> find(c, url, "databasechangelog");
          case "Prisma" -> find(c, url, "_prisma_migrations");
          case "Django" -> find(c, url, "django_migrations");
          case "Alembic" -> find(c, url, "alembic_version");
          case "Drizzle" -> find(c, url, "__drizzle_migrations");
          default -> find(c, url, "schema_migrations");
        };
    if (table == null) {
      return framework(f, null, new Record(Set.of(), List.of(), false, null), Set.of());
    }
    Record r =
        switch (f.framework()) {
          case "Flyway" -> flyway(c, table);
          case "Liquibase" -> liquibase(c, table);
          case "Prisma" -> prisma(c, table);
          case "Django" -> django(c, table, f);
          case "Alembic" -> alembic(c, table, f);
          case "Drizzle" -> drizzle(c, table, f);
          default -> numbered(c, table, f);
        };
    Set<String> unknownIgnored = new HashSet<>();
    if (f.framework().equals("Django")) {
      // Django's own apps (auth, admin, ...) live outside the repository
      Set<String> apps = new HashSet<>();
      f.ids().forEach(id -> apps.add(id.substring(0, id.indexOf('.'))));
      r.applied().stream()
          .filter(id -> !apps.contains(id.substring(0, id.indexOf('.'))))
          .forEach(unknownIgnored::add);
      f.parents().values().forEach(unknownIgnored::addAll);
    }
    return framework(f, table, r, unknownIgnored);
  }

  private static Framework framework(
      MigrationFiles.Found f, String table, Record r, Set<String> notUnknown) {
    List<String> pending = new ArrayList<>();
    int applied = 0;
    Set<String> failedIds = new HashSet<>(r.failed());
    for (String id : f.ids()) {
      if (r.applied().contains(id)) {
        applied++;
      } else if (!failedIds.contains(id)) {
        pending.add(f.labels().getOrDefault(id, id));
      }
    }
    List<String> unknown = new ArrayList<>();
    Set<String> known = new HashSet<>(f.ids());
    for (String id : r.applied()) {
      if (!known.contains(id) && !notUnknown.contains(id)) {
        unknown.add(id);
      }
    }
    List<String> failed = r.failed().stream().map(id -> f.labels().getOrDefault(id, id)).toList();
    return new Framework(
        f.framework(),
        f.locations(),
        table,
        f.ids().size(),
        applied,
        pending.subList(0, Math.min(LISTED, pending.size())),
        pending.size(),
        failed,
        unknown.subList(0, Math.min(LISTED, unknown.size())),
        r.dirty(),
        r.note());
  }

  /** The table among {@code names} the database has, quoted for a query, or {@code null}. */
  private static String find(Connection c, DatabaseUrl url, String... names) throws SQLException {
    for (String name : names) {
      String sql =
          url.engine() == DatabaseUrl.Engine.SQLITE
              ? "SELECT NULL, name FROM sqlite_master WHERE type = 'table' AND lower(name) = ?"
              : "SELECT table_schema, table_name FROM information_schema.tables"
                  + " WHERE lower(table_name) = ?"
                  + " ORDER BY table_schema = current_schema() DESC, table_schema";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            String schema = rs.getString(1);
            String table = quote(rs.getString(2));
            return schema == null ? table : quote(schema) + "." + table;
          }
        }
      }
    }
    return null;
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static List<List<String>> rows(Connection c, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  private static boolean truthy(String v) {
    return v != null && (v.equals("1") || v.equalsIgnoreCase("t") || v.equalsIgnoreCase("true"));
  }

  private static Record flyway(Connection c, String table) throws SQLException {
    Set<String> applied = new LinkedHashSet<>();
    List<String> failed = new ArrayList<>();
    for (var row :
        rows(c, "SELECT version, success FROM " + table + " WHERE version IS NOT NULL")) {
      String v = MigrationFiles.flywayVersion(row.get(0));
      if (truthy(row.get(1))) {
        applied.add(v);
        failed.remove(v);
      } else if (!applied.contains(v)) {
        failed.add(v);
      }
    }
    return new Record(applied, failed, false, null);
  }

  private static Record liquibase(Connection c, String table) throws SQLException {
    Set<String> applied = new LinkedHashSet<>();
    List<String> failed = new ArrayList<>();
    for (var row : rows(c, "SELECT id, author, exectype FROM " + table)) {
      String key = MigrationFiles.changeSet(row.get(0), row.get(1));
      if ("FAILED".equalsIgnoreCase(row.get(2))) {
        failed.add(key);
      } else {
        applied.add(key);
      }
    }
    failed.removeAll(applied);
    return new Record(applied, failed, false, null);
  }

  private static Record prisma(Connection c, String table) throws SQLException {
    Set<String> applied = new LinkedHashSet<>();
    List<String> failed = new ArrayList<>();
    for (var row : rows(c, "SELECT migration_name, finished_at, rolled_back_at FROM " + table)) {
      if (row.get(2) != null) {
        continue;
      }
      if (row.get(1) != null) {
        applied.add(row.get(0));
      } else {
        failed.add(row.get(0));
      }
    }
    failed.removeAll(applied);
    return new Record(applied, failed, false, null);
  }

  private static Record django(Connection c, String table, MigrationFiles.Found f)
      throws SQLException {
    Set<String> applied = new LinkedHashSet<>();
    for (var row : rows(c, "SELECT app, name FROM " + table)) {
      applied.add(row.get(0) + "." + row.get(1));
    }
    // a squashed migration counts as applied when all it replaces are
    for (var squash : f.parents().entrySet()) {
      if (!squash.getValue().isEmpty() && applied.containsAll(squash.getValue())) {
        applied.add(squash.getKey());
      }
    }
    return new Record(applied, List.of(), false, null);
  }

  private static Record alembic(Connection c, String table, MigrationFiles.Found f)
      throws SQLException {
    Set<String> current = new LinkedHashSet<>();
    for (var row : rows(c, "SELECT version_num FROM " + table)) {
      current.add(row.get(0));
    }
    Set<String> applied = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(current);
    while (!todo.isEmpty()) {
      String rev = todo.pop();
      if (applied.add(rev)) {
        todo.addAll(f.parents().getOrDefault(rev, List.of()));
      }
    }
    Set<String> heads = new LinkedHashSet<>(f.ids());
    f.parents().values().forEach(heads::removeAll);
    String note =
        "heads "
            + String.join(", ", heads)
            + "; the database is at "
            + (current.isEmpty() ? "no revision" : String.join(", ", current));
    return new Record(applied, List.of(), false, note);
  }

  private static Record drizzle(Connection c, String table, MigrationFiles.Found f)
      throws SQLException {
    long last = Long.MIN_VALUE;
    Set<String> hashes = new LinkedHashSet<>();
    for (var row : rows(c, "SELECT hash, created_at FROM " + table)) {
      hashes.add(row.get(0));
      if (row.get(1) != null) {
        last = Math.max(last, Long.parseLong(row.get(1).strip()));
      }
    }
    Set<String> applied = new LinkedHashSet<>();
    Set<String> repoHashes = new HashSet<>();
    for (String tag : f.ids()) {
      // drizzle applies every journal entry newer than the newest it recorded
      if (f.times().getOrDefault(tag, Long.MAX_VALUE) <= last) {
        applied.add(tag);
      }
      repoHashes.addAll(f.parents().getOrDefault(tag, List.of()));
    }
    for (String h : hashes) {
      if (!repoHashes.contains(h)) {
        applied.add("hash " + h.substring(0, Math.min(12, h.length())));
      }
    }
    return new Record(applied, List.of(), false, null);
  }

  private static Record numbered(Connection c, String table, MigrationFiles.Found f)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        columns.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
      }
    }
    if (columns.contains("dirty")) {
      // golang-migrate keeps one row: the version reached, and whether it was interrupted
      var rows = rows(c, "SELECT version, dirty FROM " + table);
      if (rows.isEmpty()) {
        return new Record(Set.of(), List.of(), false, "golang-migrate; no version recorded");
      }
      BigInteger version = new BigInteger(rows.getFirst().get(0).strip());
      boolean dirty = truthy(rows.getFirst().get(1));
      Set<String> applied = new LinkedHashSet<>();
      for (String id : f.ids()) {
        if (new BigInteger(id).compareTo(version) <= 0) {
          applied.add(id);
        }
      }
      if (!f.ids().contains(version.toString())) {
        applied.add(version.toString());
      }
      List<String> failed = dirty ? List.of(version.toString()) : List.of();
      if (dirty) {
        applied.remove(version.toString());
      }
      return new Record(applied, failed, dirty, "golang-migrate at version " + version);
    }
    Set<String> applied = new LinkedHashSet<>();
    for (var row : rows(c, "SELECT version FROM " + table)) {
      String v = row.get(0).strip();
      applied.add(v.matches("\\d+") ? new BigInteger(v).toString() : v);
    }
    return new Record(applied, List.of(), false, null);
  }

  @Override
  public Judgement evaluate(Answer e) {
    if (e.frameworks().isEmpty()) {
      return Judgement.error(
          "no migrations recognised in "
              + e.repo()
              + " (looked for "
              + String.join(", ", MigrationFiles.FRAMEWORKS)
              + ")");
    }
    List<Framework> used = e.frameworks().stream().filter(f -> f.table() != null).toList();
    List<Framework> judged = used.isEmpty() ? e.frameworks() : used;
    List<String> problems = new ArrayList<>();
    List<String> surprises = new ArrayList<>();
    List<String> fine = new ArrayList<>();
    for (Framework f : judged) {
      String where = f.name() + " (" + String.join(", ", f.locations()) + ")";
      if (f.table() == null) {
        problems.add(
            where
                + ": the database has no record of migrations, so none of "
                + f.known()
                + " is applied");
        continue;
      }
      List<String> bad = new ArrayList<>();
      if (f.pendingCount() > 0) {
        bad.add(f.pendingCount() + " pending (" + IndexesCheck.listed(f.pending()) + ")");
      }
      if (!f.failed().isEmpty()) {
        bad.add(f.failed().size() + " failed (" + IndexesCheck.listed(f.failed()) + ")");
      }
      if (f.dirty()) {
        bad.add("the database is dirty: a migration stopped halfway");
      }
      if (!bad.isEmpty()) {
        problems.add(where + ": " + String.join(", ", bad));
      } else if (!f.unknown().isEmpty()) {
        surprises.add(
            where
                + ": the database applied "
                + f.unknown().size()
                + " the repository does not have ("
                + IndexesCheck.listed(f.unknown())
                + ")");
      } else {
        fine.add(where + ": all " + f.known() + " applied");
      }
    }
    if (!problems.isEmpty()) {
      return Judgement.fail(e.database() + ": " + String.join("; ", problems));
    }
    if (!surprises.isEmpty()) {
      return Judgement.warn(e.database() + ": " + String.join("; ", surprises));
    }
    return Judgement.pass(e.database() + ": " + String.join("; ", fine));
  }
}
