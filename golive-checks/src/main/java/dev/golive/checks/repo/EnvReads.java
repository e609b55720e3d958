package dev.golive.checks.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where source code reads environment variables by a literal name, per language: {@code
 * process.env.X}, {@code os.getenv("X")}, {@code System.getenv("X")}, {@code ENV["X"]}, {@code
 * ${X}} in compose files and the like.
 */
final class EnvReads {
  private EnvReads() {}

  /** A read of variable {@code name} at {@code line} (1-based) of a file. */
  record Read(String name, int line) {}

  private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)";
  private static final String Q = "['\"`]";

  private static final List<Pattern> JS =
      List.of(
          Pattern.compile("process\\.env\\." + NAME),
          Pattern.compile("process\\.env\\[\\s*" + Q + NAME + Q + "\\s*\\]"),
          Pattern.compile("(?:import\\.meta|Bun)\\.env\\." + NAME),
          Pattern.compile("Deno\\.env\\.get\\(\\s*" + Q + NAME + Q));

  /** {@code const { A, B: b, C = 1 } = process.env}. */
  private static final Pattern JS_DESTRUCTURING =
      Pattern.compile("\\{([^{}]{1,500})\\}\\s*=\\s*process\\.env\\b");

  private static final List<Pattern> PYTHON =
      List.of(
          Pattern.compile("os\\.environ\\[\\s*" + Q + NAME + Q + "\\s*\\]"),
          Pattern.compile("os\\.environ\\.get\\(\\s*" + Q + NAME + Q),
          Pattern.compile("os\\.getenv\\(\\s*" + Q + NAME + Q),
          // django-environ: env("X"), env.str("X"), env.bool("X") ...; python-decouple: config("X")
          Pattern.compile("\\benv(?:\\.[a-z_]{1,12})?\\(\\s*" + Q + NAME + Q),
          Pattern.compile("\\bconfig\\(\\s*" + Q + NAME + Q));

  private static final List<Pattern> JVM =
      List.of(Pattern.compile("System\\.getenv\\(\\s*\"" + NAME + "\"\\s*\\)"));

  private static final List<Pattern> GO =
      List.of(Pattern.compile("os\\.(?:Getenv|LookupEnv)\\(\\s*\"" + NAME + "\"\\s*\\)"));

  private static final List<Pattern> RUBY =
      List.of(
          Pattern.compile("ENV\\[\\s*" + Q + NAME + Q + "\\s*\\]"),
          Pattern.compile("ENV\\.fetch\\(\\s*" + Q + NAME + Q));

  private static final List<Pattern> PHP =
      List.of(
          Pattern.compile("\\bgetenv\\(\\s*" + Q + NAME + Q),
          Pattern.compile("\\benv\\(\\s*" + Q + NAME + Q),
          Pattern.compile("\\$_ENV\\[\\s*" + Q + NAME + Q + "\\s*\\]"));

  private static final List<Pattern> RUST =
      List.of(
          Pattern.compile("env::var(?:_os)?\\(\\s*\"" + NAME + "\"\\s*\\)"),
          Pattern.compile("\\benv!\\(\\s*\"" + NAME + "\""));

  private static final List<Pattern> DOTNET =
      List.of(Pattern.compile("Environment\\.GetEnvironmentVariable\\(\\s*\"" + NAME + "\""));

  /** {@code ${X}}, {@code ${X:-default}}; {@code $${X}} is an escaped dollar, not a read. */
  private static final List<Pattern> COMPOSE =
      List.of(Pattern.compile("(?<!\\$)\\$\\{" + NAME + "(?=[}:?+-])"));

  /** What Vite and its kind define themselves under {@code import.meta.env}. */
  private static final Set<String> BUILD_TOOL_VARIABLES =
      Set.of("MODE", "DEV", "PROD", "SSR", "BASE_URL");

  private static final Map<String, List<Pattern>> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("js", JS),
          Map.entry("jsx", JS),
          Map.entry("mjs", JS),
          Map.entry("cjs", JS),
          Map.entry("ts", JS),
          Map.entry("tsx", JS),
          Map.entry("mts", JS),
          Map.entry("cts", JS),
          Map.entry("vue", JS),
          Map.entry("svelte", JS),
          Map.entry("astro", JS),
          Map.entry("py", PYTHON),
          Map.entry("java", JVM),
          Map.entry("kt", JVM),
          Map.entry("kts", JVM),
          Map.entry("scala", JVM),
          Map.entry("groovy", JVM),
          Map.entry("go", GO),
          Map.entry("rb", RUBY),
          Map.entry("rake", RUBY),
          Map.entry("php", PHP),
          Map.entry("rs", RUST),
          Map.entry("cs", DOTNET));

  /** Folders whose files are not the project's own code: dependencies and build outputs. */
  static final Set<String> NOT_SOURCE =
      Set.of(
          "node_modules",
          "vendor",
          "dist",
          "build",
          "target",
          "out",
          ".next",
          ".nuxt",
          ".svelte-kit",
          ".output",
          "coverage",
          "__pycache__",
          ".venv",
          "venv",
          "site-packages",
          "bin",
          "obj",
          "storage",
          "public",
          ".git");

  /** Whether {@code path} is a file whose reads count: source or compose, not a test or a build. */
  static boolean readable(String path) {
    return patterns(path) != null && !testOrBuild(path);
  }

  private static boolean testOrBuild(String path) {
    String[] parts = path.split("/", -1);
    for (int i = 0; i < parts.length - 1; i++) {
      String p = parts[i];
      if (NOT_SOURCE.contains(p)
          || p.equals("test")
          || p.equals("tests")
          || p.equals("__tests__")
          || p.equals("spec")
          || p.equals("e2e")
          || p.equals("testdata")
          || p.equals("fixtures")) {
        return true;
      }
    }
    String name = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    return name.contains(".test.")
        || name.contains(".spec.")
        || name.endsWith("_test.go")
        || name.startsWith("test_")
        || name.endsWith("_test.py")
        || name.endsWith("_spec.rb")
        || name.endsWith("test.java")
        || name.endsWith("tests.java")
        || name.endsWith("test.kt")
        || name.endsWith(".min.js");
  }

  static boolean composeFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return (n.startsWith("docker-compose") || n.startsWith("compose"))
        && (n.endsWith(".yml") || n.endsWith(".yaml"));
  }

  private static List<Pattern> patterns(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (composeFile(name)) {
      return COMPOSE;
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The reads in {@code text}, the file at {@code path}, in order. */
  static List<Read> find(String path, String text) {
    List<Pattern> patterns = patterns(path);
    List<Read> reads = new ArrayList<>();
    if (patterns == null) {
      return reads;
    }
    Lines lines = new Lines(text);
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        if (p.pattern().startsWith("(?:import") && BUILD_TOOL_VARIABLES.contains(name)) {
          continue;
        }
        if (!patterns.equals(COMPOSE) && commented(text, m.start())) {
          continue;
        }
        reads.add(new Read(name, lines.at(m.start())));
      }
    }
    if (patterns.equals(JS)) {
      Matcher m = JS_DESTRUCTURING.matcher(text);
      while (m.find()) {
        for (String part : m.group(1).split(",", -1)) {
          String n = part.split("[:=]", -1)[0].strip();
          if (n.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            reads.add(new Read(n, lines.at(m.start())));
          }
        }
      }
    }
    reads.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return reads;
  }

  /**
   * Whether the line holding {@code offset} is a comment up to there: it starts with {@code //},
   * {@code #}, {@code *} or {@code /*}, or {@code //} or {@code #} comes before the offset.
   */
  static boolean commented(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    String before = text.substring(start, offset).stripLeading();
    return before.startsWith("//")
        || before.startsWith("#")
        || before.startsWith("*")
        || before.startsWith("/*")
        || before.contains(" // ")
        || before.contains(" # ");
  }

  /** The names a template lists: {@code NAME=}, {@code export NAME=}, and commented-out ones. */
  static List<String> listed(String template) {
    List<String> names = new ArrayList<>();
    for (String line : template.split("\\R", -1)) {
      String l = line.strip();
      while (l.startsWith("#")) {
        l = l.substring(1).strip();
      }
      if (l.startsWith("export ")) {
        l = l.substring(7).strip();
      }
      int eq = l.indexOf('=');
      if (eq > 0) {
        String n = l.substring(0, eq).strip();
        if (n.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
          names.add(n);
        }
      }
    }
    return names;
  }

  /** Line numbers of offsets in a text. */
  static final class Lines {
    private final int[] starts;

    Lines(String text) {
      int n = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          n++;
        }
      }
      starts = new int[n];
      int k = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts[k++] = i + 1;
        }
      }
    }

    /** The 1-based line of {@code offset}. */
    int at(int offset) {
      int i = java.util.Arrays.binarySearch(starts, offset);
      return i >= 0 ? i + 1 : -i - 1;
    }
  }
}
