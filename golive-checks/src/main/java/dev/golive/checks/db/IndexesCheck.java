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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Every foreign key has an index that starts with its columns, and every table a primary key. */
@CheckInfo(
    id = "db.indexes",
    needs = TargetKind.DATABASE,
    title = "Foreign keys are indexed and every table has a primary key",
    severity = Priority.MEDIUM,
    description =
        "Reads the schema of the target's PostgreSQL or SQLite database (system and extension"
            + " tables left out). A foreign key is supported when a complete (not partial) index"
            + " or the primary key starts with its columns, in any order; without one, deletes"
            + " and joins on the parent scan the whole child table. Fails when a foreign key has"
            + " no such index or, with primary-keys, a table has no primary key; lists them all"
            + " in the evidence. Tables named in ignore-tables (globs, with or without schema)"
            + " are left out.")
public record IndexesCheck(
    @Param(
            description = "Tables to leave out: names or globs, optionally schema-qualified",
            defaultValue = "",
            example = "audit_log,staging.*")
        List<String> ignoreTables,
    @Param(description = "Require a primary key on every table", defaultValue = "true")
        boolean primaryKeys)
    implements Check<IndexesCheck.Answer> {

  /**
   * The schema's keys and indexes.
   *
   * @param database the URL, password masked
   * @param engine {@code PostgreSQL} or {@code SQLite}
   * @param tables how many tables the schema has
   * @param foreignKeys how many foreign keys
   * @param unindexed the foreign keys without a supporting index
   * @param withoutPrimaryKey the tables without a primary key
   */
  public record Answer(
      String database,
      String engine,
      int tables,
      int foreignKeys,
      List<ForeignKey> unindexed,
      List<String> withoutPrimaryKey) {
    public Answer {
      unindexed = List.copyOf(unindexed);
      withoutPrimaryKey = List.copyOf(withoutPrimaryKey);
    }
  }

  /** A foreign key of {@code table} on {@code columns}, pointing at {@code references}. */
  public record ForeignKey(String table, List<String> columns, String references) {
    public ForeignKey {
      columns = List.copyOf(columns);
    }

    @Override
    public String toString() {
      return table + "(" + String.join(", ", columns) + ") → " + references;
    }
  }

  public IndexesCheck {
    ignoreTables = List.copyOf(ignoreTables);
  }

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    DatabaseUrl url = Db.url(probe);
    try (Connection c = Db.open(url, probe.remaining())) {
      return switch (url.engine()) {
        case POSTGRESQL -> postgres(url, c);
        case SQLITE -> sqlite(url, c);
      };
    } catch (SQLException e) {
      throw Db.failure(url, e, null);
    }
  }

  private static final String USER_TABLES =
      """
      FROM pg_class t JOIN pg_namespace ns ON ns.oid = t.relnamespace
      WHERE t.relkind IN ('r', 'p') AND NOT t.relispartition
        AND ns.nspname NOT IN ('pg_catalog', 'information_schema')
        AND ns.nspname NOT LIKE 'pg_toast%'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.classid = 'pg_class'::regclass AND d.objid = t.oid
                           AND d.deptype = 'e')
      """;

  private static final String NAME =
      "CASE WHEN ns.nspname = 'public' THEN t.relname ELSE ns.nspname || '.' || t.relname END";

  private static Answer postgres(DatabaseUrl url, Connection c) throws SQLException {
    int tables;
    List<String> noPk = new ArrayList<>();
    List<ForeignKey> unindexed = new ArrayList<>();
    int fks;
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*) " + USER_TABLES)) {
        rs.next();
        tables = rs.getInt(1);
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT "
                  + NAME
                  + " "
                  + USER_TABLES
                  + " AND NOT EXISTS (SELECT 1 FROM pg_constraint p"
                  + " WHERE p.conrelid = t.oid AND p.contype = 'p') ORDER BY 1")) {
        while (rs.next()) {
          noPk.add(rs.getString(1));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid IN"
                  + " (SELECT t.oid "
                  + USER_TABLES
                  + ")")) {
        rs.next();
        fks = rs.getInt(1);
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT "
                  + NAME
                  + ", c.confrelid::regclass::text,"
                  + " array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)"
                  + "  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n"
                  + "  ORDER BY k.i)"
                  + " FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
                  + " JOIN pg_namespace ns ON ns.oid = t.relnamespace"
                  + " WHERE c.contype = 'f' AND t.oid IN (SELECT t.oid "
                  + USER_TABLES
                  + ") AND NOT EXISTS (SELECT 1 FROM pg_index i"
                  + "  WHERE i.indrelid = c.conrelid AND i.indpred IS NULL"
                  + "   AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] @> c.conkey"
                  + "   AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] <@ c.conkey)"
                  + " ORDER BY 1, 2")) {
        while (rs.next()) {
          String[] cols = (String[]) rs.getArray(3).getArray();
          unindexed.add(new ForeignKey(rs.getString(1), List.of(cols), rs.getString(2)));
        }
      }
    }
    return new Answer(url.shown(), url.engine().title(), tables, fks, unindexed, noPk);
  }

  private static Answer sqlite(DatabaseUrl url, Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    List<String> noPk = new ArrayList<>();
    List<ForeignKey> unindexed = new ArrayList<>();
    int fks = 0;
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT name FROM sqlite_master WHERE type = 'table'"
                  + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        String q = quote(table);
        Map<Integer, String> pk = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + q + ")")) {
          while (rs.next()) {
            if (rs.getInt("pk") > 0) {
              pk.put(rs.getInt("pk"), rs.getString("name"));
            }
          }
        }
        if (pk.isEmpty()) {
          noPk.add(table);
        }
        List<List<String>> indexes = new ArrayList<>();
        if (!pk.isEmpty()) {
          indexes.add(List.copyOf(pk.values()));
        }
        List<String> complete = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA index_list(" + q + ")")) {
          while (rs.next()) {
            if (rs.getInt("partial") == 0) {
              complete.add(rs.getString("name"));
            }
          }
        }
        for (String index : complete) {
          List<String> cols = new ArrayList<>();
          try (ResultSet rs = s.executeQuery("PRAGMA index_info(" + quote(index) + ")")) {
            Map<Integer, String> bySeq = new TreeMap<>();
            while (rs.next()) {
              bySeq.put(rs.getInt("seqno"), rs.getString("name"));
            }
            cols.addAll(bySeq.values());
          }
          indexes.add(cols);
        }
        Map<Integer, List<String>> keyColumns = new LinkedHashMap<>();
        Map<Integer, String> keyTarget = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + q + ")")) {
          while (rs.next()) {
            int id = rs.getInt("id");
            keyColumns.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString("from"));
            keyTarget.put(id, rs.getString("table"));
          }
        }
        for (var key : keyColumns.entrySet()) {
          fks++;
          Set<String> want = lower(key.getValue());
          boolean supported =
              indexes.stream()
                  .anyMatch(
                      ix ->
                          ix.size() >= want.size()
                              && lower(ix.subList(0, want.size())).equals(want));
          if (!supported) {
            unindexed.add(new ForeignKey(table, key.getValue(), keyTarget.get(key.getKey())));
          }
        }
      }
    }
    return new Answer(url.shown(), url.engine().title(), tables.size(), fks, unindexed, noPk);
  }

  private static Set<String> lower(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      out.add(n == null ? "" : n.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  @Override
  public Judgement evaluate(Answer e) {
    List<ForeignKey> keys = e.unindexed().stream().filter(k -> !ignored(k.table())).toList();
    List<String> noPk =
        primaryKeys ? e.withoutPrimaryKey().stream().filter(t -> !ignored(t)).toList() : List.of();
    List<String> problems = new ArrayList<>();
    if (!keys.isEmpty()) {
      problems.add(
          count(keys.size(), "foreign key")
              + " without an index ("
              + listed(keys.stream().map(ForeignKey::toString).toList())
              + ")");
    }
    if (!noPk.isEmpty()) {
      problems.add(count(noPk.size(), "table") + " without a primary key (" + listed(noPk) + ")");
    }
    if (!problems.isEmpty()) {
      return Judgement.fail(e.database() + " has " + String.join(" and ", problems));
    }
    return Judgement.pass(
        e.database()
            + ": "
            + count(e.foreignKeys(), "foreign key")
            + " of "
            + count(e.tables(), "table")
            + " all have an index"
            + (primaryKeys ? ", and every table has a primary key" : ""));
  }

  private boolean ignored(String table) {
    String bare = table.substring(table.lastIndexOf('.') + 1);
    for (String pattern : ignoreTables) {
      Pattern p = glob(pattern);
      if (p.matcher(table).matches()
          || p.matcher(bare).matches() && !pattern.contains(".")
          || p.matcher("public." + table).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern glob(String pattern) {
    StringBuilder re = new StringBuilder();
    for (char ch : pattern.toCharArray()) {
      switch (ch) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The first few of {@code items}, and how many more there are. */
  static String listed(List<String> items) {
    int shown = Math.min(5, items.size());
    String head = String.join("; ", items.subList(0, shown));
    return items.size() > shown ? head + "; and " + (items.size() - shown) + " more" : head;
  }
}
