package dev.golive.checks.config;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A target's configuration as the config checks see it: the variables of its environment (a dotenv
 * file, or golive's own environment), then what its framework files say when the repository is
 * given (Django settings, Spring application files, Laravel config/app.php), and the values of its
 * example env files. Holds secrets, so it is never evidence; read once per target and shared.
 *
 * @param source what the environment is: the dotenv file's path or {@code the process environment}
 * @param repo the repository read beside it, or {@code null}
 * @param settings every value, the environment's first
 * @param examples the values of {@code .env.example} and its kin, by name
 * @param notes how the values were found and what could not be read, never a value
 */
record ConfigView(
    String source,
    String repo,
    List<Setting> settings,
    Map<String, Setting> examples,
    List<String> notes) {

  static final String PROCESS = "the process environment";

  /** Example env files, looked for beside the env file and at the top of the repository. */
  static final List<String> EXAMPLE_FILES =
      List.of(
          ".env.example",
          ".env.sample",
          ".env.dist",
          ".env.template",
          ".env.defaults",
          "example.env",
          "env.example");

  /** Larger env files are refused. */
  static final long MAX_BYTES = 1L << 20;

  ConfigView {
    settings = List.copyOf(settings);
    examples = Map.copyOf(examples);
    notes = List.copyOf(notes);
  }

  /** The configuration of {@code probe}'s target, read once for all the config checks. */
  static ConfigView of(Probe probe) throws IOException, InterruptedException {
    Resources r = probe.target().resources();
    return probe.shared("config.view", () -> read(r, System.getenv()));
  }

  /** Every setting that is, or feeds, one of these names (upper case). */
  List<Setting> named(java.util.function.Predicate<Setting> wanted) {
    return settings.stream().filter(wanted).toList();
  }

  /** What to show as the evidence's source. */
  ConfigSource describe() {
    return new ConfigSource(source, repo, notes);
  }

  /**
   * Reads the environment {@code resources} name; {@code processEnv} is golive's environment, used
   * when the env is {@link Resources#PROCESS_ENV} and for {@code ${NAME}} the file does not set.
   */
  static ConfigView read(Resources resources, Map<String, String> processEnv)
      throws ProbeException {
    List<String> notes = new ArrayList<>();
    Map<String, Setting> env = new LinkedHashMap<>();
    String source;
    Path envFolder = null;
    if (Resources.PROCESS_ENV.equals(resources.env())) {
      source = PROCESS;
      new TreeMap<>(processEnv).forEach((k, v) -> env.put(k, Setting.of(k, v, PROCESS)));
    } else {
      Path file = Path.of(resources.env());
      source = file.toString();
      envFolder = file.toAbsolutePath().getParent();
      String text = readEnvFile(file);
      Dotenv.Parsed parsed = Dotenv.parse(text, processEnv);
      String name = file.getFileName().toString();
      Map<String, List<Integer>> lines = new LinkedHashMap<>();
      for (Dotenv.Entry e : parsed.entries()) {
        lines.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e.line());
        env.put(
            e.name(),
            new Setting(
                e.name(), e.value(), null, name + ":" + e.line(), e.unresolved(), List.of()));
      }
      lines.forEach(
          (k, l) -> {
            if (l.size() > 1) {
              notes.add(k + " is set on lines " + l + " of " + name + "; the last counts");
            }
          });
      parsed.problems().forEach(p -> notes.add(name + ": " + p));
    }
    Map<String, Setting> examples = new LinkedHashMap<>();
    if (envFolder != null) {
      readExamples(envFolder, examples);
    }
    List<Setting> framework = new ArrayList<>();
    String repo = null;
    if (resources.repo() != null) {
      Path dir = resources.repo();
      repo = dir.toString();
      if (!Files.isDirectory(dir)) {
        throw new ProbeException("the repository " + dir + " is not a folder");
      }
      if (!dir.toAbsolutePath().equals(envFolder)) {
        readExamples(dir, examples);
      }
      try {
        List<Found> found = new ArrayList<>();
        Setting module = env.get("DJANGO_SETTINGS_MODULE");
        found.addAll(
            DjangoSettings.read(
                dir,
                module == null ? null : module.value().strip(),
                module == null ? null : module.where(),
                notes));
        found.addAll(SpringSettings.read(dir, notes));
        found.addAll(LaravelSettings.read(dir, notes));
        for (Found f : found) {
          merge(f, env, framework, notes, source);
        }
      } catch (IOException unreadable) {
        throw new ProbeException(
            "could not read the repository " + dir + ": " + unreadable.getMessage(), unreadable);
      }
    }
    List<Setting> all = new ArrayList<>(env.values());
    all.addAll(framework);
    return new ConfigView(source, repo, all, examples, notes);
  }

  private static String readEnvFile(Path file) throws ProbeException {
    if (!Files.exists(file)) {
      throw new ProbeException("the env file " + file + " does not exist");
    }
    if (!Files.isRegularFile(file)) {
      throw new ProbeException("the env file " + file + " is not a file");
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ProbeException(
            "the env file " + file + " is larger than " + (MAX_BYTES >> 20) + " MB");
      }
      byte[] bytes = Files.readAllBytes(file);
      for (byte b : bytes) {
        if (b == 0 && !(bytes.length >= 2 && ((bytes[0] & 0xff) >= 0xfe))) {
          throw new ProbeException("the env file " + file + " is binary, not text");
        }
      }
      return Dotenv.decode(bytes);
    } catch (ProbeException e) {
      throw e;
    } catch (IOException unreadable) {
      throw new ProbeException(
          "could not read the env file " + file + ": " + unreadable.getMessage(), unreadable);
    }
  }

  private static void readExamples(Path folder, Map<String, Setting> examples) {
    for (String name : EXAMPLE_FILES) {
      Path f = folder.resolve(name);
      String text = Files.isRegularFile(f) ? RepoFiles.text(f) : null;
      if (text == null) {
        continue;
      }
      for (Dotenv.Entry e : Dotenv.parse(text, Map.of()).last().values()) {
        examples.putIfAbsent(e.name(), Setting.of(e.name(), e.value(), name + ":" + e.line()));
      }
    }
  }

  /** Adds what a framework file says to the environment's values it reads, or as its own. */
  private static void merge(
      Found f, Map<String, Setting> env, List<Setting> out, List<String> notes, String source) {
    if (f.variable() == null) {
      if (f.literal() instanceof PythonSettings.Unknown) {
        notes.add(
            f.where() + " sets " + f.setting() + " by an expression golive does not evaluate");
      } else {
        flatten(f.setting(), f.literal(), f.where(), env, out, notes, source);
      }
      return;
    }
    Setting read = env.get(f.variable());
    if (read != null) {
      env.put(f.variable(), read.readAs(f.setting(), f.where()));
      return;
    }
    String unset = f.variable() + " is unset in " + (source.equals(PROCESS) ? source : "the env");
    if (f.fallback() instanceof PythonSettings.NoDefault) {
      notes.add(f.where() + " reads " + f.setting() + " from " + f.variable() + ", and " + unset);
    } else if (f.fallback() instanceof PythonSettings.Unknown) {
      notes.add(
          f.where()
              + " reads "
              + f.setting()
              + " from "
              + f.variable()
              + " with a default golive does not evaluate, and "
              + unset);
    } else {
      flatten(
          f.setting(),
          f.fallback(),
          f.where() + ", the default while " + unset,
          env,
          out,
          notes,
          source);
    }
  }

  /** A literal as settings: dicts as {@code NAME.key}, reads of the environment merged. */
  private static void flatten(
      String name,
      Object value,
      String where,
      Map<String, Setting> env,
      List<Setting> out,
      List<String> notes,
      String source) {
    switch (value) {
      case null -> out.add(Setting.of(name, "None", where));
      case Map<?, ?> map ->
          map.forEach((k, v) -> flatten(name + "." + k, v, where, env, out, notes, source));
      case PythonSettings.EnvRead read ->
          merge(
              Found.reads(name, read.variable(), read.fallback(), where), env, out, notes, source);
      case PythonSettings.Unknown unknown ->
          notes.add(where + " sets " + name + " by an expression golive does not evaluate");
      case List<?> list ->
          out.add(
              new Setting(
                  name,
                  "",
                  list.stream().map(ConfigView::text).toList(),
                  where,
                  List.of(),
                  List.of()));
      default -> out.add(Setting.of(name, text(value), where));
    }
  }

  private static String text(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    return String.valueOf(v);
  }
}
