package dev.golive.checks.db;

import dev.golive.checks.ProbeException;
import dev.golive.checks.Secrets;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A target's database as written: a JDBC URL ({@code jdbc:postgresql://...}, {@code
 * jdbc:sqlite:...}), a libpq URL ({@code postgres://user:pass@host:port/db?sslmode=require}, {@code
 * postgresql://...}) or {@code sqlite:PATH}. Parts may hold {@code ${NAME}}, expanded only when
 * connecting; {@link #shown} is safe to print.
 *
 * @param engine which kind of server
 * @param written the URL as given, placeholders and all
 * @param hosts PostgreSQL's {@code host[:port][,host[:port]...]}, or {@code null}
 * @param database PostgreSQL's database name (empty for the server's default), or {@code null}
 * @param user the user name as written, or {@code null}
 * @param password the password as written (maybe {@code ${NAME}}), or {@code null}
 * @param params the query parameters other than user and password, in libpq or JDBC spelling
 * @param file SQLite's file, or {@code null}
 */
public record DatabaseUrl(
    Engine engine,
    String written,
    String hosts,
    String database,
    String user,
    String password,
    Map<String, String> params,
    Path file) {

  /** The database servers the {@code db} checks know. */
  public enum Engine {
    POSTGRESQL("PostgreSQL"),
    SQLITE("SQLite");

    private final String title;

    Engine(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  public DatabaseUrl {
    params = Map.copyOf(params);
  }

  /**
   * Reads {@code url}.
   *
   * @throws ProbeException when it is none of the forms the checks read
   */
  public static DatabaseUrl parse(String url) throws ProbeException {
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:sqlite:")) {
      return sqlite(u, u.substring("jdbc:sqlite:".length()));
    }
    if (lower.startsWith("sqlite:")) {
      String rest = u.substring("sqlite:".length());
      // sqlite:///abs/path and sqlite://rel/path as SQLAlchemy writes them
      if (rest.startsWith("//")) {
        rest = rest.substring(2);
      }
      return sqlite(u, rest);
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return postgres(u, u.substring("jdbc:postgresql:".length()), true);
    }
    for (String scheme : new String[] {"postgres://", "postgresql://"}) {
      if (lower.startsWith(scheme)) {
        return postgres(u, u.substring(scheme.length() - 2), false);
      }
    }
    throw new ProbeException(
        Secrets.redact(u)
            + " is not a database URL golive reads (postgres://user@host:5432/db,"
            + " jdbc:postgresql://host/db, sqlite:PATH or jdbc:sqlite:PATH)");
  }

  private static DatabaseUrl sqlite(String written, String rest) throws ProbeException {
    String path = rest;
    if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    }
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    if (path.isBlank() || path.equals(":memory:") || path.contains("mode=memory")) {
      throw new ProbeException(
          Secrets.redact(written) + " is an in-memory SQLite database: there is nothing to check");
    }
    return new DatabaseUrl(
        Engine.SQLITE,
        written,
        null,
        null,
        null,
        null,
        Map.of(),
        Path.of(path).toAbsolutePath().normalize());
  }

  /** {@code rest} is what follows the scheme: {@code //hosts/db?query} or, for JDBC, {@code db}. */
  private static DatabaseUrl postgres(String written, String rest, boolean jdbc)
      throws ProbeException {
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    String authority;
    String path;
    if (rest.startsWith("//")) {
      String r = rest.substring(2);
      int slash = r.indexOf('/');
      authority = slash < 0 ? r : r.substring(0, slash);
      path = slash < 0 ? "" : r.substring(slash + 1);
    } else if (jdbc) {
      authority = "localhost:5432";
      path = rest;
    } else {
      throw new ProbeException(Secrets.redact(written) + " names no host");
    }
    String user = null;
    String password = null;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String info = authority.substring(0, at);
      authority = authority.substring(at + 1);
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    if (authority.isEmpty()) {
      authority = "localhost";
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      switch (k) {
        case "user" -> user = v;
        case "password" -> password = v;
        default -> params.put(k, v);
      }
    }
    return new DatabaseUrl(
        Engine.POSTGRESQL, written, authority, decode(path), user, password, params, null);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The URL with its password masked: what messages and evidence show. */
  public String shown() {
    return Secrets.redact(written);
  }

  /** The password with {@code ${NAME}} read from the environment, or {@code null}. */
  public String expandedPassword() throws ProbeException {
    return password == null ? null : Secrets.expand(password);
  }

  /** The user with any {@code ${NAME}} read from the environment, or {@code null}. */
  public String expandedUser() throws ProbeException {
    return user == null ? null : Secrets.expand(user);
  }

  /** The first host's name. */
  public String host() {
    String first = hosts.split(",")[0];
    if (first.startsWith("[")) {
      int end = first.indexOf(']');
      return end < 0 ? first : first.substring(1, end);
    }
    int colon = first.lastIndexOf(':');
    return colon < 0 ? first : first.substring(0, colon);
  }

  /** The first host's port: 5432 when not given. */
  public int port() {
    String first = hosts.split(",")[0];
    int colon = first.lastIndexOf(':');
    if (colon < 0 || first.endsWith("]")) {
      return 5432;
    }
    try {
      return Integer.parseInt(first.substring(colon + 1));
    } catch (NumberFormatException e) {
      return 5432;
    }
  }

  /**
   * The TLS mode the URL asks of PostgreSQL, in libpq's words: {@code disable}, {@code allow},
   * {@code prefer} (the default), {@code require}, {@code verify-ca} or {@code verify-full}. The
   * JDBC driver's {@code ssl=true} without a mode means {@code verify-full}.
   */
  public String sslMode() {
    String mode = params.get("sslmode");
    if (mode != null && !mode.isBlank()) {
      return mode.toLowerCase(Locale.ROOT);
    }
    String ssl = params.get("ssl");
    if (ssl != null && (ssl.isEmpty() || ssl.equalsIgnoreCase("true"))) {
      return "verify-full";
    }
    return "prefer";
  }
}
