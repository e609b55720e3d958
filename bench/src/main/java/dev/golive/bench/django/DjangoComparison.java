package dev.golive.bench.django;

import dev.golive.checks.Catalog;
import dev.golive.checks.Check;
import dev.golive.checks.Judgement;
import dev.golive.checks.LiveProbe;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.checks.http.HttpFetcher;
import dev.golive.core.model.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds golive's config checks against Django's {@code check --deploy}: for each {@link Scenario}
 * it writes a settings module that reads the environment and the same values as a .env file, and a
 * second project whose settings hold the values Django computed as literals; Django checks both,
 * golive judges the .env alone, the .env with the project, and the literal project. Prints a
 * Markdown report. Run by {@code bench/django/compare.sh}.
 *
 * <p>Arguments: {@code OUT_DIR PYTHON [SCENARIO...]}.
 */
public final class DjangoComparison {
  /** A Django warning and the golive check that judges the same setting. */
  record Pair(String django, String check, String setting) {}

  static final List<Pair> PAIRS =
      List.of(
          new Pair("security.W018", "config.debug-off", "DEBUG"),
          new Pair("security.W009", "config.secret-strength", "SECRET_KEY"),
          new Pair("security.W020", "config.allowed-hosts", "ALLOWED_HOSTS"));

  /** golive's config checks that Django has nothing for. */
  static final List<String> BEYOND =
      List.of("config.password-strength", "config.cors-origins", "config.https-urls");

  /** How golive is given the scenario. */
  enum View {
    ENV("env", "the .env alone"),
    ENV_REPO("env+repo", "the .env and the project, whose settings read the environment"),
    LITERAL("literal", "the project whose settings hold literals, and a .env naming it");

    final String label;
    final String what;

    View(String label, String what) {
      this.label = label;
      this.what = what;
    }
  }

  /** What Django said of one settings module. */
  record DjangoRun(int exit, Set<String> ids, String output) {}

  /** Everything measured for one scenario. */
  record Result(
      Scenario scenario,
      DjangoRun djangoEnv,
      DjangoRun djangoLiteral,
      Map<View, Map<String, Judgement>> golive) {}

  private static final Pattern ID = Pattern.compile("\\(((?:security|[a-z_]+)\\.[WE]\\d{3})\\)");

  /** Writes a settings module of literals from the one that reads the environment. */
  static final String DUMP =
      """
      import importlib, sys
      sys.path.insert(0, sys.argv[1])
      m = importlib.import_module('shop.settings')
      def literal(v):
          if isinstance(v, (list, tuple)):
              return all(literal(x) for x in v)
          if isinstance(v, dict):
              return all(isinstance(k, str) and literal(x) for k, x in v.items())
          return v is None or isinstance(v, (str, int, float, bool))
      with open(sys.argv[2], 'w') as f:
          f.write('# Written by bench/django: the values Django computed from the environment.\\n')
          for k in sorted(n for n in dir(m) if n.isupper()):
              v = getattr(m, k)
              if literal(v):
                  f.write('%s = %r\\n' % (k, v))
      """;

  private DjangoComparison() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: DjangoComparison OUT_DIR PYTHON [SCENARIO...]");
      System.exit(2);
    }
    Path out = Files.createDirectories(Path.of(args[0]));
    String python = args[1];
    List<String> wanted = List.of(args).subList(2, args.length);
    List<Scenario> scenarios =
        Scenario.all().stream().filter(s -> wanted.isEmpty() || wanted.contains(s.name())).toList();
    if (scenarios.isEmpty()) {
      System.err.println(
          "no such scenario: "
              + wanted
              + "; known: "
              + Scenario.all().stream().map(Scenario::name).toList());
      System.exit(2);
    }
    String version =
        run(python, List.of("-c", "import django; print(django.get_version())"), Map.of(), out)
            .output()
            .strip();
    System.err.println("compare.sh: Django " + version + ", " + scenarios.size() + " scenarios");
    List<Result> results = new ArrayList<>();
    try (HttpFetcher http =
        new HttpFetcher(Trust.context(Trust.system()), Duration.ofSeconds(5), 1 << 20)) {
      for (Scenario s : scenarios) {
        results.add(compare(s, python, out.resolve(s.name()), http));
        System.err.println("  " + s.name());
      }
    }
    String report = Report.markdown(version, results);
    Files.writeString(out.resolve("report.md"), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  private static Result compare(Scenario s, String python, Path dir, HttpFetcher http)
      throws IOException, InterruptedException {
    Path envDir = dir.resolve("env");
    Path literalDir = dir.resolve("literal");
    String manage = "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\n";
    for (Path d : List.of(envDir, literalDir)) {
      Files.createDirectories(d.resolve("shop"));
      Files.writeString(d.resolve("manage.py"), manage);
      Files.writeString(d.resolve("shop/__init__.py"), "");
      Files.writeString(d.resolve(".env.example"), Scenario.dotenv(s.example()));
    }
    Files.writeString(envDir.resolve("shop/settings.py"), s.settingsModule());
    Files.writeString(envDir.resolve(".env"), Scenario.dotenv(s.env()));
    DjangoRun dump =
        run(
            python,
            List.of(
                "-c", DUMP, envDir.toString(), literalDir.resolve("shop/settings.py").toString()),
            s.env(),
            dir);
    if (dump.exit() != 0) {
      throw new IOException(
          "could not write the literal settings of " + s.name() + ":\n" + dump.output());
    }
    Files.writeString(
        literalDir.resolve(".env"),
        "# written by bench/django\nDJANGO_SETTINGS_MODULE=shop.settings\n");

    DjangoRun djangoEnv = django(python, envDir, s.env());
    DjangoRun djangoLiteral = django(python, literalDir, Map.of());
    Files.writeString(dir.resolve("django-env.txt"), djangoEnv.output());
    Files.writeString(dir.resolve("django-literal.txt"), djangoLiteral.output());

    Map<View, Map<String, Judgement>> golive = new LinkedHashMap<>();
    golive.put(View.ENV, golive(envDir.resolve(".env"), null, http));
    golive.put(View.ENV_REPO, golive(envDir.resolve(".env"), envDir, http));
    golive.put(View.LITERAL, golive(literalDir.resolve(".env"), literalDir, http));
    StringBuilder findings = new StringBuilder();
    golive.forEach(
        (view, judgements) ->
            judgements.forEach(
                (id, j) ->
                    findings
                        .append(view.label)
                        .append(' ')
                        .append(id)
                        .append(' ')
                        .append(j.outcome().name())
                        .append(": ")
                        .append(j.message())
                        .append('\n')));
    Files.writeString(dir.resolve("golive.txt"), findings.toString());
    return new Result(s, djangoEnv, djangoLiteral, golive);
  }

  /** {@code python -m django check --deploy} in {@code project} with {@code env} set. */
  static DjangoRun django(String python, Path project, Map<String, String> env)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(env);
    all.put("DJANGO_SETTINGS_MODULE", "shop.settings");
    all.put("PYTHONPATH", project.toString());
    return run(python, List.of("-m", "django", "check", "--deploy"), all, project);
  }

  private static DjangoRun run(String python, List<String> args, Map<String, String> env, Path dir)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(python);
    command.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/bin:/bin");
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    pb.environment().putAll(env);
    Process p = pb.start();
    String output;
    try {
      output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        throw new IOException(python + " did not finish in " + dir);
      }
    } finally {
      p.destroyForcibly();
    }
    return new DjangoRun(p.exitValue(), ids(output), output);
  }

  /** The warning and error ids in Django's output, as in {@code (security.W009)}. */
  static Set<String> ids(String output) {
    Set<String> ids = new TreeSet<>();
    Matcher m = ID.matcher(output);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static Map<String, Judgement> golive(Path env, Path repo, HttpFetcher http) {
    Target target =
        Target.of("django", new Resources(null, null, repo, env.toString(), null, null));
    LiveProbe probe = LiveProbe.of(target, http, Trust.system(), Duration.ofSeconds(30));
    Map<String, Judgement> out = new LinkedHashMap<>();
    Catalog catalog = Catalog.builtIn();
    List<String> ids = new ArrayList<>();
    PAIRS.forEach(p -> ids.add(p.check()));
    ids.addAll(BEYOND);
    for (String id : ids) {
      Check<?> check = catalog.find(id).orElseThrow().withDefaults();
      out.put(id, judge(check, probe));
    }
    return out;
  }

  private static <E extends Record> Judgement judge(Check<E> check, LiveProbe probe) {
    try {
      return check.evaluate(check.collect(probe));
    } catch (IOException e) {
      return Judgement.error(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Judgement.error("interrupted");
    }
  }

  /** Whether golive flags what a Django warning flags: a failure; an error decides nothing. */
  static Boolean flags(Judgement j) {
    return j.outcome() == Outcome.ERROR ? null : j.outcome() == Outcome.FAIL;
  }
}
