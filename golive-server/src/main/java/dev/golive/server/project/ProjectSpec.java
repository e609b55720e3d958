package dev.golive.server.project;

import dev.golive.checks.Resources;
import dev.golive.core.model.Problem;
import dev.golive.engine.config.GoliveConfig;
import dev.golive.server.notify.ProjectNotify;
import dev.golive.server.schedule.ProjectSchedules;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's settings as a client sends them, checked all at once: every problem is named, none is
 * stored until all are fixed.
 *
 * @param checklistPath a checklist file under the repositories folder, or {@code null}
 * @param checklistName the uploaded checklist's file name, or {@code null}
 * @param markdown the uploaded checklist, or {@code null}
 */
public record ProjectSpec(
    String checklistPath,
    String checklistName,
    String markdown,
    List<String> targets,
    String config,
    String schedule) {

  /** The most Markdown an upload may hold. */
  public static final int MAX_MARKDOWN = 1 << 20;

  /**
   * The environment variables a project's golive.yaml may read: a project is edited by people who
   * must not read the server's other variables through a URL they point elsewhere.
   */
  public static final String VARIABLE_PREFIX = "GOLIVE_TARGET_";

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

  public ProjectSpec {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  /**
   * What is wrong with this spec, each as one sentence; empty when it will do.
   *
   * @param repositories the folder checklist paths must be in, or {@code null} when the server
   *     takes uploads only
   */
  public List<String> problems(Path repositories) {
    List<String> problems = new ArrayList<>();
    boolean hasPath = checklistPath != null && !checklistPath.isBlank();
    boolean hasText = markdown != null && !markdown.isBlank();
    if (hasPath == hasText) {
      problems.add("give the checklist either as checklist.path or as checklist.markdown");
    }
    if (hasPath) {
      pathProblem(repositories).ifPresent(problems::add);
    }
    if (hasText && markdown.length() > MAX_MARKDOWN) {
      problems.add("checklist.markdown has more than 1 MiB");
    }
    if (checklistName != null
        && (checklistName.length() > 200 || !checklistName.matches("[\\w .-]+"))) {
      problems.add("checklist.name is a file name of letters, digits, '.', '-' and '_'");
    }
    if (targets.size() > 20) {
      problems.add("a project has at most 20 targets");
    }
    for (String t : targets) {
      urlProblem(t).ifPresent(problems::add);
    }
    GoliveConfig parsed = null;
    if (config != null && !config.isBlank()) {
      if (config.length() > 256 * 1024) {
        problems.add("config has more than 256 KiB");
      } else {
        parsed = GoliveConfig.parse("config", config);
        for (Problem p : parsed.problems()) {
          problems.add(p.oneLine());
        }
        Matcher m = VARIABLE.matcher(config);
        while (m.find()) {
          // notify: reads its own variables, which ProjectNotify keeps there
          if (!m.group(1).startsWith(VARIABLE_PREFIX)
              && !m.group(1).startsWith(ProjectNotify.VARIABLE_PREFIX)) {
            problems.add(
                "config reads ${"
                    + m.group(1)
                    + "}: on the server a project reads only variables named "
                    + VARIABLE_PREFIX
                    + "*");
          }
        }
        problems.addAll(ProjectNotify.problems(config));
        if (parsed.problems().isEmpty()
            && parsed.targets().stream()
                .anyMatch(t -> Resources.PROCESS_ENV.equals(t.resources().env()))) {
          problems.add("config: 'env: process' would show the server's own environment");
        }
      }
    }
    boolean configTargets = parsed != null && !parsed.targets().isEmpty();
    if (targets.isEmpty() && !configTargets) {
      problems.add("give at least one target: a URL in targets, or targets in config");
    }
    if (schedule != null && (schedule.length() > 200 || schedule.contains("\n"))) {
      problems.add("schedule is one line of at most 200 characters");
    } else if (schedule != null && !schedule.isBlank()) {
      try {
        ProjectSchedules.parse("project", schedule);
      } catch (IllegalArgumentException e) {
        problems.add("schedule: " + e.getMessage());
      }
    }
    return problems;
  }

  /** The checklist's file, resolved under {@code repositories}. */
  public Path checklistFile(Path repositories) {
    return resolve(repositories, checklistPath);
  }

  static Path resolve(Path repositories, String path) {
    return repositories.resolve(path).toAbsolutePath().normalize();
  }

  private java.util.Optional<String> pathProblem(Path repositories) {
    if (repositories == null) {
      return java.util.Optional.of(
          "this server takes uploaded checklists only: start it with --repositories DIR to audit"
              + " checklists in repositories on its disk");
    }
    Path file;
    try {
      file = resolve(repositories, checklistPath);
    } catch (InvalidPathException e) {
      return java.util.Optional.of("checklist.path is not a path: " + e.getReason());
    }
    Path root = repositories.toAbsolutePath().normalize();
    if (!file.startsWith(root)) {
      return java.util.Optional.of("checklist.path must be inside the repositories folder");
    }
    try {
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        return java.util.Optional.of("checklist.path must be inside the repositories folder");
      }
    } catch (java.io.IOException e) {
      return java.util.Optional.of(
          "there is no file " + checklistPath + " in the repositories folder");
    }
    if (!Files.isRegularFile(file)) {
      return java.util.Optional.of(checklistPath + " is not a file");
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<String> urlProblem(String text) {
    try {
      URI u = new URI(text == null ? "" : text.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        return java.util.Optional.of(
            "target '" + text + "' is not an http:// or https:// URL with a host");
      }
      if (u.getUserInfo() != null) {
        return java.util.Optional.of("target '" + text + "' carries a user name or password");
      }
      return java.util.Optional.empty();
    } catch (URISyntaxException e) {
      return java.util.Optional.of("target '" + text + "' is not a URL: " + e.getReason());
    }
  }
}
