package dev.golive.store;

import dev.golive.checks.ProbeException;
import dev.golive.checks.Secrets;
import dev.golive.checks.db.DatabaseUrl;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a store lives, as written: {@code sqlite:PATH}, a plain path, {@code jdbc:sqlite:PATH},
 * {@code postgres://user:${PW}@host/db}, {@code postgresql://...} or {@code jdbc:postgresql://...}.
 * A password may be written as {@code ${NAME}} and is read from the environment only when
 * connecting; {@link #shown} is safe to print.
 *
 * @param database the parsed URL; SQLite's file is absolute
 */
public record StoreUrl(DatabaseUrl database) {
  /** A scheme as in {@code postgres:}, but not a Windows drive as in {@code C:}. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

  /** Reads {@code written}; a text with no scheme is the path of a SQLite file. */
  public static StoreUrl parse(String written) {
    String w = written == null ? "" : written.strip();
    if (w.isEmpty()) {
      throw new StoreException("--db", "no store given: a SQLite file or a postgres:// URL");
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (!SCHEME.matcher(w).find() || lower.startsWith("file:")) {
      try {
        Path file = Path.of(lower.startsWith("file:") ? w.substring("file:".length()) : w);
        w = "sqlite:" + file.toAbsolutePath().normalize();
      } catch (InvalidPathException e) {
        throw new StoreException(w, "not a path: " + e.getReason(), e);
      }
    }
    try {
      return new StoreUrl(DatabaseUrl.parse(w));
    } catch (ProbeException e) {
      throw new StoreException(
          Secrets.redact(w),
          "not a store golive opens: give a SQLite file (PATH or sqlite:PATH) or a PostgreSQL URL"
              + " (postgres://USER:${PASSWORD}@HOST/DB)",
          e);
    }
  }

  /** The default store: {@code ~/.golive/golive.db}. */
  public static StoreUrl defaultStore() {
    return parse(defaultFile().toString());
  }

  /** {@code ~/.golive/golive.db}. */
  public static Path defaultFile() {
    return Path.of(System.getProperty("user.home"), ".golive", "golive.db");
  }

  public boolean isSqlite() {
    return database.engine() == DatabaseUrl.Engine.SQLITE;
  }

  /** SQLite's file, or {@code null}. */
  public Path file() {
    return database.file();
  }

  /** The URL as written, with any password masked: what messages show. */
  public String shown() {
    return isSqlite() ? "sqlite:" + database.file() : database.shown();
  }

  @Override
  public String toString() {
    return shown();
  }
}
