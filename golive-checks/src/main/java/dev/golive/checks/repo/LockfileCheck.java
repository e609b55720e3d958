package dev.golive.checks.repo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Every package manifest has its lockfile committed, so builds install what was tested. */
@CheckInfo(
    id = "repo.lockfile",
    needs = TargetKind.REPO,
    title = "Every package manifest has a committed lockfile",
    severity = Priority.HIGH,
    description =
        "Finds package manifests and their lockfiles: package.json with dependencies →"
            + " package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml or bun.lock(b)"
            + " in its folder or a workspace folder above; Pipfile → Pipfile.lock; pyproject.toml"
            + " with dependencies → poetry.lock (Poetry), pdm.lock (PDM), uv.lock (uv) or any of"
            + " them; Gemfile → Gemfile.lock; composer.json with packages → composer.lock;"
            + " Cargo.toml of a binary or workspace → Cargo.lock (libraries need none); go.mod"
            + " with requirements → go.sum. A requirements*.txt counts as locked when every"
            + " requirement pins an exact version (==) or a commit. The lockfile must be tracked"
            + " by git and not ignored. Dependencies (node_modules, vendor) and test fixtures"
            + " are not looked at; skipped when there is no manifest.")
public record LockfileCheck() implements Check<LockfileCheck.Evidence> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> NODE_LOCKS =
      List.of(
          "package-lock.json",
          "npm-shrinkwrap.json",
          "yarn.lock",
          "pnpm-lock.yaml",
          "bun.lockb",
          "bun.lock");

  private static final Set<String> SKIPPED =
      Set.of(
          "node_modules",
          "vendor",
          "fixtures",
          "testdata",
          "__fixtures__",
          ".venv",
          "venv",
          "dist",
          "build",
          "target");

  private static final Pattern REQUIREMENTS =
      Pattern.compile("(?:.*/)?requirements[\\w.-]*\\.txt|(?:.*/)?requirements/[\\w.-]+\\.txt");

  /**
   * A manifest and what locks it.
   *
   * @param lockfile the lockfile found (or the manifest itself for pinned requirements), or null
   * @param tracked whether git tracks the lockfile (true outside git when present)
   * @param ignored whether the ignore rules exclude the lockfile
   * @param note what is wrong, in words, or null
   */
  public record Manifest(
      String path,
      String ecosystem,
      String lockfile,
      boolean tracked,
      boolean ignored,
      String note) {
    boolean ok() {
      return note == null;
    }
  }

  public record Evidence(String repo, boolean git, List<Manifest> manifests) {
    public Evidence {
      manifests = List.copyOf(manifests);
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    return collect(RepoFolder.of(probe));
  }

  static Evidence collect(RepoFolder folder) throws IOException {
    Map<String, RepoFolder.RepoFile> byPath = new HashMap<>();
    for (RepoFolder.RepoFile f : folder.files()) {
      byPath.put(f.path(), f);
    }
    List<Manifest> out = new ArrayList<>();
    for (RepoFolder.RepoFile f : folder.files()) {
      if (f.size() < 0 || !f.committable() || skipped(f.path())) {
        continue;
      }
      String dir = f.folder();
      Manifest m =
          switch (f.name()) {
            case "package.json" -> {
              JsonNode pkg = json(folder.text(f, 1 << 20));
              boolean deps =
                  pkg != null
                      && (nonEmpty(pkg.get("dependencies"))
                          || nonEmpty(pkg.get("devDependencies"))
                          || nonEmpty(pkg.get("optionalDependencies")));
              yield deps ? locked(folder, byPath, f, "npm", NODE_LOCKS, true) : null;
            }
            case "Pipfile" -> locked(folder, byPath, f, "pipenv", List.of("Pipfile.lock"), false);
            case "pyproject.toml" -> python(folder, byPath, f);
            case "Gemfile" -> locked(folder, byPath, f, "bundler", List.of("Gemfile.lock"), false);
            case "composer.json" -> {
              JsonNode c = json(folder.text(f, 1 << 20));
              boolean packages = false;
              if (c != null && c.get("require") != null) {
                for (Iterator<String> it = c.get("require").fieldNames(); it.hasNext(); ) {
                  String n = it.next();
                  packages |= !n.equals("php") && !n.startsWith("ext-");
                }
              }
              yield packages
                  ? locked(folder, byPath, f, "composer", List.of("composer.lock"), false)
                  : null;
            }
            case "Cargo.toml" -> {
              String toml = folder.text(f, 1 << 20);
              boolean binary =
                  toml.contains("[[bin]]")
                      || toml.contains("[workspace]")
                      || byPath.containsKey(dir + "src/main.rs");
              yield binary ? locked(folder, byPath, f, "cargo", List.of("Cargo.lock"), true) : null;
            }
            case "go.mod" ->
                Pattern.compile("(?m)^\\s*require\\b").matcher(folder.text(f, 1 << 20)).find()
                    ? locked(folder, byPath, f, "go", List.of("go.sum"), false)
                    : null;
            default -> REQUIREMENTS.matcher(f.path()).matches() ? requirements(folder, f) : null;
          };
      if (m != null) {
        out.add(m);
      }
    }
    return new Evidence(folder.root().toString(), folder.isGit(), out);
  }

  private static Manifest python(
      RepoFolder folder, Map<String, RepoFolder.RepoFile> byPath, RepoFolder.RepoFile f)
      throws IOException {
    String toml = folder.text(f, 1 << 20);
    if (toml.contains("[tool.poetry")) {
      boolean deps =
          poetryDependencies(toml)
              || Pattern.compile("(?ms)^\\[project\\].*?^dependencies\\s*=\\s*\\[\\s*[\"']")
                  .matcher(toml)
                  .find();
      return deps ? locked(folder, byPath, f, "poetry", List.of("poetry.lock"), false) : null;
    }
    boolean deps =
        Pattern.compile("(?m)^dependencies\\s*=\\s*\\[\\s*(?:#.*\\s*)*[\"']").matcher(toml).find();
    if (!deps) {
      return null;
    }
    if (toml.contains("[tool.pdm")) {
      return locked(folder, byPath, f, "pdm", List.of("pdm.lock"), false);
    }
    if (toml.contains("[tool.uv")) {
      return locked(folder, byPath, f, "uv", List.of("uv.lock"), true);
    }
    return locked(
        folder,
        byPath,
        f,
        "python",
        List.of("uv.lock", "poetry.lock", "pdm.lock", "pylock.toml"),
        true);
  }

  /** Whether a [tool.poetry...dependencies] table names a package beside python. */
  private static boolean poetryDependencies(String toml) {
    boolean inside = false;
    for (String line : toml.split("\\R", -1)) {
      String l = line.strip();
      if (l.startsWith("[")) {
        inside = l.matches("\\[tool\\.poetry(\\.group\\.[\\w-]+)?\\.(dev-)?dependencies]");
      } else if (inside && l.matches("[\\w.\"-]+\\s*=.*") && !l.startsWith("python")) {
        return true;
      }
    }
    return false;
  }

  /** A requirements file: locked when every requirement pins one version. */
  private static Manifest requirements(RepoFolder folder, RepoFolder.RepoFile f)
      throws IOException {
    List<String> loose = new ArrayList<>();
    for (String raw : folder.text(f, 1 << 20).split("\\R", -1)) {
      String l = raw.replaceFirst("\\s+#.*$", "").strip();
      if (l.endsWith("\\")) {
        l = l.substring(0, l.length() - 1).strip();
      }
      if (l.isEmpty()
          || l.startsWith("#")
          || l.startsWith("--hash")
          || l.startsWith("-r ")
          || l.startsWith("-c ")
          || l.startsWith("--requirement")
          || l.startsWith("--constraint")
          || l.startsWith("-i ")
          || l.startsWith("--index-url")
          || l.startsWith("--extra-index-url")
          || l.startsWith("--find-links")
          || l.startsWith("-f ")
          || l.startsWith("--trusted-host")
          || l.startsWith("--no-binary")
          || l.startsWith("--only-binary")
          || l.startsWith("--prefer-binary")) {
        continue;
      }
      boolean pinned =
          l.matches("[A-Za-z0-9_.\\[\\],-]+\\s*===?\\s*[^\\s,;*]+(\\s*;.*)?(\\s+--hash.*)?")
              || l.matches(".*@[0-9a-f]{40}(#.*)?")
              || l.equals(".")
              || l.equals("-e .");
      if (!pinned) {
        loose.add(l.length() > 40 ? l.substring(0, 40) : l);
      }
    }
    boolean tracked = !folder.isGit() || folder.tracked(f.path());
    String note =
        !loose.isEmpty()
            ? "does not pin "
                + String.join(", ", loose.subList(0, Math.min(3, loose.size())))
                + (loose.size() > 3 ? " and " + (loose.size() - 3) + " more" : "")
            : !tracked ? "is not committed" : null;
    return new Manifest(
        f.path(), "pip", loose.isEmpty() ? f.path() : null, tracked, f.ignored(), note);
  }

  /**
   * The manifest {@code f} locked by one of {@code locks} in its folder (or a folder above it when
   * {@code upward}, as workspaces keep one lockfile at their root).
   */
  private static Manifest locked(
      RepoFolder folder,
      Map<String, RepoFolder.RepoFile> byPath,
      RepoFolder.RepoFile f,
      String ecosystem,
      List<String> locks,
      boolean upward)
      throws IOException {
    String dir = f.folder();
    while (true) {
      for (String lock : locks) {
        RepoFolder.RepoFile l = byPath.get(dir + lock);
        if (l != null && l.size() >= 0) {
          boolean tracked = !folder.isGit() || l.tracked();
          boolean ignored = !l.tracked() && l.ignored();
          String note =
              ignored
                  ? lock + " is ignored by .gitignore"
                  : !tracked ? lock + " is not committed" : null;
          return new Manifest(f.path(), ecosystem, l.path(), tracked, ignored, note);
        }
      }
      if (!upward || dir.isEmpty()) {
        break;
      }
      dir = dir.substring(0, dir.lastIndexOf('/', dir.length() - 2) + 1);
    }
    String names =
        locks.size() == 1
            ? locks.getFirst()
            : String.join(" or ", locks.subList(0, Math.min(3, locks.size())));
    boolean ignored = folder.isGit() && folder.ignored(f.folder() + locks.getFirst());
    return new Manifest(
        f.path(),
        ecosystem,
        null,
        false,
        ignored,
        "has no " + names + (ignored ? " (and .gitignore excludes " + locks.getFirst() + ")" : ""));
  }

  private static boolean skipped(String path) {
    for (String part : path.split("/", -1)) {
      if (SKIPPED.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean nonEmpty(JsonNode n) {
    return n != null && n.isObject() && !n.isEmpty();
  }

  @Override
  public Judgement evaluate(Evidence e) {
    if (e.manifests().isEmpty()) {
      return Judgement.skipped(e.repo() + " has no package manifest");
    }
    List<String> problems = new ArrayList<>();
    for (Manifest m : e.manifests()) {
      if (!m.ok()) {
        problems.add(m.path() + " " + m.note());
      }
    }
    if (!problems.isEmpty()) {
      return Judgement.fail(EnvIgnoredCheck.summary(problems));
    }
    List<String> pairs = new ArrayList<>();
    for (Manifest m : e.manifests()) {
      pairs.add(
          m.path().equals(m.lockfile()) ? m.path() + " (pinned)" : m.path() + " → " + m.lockfile());
    }
    return Judgement.pass("locked: " + EnvIgnoredCheck.summary(pairs));
  }
}
