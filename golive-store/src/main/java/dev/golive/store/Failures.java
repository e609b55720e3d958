package dev.golive.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A store's failures in one line a user acts on, the store named and its password masked. */
final class Failures {
  private final StoreUrl url;

  Failures(StoreUrl url) {
    this.url = url;
  }

  /**
   * {@code e} as a {@link StoreException}: what the database said when it said something a user can
   * act on, else {@code doing} and the first line of the error.
   */
  StoreException of(String doing, Throwable e) {
    if (e instanceof StoreException s) {
      return s;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StoreException s) {
        return s;
      }
    }
    String known = known(e);
    return new StoreException(
        url.shown(), known != null ? known : doing + ": " + scrub(firstLine(deepest(e))), e);
  }

  /** The reason behind {@code e}, in the words {@link #of} uses. */
  String reason(Throwable e) {
    String known = known(e);
    return known != null ? known : scrub(firstLine(deepest(e)));
  }

  private String known(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FlywayValidateException v) {
        String detail =
            v.getMessage() == null
                ? ""
                : v.getMessage()
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank() && !l.startsWith("->"))
                    .findFirst()
                    .orElse("");
        return "its tables are not those golive's migrations make"
            + (detail.isEmpty() ? "" : " (" + detail.strip() + ")")
            + "; was it made by another build of golive, or changed by hand?";
      }
    }
    String where = url.isSqlite() ? "" : url.database().host() + ":" + url.database().port();
    for (Throwable t = e; t != null; t = t.getCause()) {
      switch (t) {
        case ConnectException c -> {
          return "nothing accepts connections at " + where + " (connection refused)";
        }
        case NoRouteToHostException n -> {
          return "there is no route to " + where;
        }
        case UnknownHostException u -> {
          return "the host " + url.database().host() + " is not known";
        }
        case SocketTimeoutException s -> {
          return where + " did not answer in time";
        }
        case SSLException s -> {
          return "TLS with " + where + " failed: " + firstLine(s.getMessage());
        }
        case AccessDeniedException a -> {
          return "golive may not write to " + a.getFile();
        }
        default -> {}
      }
    }
    // the network's word first, then the database's
    for (Throwable t = e; t != null; t = t.getCause()) {
      String r =
          switch (t) {
            case SQLiteException s -> sqlite(s);
            case SQLException s -> postgres(s);
            default -> null;
          };
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private String sqlite(SQLiteException e) {
    SQLiteErrorCode code = e.getResultCode();
    int primary = code == null ? -1 : code.code & 0xff;
    return switch (primary) {
      case 26 -> url.file() + " is not a SQLite database (is it another kind of file?)";
      case 11 -> url.file() + " is damaged: " + firstLine(e.getMessage());
      case 5, 6 ->
          url.file() + " is locked by another program that is writing to it; try again later";
      case 8 -> "golive may not write to " + url.file() + " (a read-only file or folder)";
      case 14 -> "cannot open " + url.file() + " (a missing folder or no permission)";
      case 13 -> "the disk holding " + url.file() + " is full";
      case 10 -> "reading or writing " + url.file() + " failed: " + firstLine(e.getMessage());
      default -> null;
    };
  }

  private String postgres(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String user = url.database().user();
    return switch (state) {
      case "28P01" -> "the server rejected the password of user " + user;
      case "28000" -> "the server does not let user " + user + " in: " + server(e);
      case "3D000", "42501" -> server(e);
      case "08001", "08006" -> "could not connect: " + server(e);
      case "53300" -> "the server has no connection to spare (too many clients)";
      default -> null;
    };
  }

  private String server(SQLException e) {
    return scrub(firstLine(e.getMessage()).replaceFirst("^(FATAL|ERROR): ", ""));
  }

  private static Throwable deepest(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String firstLine(Throwable t) {
    String m = t.getMessage();
    return firstLine(m == null ? t.getClass().getSimpleName() : m);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String line = s.strip();
    int nl = line.indexOf('\n');
    return (nl < 0 ? line : line.substring(0, nl)).strip();
  }

  /** {@code text} with the password masked, in case a driver repeats it. */
  private String scrub(String text) {
    String pw;
    try {
      pw = url.isSqlite() ? null : url.database().expandedPassword();
    } catch (dev.golive.checks.ProbeException e) {
      pw = null;
    }
    if (pw == null || pw.length() < 3) {
      return text;
    }
    return text.replace(pw, "***");
  }
}
