package dev.golive.checks.config;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** CORS names the origins it trusts, and never any origin with credentials. */
@CheckInfo(
    id = "config.cors-origins",
    needs = TargetKind.ENV,
    title = "CORS trusts named HTTPS origins, never any origin with credentials",
    severity = Priority.HIGH,
    description =
        "Reads the CORS settings of the environment (CORS_ALLOWED_ORIGINS, CORS_ORIGINS,"
            + " CORS_ORIGIN, CORS_ALLOW_ORIGIN, CORS_ORIGIN_WHITELIST, ALLOWED_ORIGINS ...;"
            + " CORS_ALLOW_ALL_ORIGINS, CORS_ORIGIN_ALLOW_ALL; CORS_ALLOW_CREDENTIALS,"
            + " CORS_CREDENTIALS, CORS_SUPPORTS_CREDENTIALS) and, with a repository, the same names"
            + " in a Django settings module (django-cors-headers). Fails when all origins are"
            + " allowed by a switch, when * (or a pattern matching any origin) is allowed"
            + " together with credentials, and when the null origin is trusted. Warns on * without"
            + " credentials (fine only for a public API), on plain http:// origins and on local"
            + " development origins. Skipped when nothing configures CORS.")
public record CorsOriginsCheck() implements Check<CorsOriginsCheck.Evidence> {

  /**
   * One CORS setting.
   *
   * @param name the variable or setting
   * @param where the file and line, or the process environment
   * @param values its origins, or its one yes-or-no value
   * @param unresolved variables it refers to that are not set
   */
  public record Value(String name, String where, List<String> values, List<String> unresolved) {
    public Value {
      values = List.copyOf(values);
      unresolved = List.copyOf(unresolved);
    }

    String shown() {
      return name + "=" + String.join(",", values) + " (" + where + ")";
    }
  }

  /**
   * What the CORS settings say.
   *
   * @param source where the values were read
   * @param origins settings that list allowed origins
   * @param allowAll switches that allow every origin
   * @param credentials switches that allow credentials
   */
  public record Evidence(
      ConfigSource source, List<Value> origins, List<Value> allowAll, List<Value> credentials) {
    public Evidence {
      origins = List.copyOf(origins);
      allowAll = List.copyOf(allowAll);
      credentials = List.copyOf(credentials);
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    return evidence(ConfigView.of(probe));
  }

  static Evidence evidence(ConfigView view) {
    List<Value> origins = new ArrayList<>();
    List<Value> all = new ArrayList<>();
    List<Value> credentials = new ArrayList<>();
    for (Setting s : view.settings()) {
      if (Names.first(s, Names.CORS_ORIGINS) != null) {
        origins.add(new Value(s.name(), s.where(), s.elements(), s.unresolved()));
      } else if (Names.first(s, Names.CORS_ALLOW_ALL) != null) {
        all.add(new Value(s.name(), s.where(), List.of(s.value().strip()), s.unresolved()));
      } else if (Names.first(s, Names.CORS_CREDENTIALS) != null) {
        credentials.add(new Value(s.name(), s.where(), List.of(s.value().strip()), s.unresolved()));
      }
    }
    return new Evidence(view.describe(), origins, all, credentials);
  }

  @Override
  public Judgement evaluate(Evidence e) {
    if (e.origins().isEmpty() && e.allowAll().isEmpty()) {
      return Judgement.skipped(
          e.source().env() + " sets no CORS origins (CORS_ALLOWED_ORIGINS, CORS_ORIGINS ...)");
    }
    Value credentials =
        e.credentials().stream()
            .filter(c -> Values.flag(c.values().getFirst()) != Values.Flag.OFF)
            .findFirst()
            .orElse(null);
    String withCredentials = credentials == null ? "" : " together with " + credentials.shown();
    Tally t = new Tally();
    for (Value a : e.allowAll()) {
      if (Values.flag(a.values().getFirst()) == Values.Flag.OFF) {
        t.pass(a.shown());
      } else {
        t.fail(a.shown() + " lets every site read the app's responses" + withCredentials);
      }
    }
    for (Value o : e.origins()) {
      if (o.values().isEmpty()) {
        if (!o.unresolved().isEmpty()) {
          t.error(
              o.name()
                  + " ("
                  + o.where()
                  + ") comes from "
                  + String.join(", ", o.unresolved())
                  + ", which is not set here");
        } else {
          t.pass(o.name() + " (" + o.where() + ") allows no origin");
        }
        continue;
      }
      judge(o, credentials, withCredentials, t);
    }
    return t.judge();
  }

  private static void judge(Value o, Value credentials, String withCredentials, Tally t) {
    List<String> fails = new ArrayList<>();
    List<String> warns = new ArrayList<>();
    for (String origin : o.values()) {
      String lower = origin.toLowerCase(Locale.ROOT);
      if (anyOrigin(lower)) {
        if (credentials != null) {
          fails.add("allows any origin (" + origin + ")" + withCredentials);
        } else {
          warns.add(
              "allows any origin (" + origin + "), fine only for a public API without cookies");
        }
      } else if (lower.equals("null")) {
        fails.add("trusts the null origin, which sandboxed frames and local files send");
      } else if (lower.startsWith("^")) {
        if (lower.contains("https?") || lower.startsWith("^http:")) {
          warns.add("the pattern " + origin + " also allows plain http:// origins");
        }
      } else if (lower.startsWith("http://")) {
        String host = host(origin);
        warns.add(
            host != null && Values.isInternalHost(host)
                ? origin + " is a local development origin"
                : origin + " is a plain http:// origin");
      }
    }
    if (!fails.isEmpty()) {
      t.fail(o.name() + " (" + o.where() + ") " + String.join(", ", fails));
    } else if (!warns.isEmpty()) {
      t.warn(o.name() + " (" + o.where() + "): " + String.join(", ", warns));
    } else {
      t.pass(o.shown());
    }
  }

  private static boolean anyOrigin(String o) {
    return o.equals("*")
        || o.equals(".*")
        || o.equals("^.*$")
        || o.equals("^.*")
        || o.equals(".+")
        || o.equals("^.+$")
        || o.equals("true")
        || o.equals("/.*/");
  }

  private static String host(String origin) {
    try {
      return URI.create(origin.strip()).getHost();
    } catch (IllegalArgumentException bad) {
      return null;
    }
  }
}
