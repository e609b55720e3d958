package dev.golive.checks.db;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.sqlite.SQLiteConfig;

/**
 * Connections to a target's database for the {@code db} checks: every timeout taken from the time
 * left, failures turned into one line that names the database (password masked) and says what went
 * wrong.
 */
final class Db {
  /** The {@link Probe#shared} key of the facts every check of a target reads. */
  static final String FACTS = "db.facts";

  private Db() {}

  /** The target's database URL, read. */
  static DatabaseUrl url(Probe probe) throws ProbeException {
    String written = probe.target().resources().database();
    if (written == null) {
      throw new ProbeException("the target names no database");
    }
    return DatabaseUrl.parse(written);
  }

  /** The facts of the target's database, read over one connection shared by all its checks. */
  static DbFacts facts(Probe probe) throws java.io.IOException, InterruptedException {
    DatabaseUrl url = url(probe);
    return probe.shared(FACTS, () -> DbFacts.read(url, probe.remaining()));
  }

  /** A connection to {@code url} that gives up within {@code budget}. */
  static Connection open(DatabaseUrl url, Duration budget) throws ProbeException {
    return open(url, budget, Map.of());
  }

  /**
   * A connection to {@code url} with {@code overrides} laid over its parameters (PostgreSQL's
   * {@code sslmode=disable}, say).
   */
  static Connection open(DatabaseUrl url, Duration budget, Map<String, String> overrides)
      throws ProbeException {
    if (budget.isZero() || budget.isNegative()) {
      throw new ProbeException(url.shown() + ": no time was left to connect");
    }
    return switch (url.engine()) {
      case POSTGRESQL -> openPostgres(url, budget, overrides);
      case SQLITE -> openSqlite(url, budget);
    };
  }

  private static Connection openPostgres(
      DatabaseUrl url, Duration budget, Map<String, String> overrides) throws ProbeException {
    String password = url.expandedPassword();
    Properties p = new Properties();
    url.params()
        .forEach(
            (k, v) -> {
              switch (k) {
                case "connect_timeout", "application_name" -> {}
                default -> p.setProperty(k, v);
              }
            });
    String user = url.expandedUser();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    long seconds = Math.max(1, (budget.toMillis() + 999) / 1000);
    p.setProperty("connectTimeout", Long.toString(seconds));
    p.setProperty("loginTimeout", Long.toString(seconds));
    p.setProperty("socketTimeout", Long.toString(seconds + 1));
    p.setProperty("ApplicationName", "golive");
    String options = p.getProperty("options", "");
    p.setProperty(
        "options", (options + " -c statement_timeout=" + Math.max(1, budget.toMillis())).strip());
    overrides.forEach(p::setProperty);
    String jdbc = "jdbc:postgresql://" + url.hosts() + "/" + url.database();
    try {
      Connection c = new org.postgresql.Driver().connect(jdbc, p);
      if (c == null) {
        throw new ProbeException(url.shown() + ": the PostgreSQL driver does not take this URL");
      }
      return c;
    } catch (SQLException e) {
      throw failure(url, e, password);
    }
  }

  private static Connection openSqlite(DatabaseUrl url, Duration budget) throws ProbeException {
    var file = url.file();
    if (!Files.exists(file)) {
      throw new ProbeException(url.shown() + ": there is no file " + file);
    }
    if (Files.isDirectory(file)) {
      throw new ProbeException(url.shown() + ": " + file + " is a folder, not a SQLite file");
    }
    if (!Files.isReadable(file)) {
      throw new ProbeException(url.shown() + ": " + file + " cannot be read by golive");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, budget.toMillis()));
    try {
      Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, config.toProperties());
      try (var s = c.createStatement()) {
        // opening is lazy: the first read says whether this is a SQLite file at all
        s.executeQuery("PRAGMA schema_version").close();
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return c;
    } catch (SQLException e) {
      throw failure(url, e, null);
    }
  }

  /** {@code e} in one line a user acts on, naming the database with its password masked. */
  static ProbeException failure(DatabaseUrl url, SQLException e, String password) {
    return new ProbeException(url.shown() + ": " + scrub(reason(url, e), password), e);
  }

  private static String reason(DatabaseUrl url, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String where =
        url.engine() == DatabaseUrl.Engine.POSTGRESQL ? url.host() + ":" + url.port() : "";
    for (Throwable t = e; t != null; t = t.getCause()) {
      switch (t) {
        case ConnectException c -> {
          return "nothing accepts connections at " + where + " (connection refused)";
        }
        case NoRouteToHostException n -> {
          return "there is no route to " + where;
        }
        case UnknownHostException u -> {
          return "the host " + url.host() + " is not known";
        }
        case SocketTimeoutException s -> {
          return where + " did not answer in time";
        }
        case SSLException s -> {
          return "TLS with " + where + " failed: " + firstLine(s.getMessage());
        }
        default -> {}
      }
    }
    return switch (state) {
      case "28P01" -> "the server rejected the password of user " + url.user();
      case "3D000" -> firstLine(serverMessage(e));
      case "57014" -> "a query took longer than the time allowed";
      default -> {
        String m = firstLine(serverMessage(e));
        if (url.engine() == DatabaseUrl.Engine.SQLITE && m.contains("NOTADB")) {
          yield url.file() + " is not a SQLite database";
        }
        yield m;
      }
    };
  }

  private static String serverMessage(SQLException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.replaceFirst("^(FATAL|ERROR): ", "");
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** {@code text} with {@code secret} masked, in case a driver repeats it. */
  static String scrub(String text, String secret) {
    if (text == null || secret == null || secret.length() < 3) {
      return text;
    }
    return text.replace(secret, "***");
  }
}
