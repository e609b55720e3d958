package dev.golive.checks.repo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Commands that run a project's tests, as CI steps write them. */
final class TestCommands {
  private TestCommands() {}

  private static final List<Pattern> COMMANDS =
      List.of(
          Pattern.compile(
              "\\b(?:npm|pnpm|yarn|bun)\\s+(?:run\\s+)?(?:[\\w:-]*:)?test(?:[\\w:-]*)\\b"),
          Pattern.compile("\\bnpm\\s+run\\s+[\\w:-]*test[\\w:-]*"),
          Pattern.compile("\\bnpm\\s+(?:t|it|cit)\\b"),
          Pattern.compile(
              "(?<![\\w@/.-])(?:npx\\s+)?(?:jest|vitest|mocha|jasmine|ava)(?![\\w@/.-])"),
          Pattern.compile("\\bplaywright\\s+test\\b|\\bcypress\\s+run\\b|\\bkarma\\s+start\\b"),
          Pattern.compile("\\bpytest\\b|\\bpython[0-9.]*\\s+-m\\s+(?:pytest|unittest)\\b"),
          Pattern.compile("\\bmanage\\.py\\s+test\\b|(?<![\\w-])(?:tox|nox)(?:\\s+-[\\w-]+)*\\s*$"),
          Pattern.compile("\\bgo\\s+test\\b|\\bgotestsum\\b"),
          Pattern.compile("(?:\\./)?\\bmvnw?\\b[^\\n;&|]*?\\b(?:test|verify|install|package)\\b"),
          Pattern.compile("(?:\\./)?\\bgradlew?\\b[^\\n;&|]*?\\b(?:test|check|build)\\b"),
          Pattern.compile("\\bcargo\\s+(?:test|nextest|tarpaulin)\\b"),
          Pattern.compile(
              "\\bartisan\\s+test\\b|\\bphpunit\\b|(?:vendor/bin/)?\\bpest\\b(?![\\w-])"
                  + "|\\bcomposer\\s+(?:run(?:-script)?\\s+)?test\\b"),
          Pattern.compile("\\brspec\\b|\\brails\\s+(?:test|spec)\\b|\\brake\\s+(?:test|spec)\\b"),
          Pattern.compile("\\bmake\\s+(?:-[\\w-]+\\s+)*(?:[\\w-]+\\s+)*(?:test|tests|check)\\b"),
          Pattern.compile(
              "\\b(?:dotnet|swift|mix|deno|flutter|dart|bazel|just|task|lein)\\s+test\\b|\\bctest\\b"),
          Pattern.compile("\\bsbt\\b[^\\n;&|]*\\btest\\b"));

  /** Flags that turn the tests of a build command off. */
  private static final Pattern SKIPS =
      Pattern.compile(
          "-DskipTests|-Dmaven\\.test\\.skip=true|-x\\s+test\\b|--exclude-task\\s+test");

  /** Installing packages names test runners without running them. */
  private static final Pattern INSTALL =
      Pattern.compile("\\b(?:npm|pnpm|yarn|bun)\\s+(?:i|install|add|ci)\\b|\\bpip3?\\s+install\\b");

  /** The test command in {@code line}, as written, or {@code null}. */
  static String find(String line) {
    if (INSTALL.matcher(line).find()) {
      // "npm ci && npm test" still runs them: look only past the install
      String rest = line.replaceFirst(".*?(?:&&|;|\\|\\|)", "");
      if (rest.equals(line)) {
        return null;
      }
      return find(rest);
    }
    for (Pattern p : COMMANDS) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        if (SKIPS.matcher(line).find()
            && (m.group().contains("mvn") || m.group().contains("gradle"))) {
          continue;
        }
        String s = m.group().strip();
        return s.length() > 80 ? s.substring(0, 80) : s;
      }
    }
    return null;
  }
}
