package dev.golive.checks.repo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Continuous integration is set up and runs the tests. */
@CheckInfo(
    id = "repo.ci",
    needs = TargetKind.REPO,
    title = "CI runs the tests",
    severity = Priority.HIGH,
    description =
        "Finds CI configuration: GitHub Actions (and Gitea/Forgejo) workflows, .gitlab-ci.yml,"
            + " CircleCI, Jenkinsfile, Azure Pipelines, Bitbucket Pipelines, Drone, Woodpecker,"
            + " Travis CI, Buildkite, AppVeyor, Google Cloud Build, AWS CodeBuild, and scripts in"
            + " .ci/ or ci/. Reads the commands its jobs run (run, script, commands, ...; a whole"
            + " Jenkinsfile or script), following one step into repository scripts, Makefile"
            + " targets and package.json scripts they call, and looks for a test command: npm"
            + " test, jest, vitest, pytest, manage.py test, go test, mvn verify/test/package,"
            + " gradle test/check/build, cargo test, php artisan test, phpunit, rspec, make test,"
            + " dotnet test and more (not with -DskipTests or -x test). Passes when a test"
            + " command runs, warns when CI exists without one, fails when there is no CI.")
public record CiCheck() implements Check<CiCheck.Evidence> {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Keys whose values are commands in the CI systems' YAML. */
  private static final Set<String> COMMAND_KEYS =
      Set.of(
          "run",
          "script",
          "scripts",
          "commands",
          "command",
          "before_script",
          "bash",
          "pwsh",
          "powershell",
          "sh",
          "cmd",
          "entrypoint",
          "args",
          "arguments",
          "goals",
          "tasks",
          "install",
          "test_script",
          "build_script",
          "test");

  /** A CI configuration file and the test commands it runs. */
  public record CiFile(String path, String system, List<String> tests) {
    public CiFile {
      tests = List.copyOf(tests);
    }
  }

  public record Evidence(String repo, List<CiFile> files) {
    public Evidence {
      files = List.copyOf(files);
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    return collect(RepoFolder.of(probe));
  }

  static Evidence collect(RepoFolder folder) {
    List<CiFile> files = new ArrayList<>();
    for (RepoFolder.RepoFile f : folder.files()) {
      String system = system(f.path());
      if (system == null || !f.committable() || f.size() < 0) {
        continue;
      }
      String text = folder.text(f, 1 << 20);
      List<String> commands = commands(f.path(), text);
      Set<String> tests = new LinkedHashSet<>();
      for (String c : commands) {
        for (String line : c.split("\\R", -1)) {
          String t = TestCommands.find(line);
          if (t == null) {
            t = followed(folder, line);
          }
          if (t != null) {
            tests.add(t);
          }
        }
      }
      files.add(
          new CiFile(f.path(), system, List.copyOf(tests).subList(0, Math.min(5, tests.size()))));
    }
    return new Evidence(folder.root().toString(), files);
  }

  /** The CI system a file configures, or {@code null}. */
  static String system(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    String name = p.substring(p.lastIndexOf('/') + 1);
    boolean yaml = name.endsWith(".yml") || name.endsWith(".yaml");
    if (yaml
        && (p.startsWith(".github/workflows/")
            || p.startsWith(".gitea/workflows/")
            || p.startsWith(".forgejo/workflows/"))) {
      return "GitHub Actions";
    }
    if (p.equals(".gitlab-ci.yml") || (yaml && p.startsWith(".gitlab/ci/"))) {
      return "GitLab CI";
    }
    if (p.equals(".circleci/config.yml")) {
      return "CircleCI";
    }
    if (name.startsWith("jenkinsfile") || name.endsWith(".jenkinsfile")) {
      return "Jenkins";
    }
    if ((name.startsWith("azure-pipelines") && yaml)
        || (yaml && p.startsWith(".azure-pipelines/"))) {
      return "Azure Pipelines";
    }
    if (p.equals("bitbucket-pipelines.yml")) {
      return "Bitbucket Pipelines";
    }
    if (p.equals(".drone.yml")) {
      return "Drone";
    }
    if (p.equals(".woodpecker.yml")
        || p.equals(".woodpecker.yaml")
        || (yaml && p.startsWith(".woodpecker/"))) {
      return "Woodpecker";
    }
    if (p.equals(".travis.yml")) {
      return "Travis CI";
    }
    if (yaml && p.startsWith(".buildkite/")) {
      return "Buildkite";
    }
    if (p.equals("appveyor.yml") || p.equals(".appveyor.yml")) {
      return "AppVeyor";
    }
    if (p.equals("cloudbuild.yaml") || p.equals("cloudbuild.yml")) {
      return "Google Cloud Build";
    }
    if (p.equals("buildspec.yml") || p.equals("buildspec.yaml")) {
      return "AWS CodeBuild";
    }
    if ((p.startsWith(".ci/") || p.startsWith("ci/"))
        && p.indexOf('/', p.indexOf('/') + 1) < 0
        && (!name.contains(".") || name.endsWith(".sh") || name.endsWith(".bash"))) {
      return "CI script";
    }
    return null;
  }

  /** The commands a CI file runs: its steps' commands in YAML, everything else line by line. */
  static List<String> commands(String path, String text) {
    List<String> out = new ArrayList<>();
    if (path.endsWith(".yml") || path.endsWith(".yaml")) {
      try {
        JsonNode root = YAML.readTree(text);
        if (root != null) {
          collect(root, null, out);
          return out;
        }
      } catch (IOException | RuntimeException e) {
        // custom tags (GitLab's !reference) or templating: read it as text instead
      }
    }
    for (String line : text.split("\\R", -1)) {
      String l = line.strip();
      if (!l.startsWith("#") && !l.startsWith("//")) {
        out.add(l);
      }
    }
    return out;
  }

  private static void collect(JsonNode node, String key, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), e.getKey().toLowerCase(Locale.ROOT), out);
      }
    } else if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, key, out);
      }
    } else if (node.isValueNode() && key != null && COMMAND_KEYS.contains(key)) {
      String v = node.asText();
      switch (key) {
        case "goals" -> out.add("mvn " + v);
        case "tasks", "arguments" -> out.add("gradle " + v);
        case "command", "test" -> out.add(v.strip().equals("test") ? "dotnet test" : v);
        default -> out.add(v);
      }
    }
  }

  /** A script of the repository that a command runs: {@code ./x.sh}, {@code bash ci/test}. */
  private static final Pattern SCRIPT =
      Pattern.compile(
          "(?:^|[\\s'\"(]|&&|;)(?:(?:ba|z)?sh\\s+)?(\\.?/?[\\w./-]+\\.(?:sh|bash|py))\\b"
              + "|(?:^|[\\s'\"(])(\\.?/?\\.ci/[\\w.-]+|\\./[\\w./-]+)");

  private static final Pattern MAKE = Pattern.compile("\\bmake\\s+(?:-[\\w-]+\\s+)*([\\w-]+)");

  private static final Pattern NPM_RUN =
      Pattern.compile(
          "\\b(?:npm\\s+run|pnpm(?:\\s+run)?|yarn(?:\\s+run)?|bun\\s+run)\\s+([\\w:.-]+)");

  /** A test command one step away: in a script, Makefile target or package.json script called. */
  private static String followed(RepoFolder folder, String line) {
    Matcher m = SCRIPT.matcher(line);
    while (m.find()) {
      String p = m.group(1) != null ? m.group(1) : m.group(2);
      p = p.startsWith("./") ? p.substring(2) : p.startsWith("/") ? p.substring(1) : p;
      String t = firstTest(folder, p);
      if (t != null) {
        return t;
      }
    }
    m = MAKE.matcher(line);
    if (m.find()) {
      String target = m.group(1);
      String makefile = read(folder, "Makefile");
      Matcher rule =
          Pattern.compile("(?m)^" + Pattern.quote(target) + "\\s*:[^=].*$((?:\\n\\t.*)*)")
              .matcher(makefile);
      if (rule.find()) {
        for (String l : rule.group(1).split("\\n", -1)) {
          String t = TestCommands.find(l);
          if (t != null) {
            return t;
          }
        }
      }
    }
    m = NPM_RUN.matcher(line);
    if (m.find()) {
      try {
        JsonNode pkg = new ObjectMapper().readTree(read(folder, "package.json"));
        JsonNode script = pkg == null ? null : pkg.path("scripts").get(m.group(1));
        if (script != null && script.isTextual()) {
          return TestCommands.find(script.asText());
        }
      } catch (IOException e) {
        return null; // not JSON: no scripts to follow
      }
    }
    return null;
  }

  private static String firstTest(RepoFolder folder, String path) {
    for (String l : read(folder, path).split("\\R", -1)) {
      if (!l.strip().startsWith("#")) {
        String t = TestCommands.find(l);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  private static String read(RepoFolder folder, String path) {
    for (RepoFolder.RepoFile f : folder.files()) {
      if (f.path().equals(path)) {
        return folder.text(f, 1 << 20);
      }
    }
    return "";
  }

  @Override
  public Judgement evaluate(Evidence e) {
    if (e.files().isEmpty()) {
      return Judgement.fail(
          e.repo()
              + " has no CI configuration (GitHub Actions, GitLab CI, CircleCI, Jenkinsfile, ...)");
    }
    for (CiFile f : e.files()) {
      if (!f.tests().isEmpty()) {
        return Judgement.pass(
            f.system() + " " + f.path() + " runs tests (" + String.join(", ", f.tests()) + ")");
      }
    }
    CiFile first = e.files().getFirst();
    return Judgement.warn(
        first.system()
            + " "
            + first.path()
            + (e.files().size() > 1 ? " and " + (e.files().size() - 1) + " more CI files" : "")
            + " run no test command");
  }
}
