package dev.golive.checks.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Django project's active settings module: named by {@code DJANGO_SETTINGS_MODULE} in the
 * environment, else by the {@code setdefault} in its wsgi.py, asgi.py or manage.py, else its only
 * settings.py. Its upper-case top-level assignments are read with {@link PythonSettings}, {@code
 * from .base import *} followed in place, and Django's own defaults added for DEBUG (False) and
 * ALLOWED_HOSTS ([]) when the module does not set them.
 */
final class DjangoSettings {
  private static final Pattern SETDEFAULT =
      Pattern.compile("DJANGO_SETTINGS_MODULE['\"]\\s*,\\s*['\"]([A-Za-z_][\\w.]*)['\"]");
  private static final int MAX_IMPORTS = 8;

  private final Path repo;
  private final List<Path> roots = new ArrayList<>();
  private final List<String> notes;
  private final Set<Path> reading = new HashSet<>();

  private DjangoSettings(Path repo, List<String> notes) {
    this.repo = repo;
    this.notes = notes;
  }

  /**
   * The settings of the project in {@code repo}, or nothing when it holds no Django project.
   *
   * @param module {@code DJANGO_SETTINGS_MODULE} as the environment gives it, or {@code null}
   * @param moduleWhere where the environment gives it
   */
  static List<Found> read(Path repo, String module, String moduleWhere, List<String> notes)
      throws IOException {
    return new DjangoSettings(repo, notes).run(module, moduleWhere);
  }

  private List<Found> run(String module, String moduleWhere) throws IOException {
    List<Path> entryPoints =
        RepoFiles.find(
            repo,
            4,
            p -> p.endsWith("manage.py") || p.endsWith("wsgi.py") || p.endsWith("asgi.py"));
    roots.add(repo);
    for (Path p : entryPoints) {
      if (p.getFileName().toString().equals("manage.py") && !roots.contains(p.getParent())) {
        roots.add(p.getParent());
      }
    }
    if (Files.isDirectory(repo.resolve("src"))) {
      roots.add(repo.resolve("src"));
    }
    String named = module;
    String namedWhere = moduleWhere;
    if (named == null) {
      for (String kind : List.of("wsgi.py", "asgi.py", "manage.py")) {
        for (Path p : entryPoints) {
          if (named == null && p.getFileName().toString().equals(kind)) {
            String text = RepoFiles.text(p);
            Matcher m = text == null ? null : SETDEFAULT.matcher(text);
            if (m != null && m.find()) {
              named = m.group(1);
              namedWhere = RepoFiles.relative(repo, p) + ":" + lineOf(text, m.start());
            }
          }
        }
      }
    }
    Path file = null;
    if (named != null) {
      file = resolve(named);
      if (file == null) {
        notes.add(
            "the Django settings module "
                + named
                + " ("
                + namedWhere
                + ") is not a file in the repository");
        return List.of();
      }
      notes.add(
          "Django settings: "
              + RepoFiles.relative(repo, file)
              + " (DJANGO_SETTINGS_MODULE="
              + named
              + ", "
              + namedWhere
              + ")");
    } else {
      List<Path> settings = RepoFiles.find(repo, 4, p -> p.endsWith("settings.py"));
      if (settings.size() != 1) {
        if (settings.size() > 1) {
          notes.add(
              "the repository has "
                  + settings.size()
                  + " settings.py files and nothing names the one in use"
                  + " (DJANGO_SETTINGS_MODULE)");
        }
        return List.of();
      }
      file = settings.getFirst();
      String text = RepoFiles.text(file);
      boolean django =
          entryPoints.stream().anyMatch(p -> p.getFileName().toString().equals("manage.py"))
              || (text != null && (text.contains("INSTALLED_APPS") || text.contains("django")));
      if (!django) {
        return List.of();
      }
      notes.add("Django settings: " + RepoFiles.relative(repo, file) + " (the only settings.py)");
    }
    Map<String, Found> values = new LinkedHashMap<>();
    readModule(file, values, 0);
    if (!values.containsKey("DEBUG")) {
      values.put(
          "DEBUG",
          Found.literal(
              "DEBUG",
              false,
              "Django's default (" + RepoFiles.relative(repo, file) + " does not set DEBUG)"));
    }
    if (!values.containsKey("ALLOWED_HOSTS")) {
      values.put(
          "ALLOWED_HOSTS",
          Found.literal(
              "ALLOWED_HOSTS",
              List.of(),
              "Django's default ("
                  + RepoFiles.relative(repo, file)
                  + " does not set ALLOWED_HOSTS)"));
    }
    return List.copyOf(values.values());
  }

  private void readModule(Path file, Map<String, Found> values, int depth) {
    String text = RepoFiles.text(file);
    String shown = RepoFiles.relative(repo, file);
    if (text == null) {
      notes.add("could not read " + shown);
      return;
    }
    if (!reading.add(file) || depth > MAX_IMPORTS) {
      return;
    }
    for (PythonSettings.Statement st : PythonSettings.read(text)) {
      switch (st) {
        case PythonSettings.StarImport imp -> {
          Path other = resolveImport(file, imp.module());
          if (other == null) {
            notes.add(shown + ":" + imp.line() + " imports " + imp.module() + ", not found");
          } else {
            readModule(other, values, depth + 1);
          }
        }
        case PythonSettings.Assignment a -> {
          if (!a.name().equals(a.name().toUpperCase(Locale.ROOT))) {
            continue;
          }
          String where = shown + ":" + a.line();
          Object v = a.value();
          if (a.append()) {
            Found before = values.get(a.name());
            if (before != null
                && before.literal() instanceof List<?> l
                && v instanceof List<?> more) {
              List<Object> joined = new ArrayList<>(l);
              joined.addAll(more);
              values.put(a.name(), Found.literal(a.name(), joined, before.where() + ", " + where));
            } else {
              values.put(a.name(), Found.literal(a.name(), new PythonSettings.Unknown(), where));
            }
          } else if (v instanceof PythonSettings.EnvRead read) {
            values.put(a.name(), Found.reads(a.name(), read.variable(), read.fallback(), where));
          } else {
            values.put(a.name(), Found.literal(a.name(), v, where));
          }
        }
      }
    }
    reading.remove(file);
  }

  /** The file of a dotted module name, looked up in the project's source roots. */
  private Path resolve(String module) {
    String rel = module.replace('.', '/');
    for (Path root : roots) {
      Path py = root.resolve(rel + ".py");
      if (Files.isRegularFile(py)) {
        return py;
      }
      Path pkg = root.resolve(rel).resolve("__init__.py");
      if (Files.isRegularFile(pkg)) {
        return pkg;
      }
    }
    return null;
  }

  private Path resolveImport(Path from, String module) {
    if (!module.startsWith(".")) {
      return resolve(module);
    }
    int dots = 0;
    while (dots < module.length() && module.charAt(dots) == '.') {
      dots++;
    }
    Path base = from.getParent();
    for (int i = 1; i < dots && base != null; i++) {
      base = base.getParent();
    }
    if (base == null) {
      return null;
    }
    String rest = module.substring(dots).replace('.', '/');
    if (rest.isEmpty()) {
      Path init = base.resolve("__init__.py");
      return Files.isRegularFile(init) ? init : null;
    }
    Path py = base.resolve(rest + ".py");
    if (Files.isRegularFile(py)) {
      return py;
    }
    Path pkg = base.resolve(rest).resolve("__init__.py");
    return Files.isRegularFile(pkg) ? pkg : null;
  }

  static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
