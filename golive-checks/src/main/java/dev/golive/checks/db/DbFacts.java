package dev.golive.checks.db;

import dev.golive.checks.ProbeException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one connection tells of a database, read once per audit and shared by its checks.
 *
 * @param database the URL, password masked
 * @param engine {@code PostgreSQL} or {@code SQLite}
 * @param version the server's version number, as in {@code 15.10} or {@code 3.46.1}
 * @param versionText the server's own description of itself
 * @param user the user connected as (PostgreSQL), or {@code null}
 * @param superuser whether that user is a superuser
 * @param settings PostgreSQL's settings in force for this session (of those the checks read), or
 *     SQLite's pragmas
 * @param tls whether this connection is encrypted
 * @param tlsVersion the protocol of that encryption, or {@code null}
 * @param connections client connections open now, this one included
 * @param active those running a statement
 * @param idleInTransaction those idle inside a transaction
 * @param databaseLimit the database's own connection limit, -1 for none
 * @param roleLimit the user's own connection limit, -1 for none
 * @param extensions the extensions installed in this database
 */
public record DbFacts(
    String database,
    String engine,
    String version,
    String versionText,
    String user,
    boolean superuser,
    Map<String, String> settings,
    boolean tls,
    String tlsVersion,
    int connections,
    int active,
    int idleInTransaction,
    int databaseLimit,
    int roleLimit,
    List<String> extensions) {

  /** The PostgreSQL settings the checks read. */
  static final List<String> SETTINGS =
      List.of(
          "max_connections",
          "superuser_reserved_connections",
          "reserved_connections",
          "log_min_duration_statement",
          "shared_preload_libraries",
          "ssl",
          "statement_timeout",
          "idle_in_transaction_session_timeout");

  public DbFacts {
    settings = Map.copyOf(settings);
    extensions = List.copyOf(extensions);
  }

  static DbFacts read(DatabaseUrl url, Duration budget) throws ProbeException {
    try (Connection c = Db.open(url, budget)) {
      return switch (url.engine()) {
        case POSTGRESQL -> postgres(url, c, budget);
        case SQLITE -> sqlite(url, c);
      };
    } catch (SQLException e) {
      throw Db.failure(url, e, null);
    }
  }

  private static DbFacts postgres(DatabaseUrl url, Connection c, Duration budget)
      throws SQLException {
    int timeout = (int) Math.max(1, budget.toSeconds());
    String versionText;
    String version;
    String user;
    boolean superuser;
    int roleLimit;
    int databaseLimit;
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(timeout);
      try (ResultSet rs =
          s.executeQuery(
              """
              SELECT version(), current_setting('server_version'), current_user,
                     r.rolsuper, r.rolconnlimit, d.datconnlimit
                FROM pg_roles r, pg_database d
               WHERE r.rolname = current_user AND d.datname = current_database()""")) {
        rs.next();
        versionText = rs.getString(1);
        version = leadingNumber(rs.getString(2));
        user = rs.getString(3);
        superuser = rs.getBoolean(4);
        roleLimit = rs.getInt(5);
        databaseLimit = rs.getInt(6);
      }
    }
    Map<String, String> settings = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT name, setting FROM pg_settings WHERE name = ANY (?)")) {
      ps.setQueryTimeout(timeout);
      ps.setArray(1, c.createArrayOf("text", SETTINGS.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          settings.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    boolean tls = false;
    String tlsVersion = null;
    int connections = 0;
    int active = 0;
    int idleInTransaction = 0;
    List<String> extensions = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(timeout);
      try (ResultSet rs =
          s.executeQuery("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
        if (rs.next()) {
          tls = rs.getBoolean(1);
          tlsVersion = rs.getString(2);
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              """
              SELECT count(*),
                     count(*) FILTER (WHERE state = 'active'),
                     count(*) FILTER (WHERE state LIKE 'idle in transaction%')
                FROM pg_stat_activity WHERE backend_type = 'client backend'""")) {
        rs.next();
        connections = rs.getInt(1);
        active = rs.getInt(2);
        idleInTransaction = rs.getInt(3);
      }
      try (ResultSet rs = s.executeQuery("SELECT extname FROM pg_extension ORDER BY 1")) {
        while (rs.next()) {
          extensions.add(rs.getString(1));
        }
      }
    }
    return new DbFacts(
        url.shown(),
        url.engine().title(),
        version,
        versionText,
        user,
        superuser,
        settings,
        tls,
        tlsVersion,
        connections,
        active,
        idleInTransaction,
        databaseLimit,
        roleLimit,
        extensions);
  }

  private static DbFacts sqlite(DatabaseUrl url, Connection c) throws SQLException {
    String version;
    Map<String, String> pragmas = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
        rs.next();
        version = rs.getString(1);
      }
      for (String pragma : List.of("journal_mode", "page_size", "page_count", "freelist_count")) {
        try (ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
          if (rs.next()) {
            pragmas.put(pragma, rs.getString(1));
          }
        }
      }
    }
    return new DbFacts(
        url.shown(),
        url.engine().title(),
        version,
        "SQLite " + version,
        null,
        false,
        pragmas,
        false,
        null,
        0,
        0,
        0,
        -1,
        -1,
        List.of());
  }

  /** The setting's value, or {@code null} when the server does not have it. */
  public String setting(String name) {
    return settings.get(name);
  }

  /** Whether this is a PostgreSQL server. */
  public boolean postgres() {
    return engine.equals(DatabaseUrl.Engine.POSTGRESQL.title());
  }

  static String leadingNumber(String version) {
    if (version == null) {
      return "";
    }
    var m = java.util.regex.Pattern.compile("\\d+(\\.\\d+)*").matcher(version);
    return m.find() ? m.group() : version.strip();
  }
}
