package dev.golive.checks.config;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Debug switches are off and the app runs as production. */
@CheckInfo(
    id = "config.debug-off",
    needs = TargetKind.ENV,
    title = "Debug mode is off and the app runs as production",
    severity = Priority.CRITICAL,
    description =
        "Reads the environment (a dotenv file, or golive's own with env: process) and, when the"
            + " repository is given, the Django settings module, Spring's application files and"
            + " Laravel's config/app.php. Debug switches (DEBUG, APP_DEBUG, FLASK_DEBUG,"
            + " DJANGO_DEBUG, WP_DEBUG, Spring's debug, Laravel's app.debug) must be false, 0, no,"
            + " off or empty: true fails, any other word warns, since most frameworks read it as"
            + " on. Environment names (NODE_ENV, APP_ENV, RAILS_ENV, RACK_ENV, FLASK_ENV,"
            + " ENVIRONMENT, MIX_ENV, ASPNETCORE_ENVIRONMENT ...) must be one of production (NODE_ENV"
            + " exactly production, which is all Node libraries test for): development, dev,"
            + " local, test or debug fails, another name such as staging warns. Spring's active"
            + " profiles fail when one is dev, local, test or debug. Passes when every one of"
            + " these that is set is production-like, warns when none is set, and says where"
            + " each value comes from (file:line).")
public record DebugOffCheck(
    @Param(
            description = "Environment names that count as production (NODE_ENV needs production)",
            defaultValue = "production,prod,prd,live",
            example = "production,prod,live,main")
        List<String> production)
    implements Check<DebugOffCheck.Evidence> {

  private static final Set<String> DEVELOPMENT =
      Set.of("development", "develop", "dev", "local", "test", "testing", "debug", "ci", "devel");

  /** What kind of switch a value is. */
  public enum Kind {
    /** A yes-or-no debug switch. */
    FLAG,
    /** The name of the environment the app runs as. */
    ENVIRONMENT,
    /** Spring's active profiles, a comma-separated list. */
    PROFILES
  }

  /**
   * One switch the configuration sets.
   *
   * @param name the variable or setting
   * @param kind how it is judged
   * @param value its value: debug switches are not secrets
   * @param where the file and line, or the process environment, and what reads it
   * @param unresolved variables the value refers to that are not set
   */
  public record Value(String name, Kind kind, String value, String where, List<String> unresolved) {
    public Value {
      unresolved = List.copyOf(unresolved);
    }
  }

  /**
   * The debug switches, environment names and profiles found.
   *
   * @param source where the values were read
   * @param values every debug switch, environment name and profile list found
   */
  public record Evidence(ConfigSource source, List<Value> values) {
    public Evidence {
      values = List.copyOf(values);
    }
  }

  public DebugOffCheck {
    production =
        production.stream()
            .map(p -> p.strip().toLowerCase(Locale.ROOT))
            .filter(p -> !p.isEmpty())
            .toList();
    if (production.isEmpty()) {
      throw new IllegalArgumentException("'production' must name at least one environment");
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    return evidence(ConfigView.of(probe));
  }

  static Evidence evidence(ConfigView view) {
    List<Value> values = new ArrayList<>();
    for (Setting s : view.settings()) {
      Kind kind =
          Names.first(s, Names.DEBUG_FLAGS) != null
              ? Kind.FLAG
              : Names.first(s, Names.ENVIRONMENTS) != null
                  ? Kind.ENVIRONMENT
                  : Names.first(s, Names.PROFILES) != null ? Kind.PROFILES : null;
      if (kind != null) {
        String value = s.items() != null ? String.join(",", s.items()) : s.value();
        values.add(new Value(s.name(), kind, value, s.where(), s.unresolved()));
      }
    }
    return new Evidence(view.describe(), values);
  }

  @Override
  public Judgement evaluate(Evidence e) {
    if (e.values().isEmpty()) {
      return Judgement.warn(
          e.source().env()
              + " sets none of DEBUG, APP_DEBUG, NODE_ENV, APP_ENV, RAILS_ENV and the like,"
              + " so nothing says the app runs as production");
    }
    Tally t = new Tally();
    for (Value v : e.values()) {
      String shown = v.name() + "=" + v.value() + " (" + v.where() + ")";
      if (!v.unresolved().isEmpty() && v.value().isBlank()) {
        t.error(
            v.name()
                + " ("
                + v.where()
                + ") comes from "
                + String.join(", ", v.unresolved())
                + ", which is not set here");
        continue;
      }
      switch (v.kind()) {
        case FLAG -> {
          switch (Values.flag(v.value())) {
            case OFF -> t.pass(shown);
            case ON -> t.fail(shown + " turns debug mode on");
            case UNCLEAR ->
                t.warn(
                    shown + " is neither true nor false; most frameworks read such a value as on");
          }
        }
        case ENVIRONMENT -> environment(v, shown, t);
        case PROFILES -> {
          List<String> dev =
              Values.split(v.value()).stream()
                  .filter(p -> DEVELOPMENT.contains(p.toLowerCase(Locale.ROOT)))
                  .toList();
          if (!dev.isEmpty()) {
            t.fail(shown + " activates the " + String.join(", ", dev) + " profile");
          } else {
            t.pass(shown);
          }
        }
      }
    }
    return t.judge();
  }

  private void environment(Value v, String shown, Tally t) {
    String value = v.value().strip().toLowerCase(Locale.ROOT);
    boolean node = v.name().equalsIgnoreCase("NODE_ENV");
    if (value.isEmpty()) {
      t.warn(v.name() + " (" + v.where() + ") is empty, so the framework's default applies");
    } else if (DEVELOPMENT.contains(value)) {
      t.fail(shown + " runs the app in " + value + " mode");
    } else if (node && !value.equals("production")) {
      t.fail(shown + ": Node libraries only turn on production behaviour for NODE_ENV=production");
    } else if (production.contains(value)) {
      t.pass(shown);
    } else {
      t.warn(shown + " is not a production environment");
    }
  }
}
