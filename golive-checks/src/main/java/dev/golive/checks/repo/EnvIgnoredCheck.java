package dev.golive.checks.repo;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Environment files stay out of git: ignored, not tracked, and never committed. */
@CheckInfo(
    id = "repo.env-ignored",
    needs = TargetKind.REPO,
    title = ".env files are ignored by git and were never committed",
    severity = Priority.CRITICAL,
    description =
        "Looks at .env and every .env.* file (.env.local, .env.production ...; not the templates"
            + " .env.example, .env.sample, .env.template, .env.dist) found in the working tree,"
            + " the index or any commit reachable from any ref. Each must be ignored by the"
            + " repository's .gitignore files or .git/info/exclude (.env itself whether it exists"
            + " or not), must not be tracked, and must never have been committed: a file deleted"
            + " later still holds its secrets in the history. Evidence names each file and the"
            + " commit that added it. A folder that is not a git repository can only show its"
            + " ignore rules, so a pass there is an error (undecided).")
public record EnvIgnoredCheck() implements Check<EnvIgnoredCheck.Evidence> {

  /**
   * One environment file.
   *
   * @param present whether it is in the working tree now
   * @param ignored whether the ignore rules exclude it
   * @param tracked whether the index tracks it
   * @param addedIn the short id of the first commit that added it, or {@code null}
   * @param addedAt that commit's time (ISO-8601), or {@code null}
   */
  public record EnvFile(
      String path,
      boolean present,
      boolean ignored,
      boolean tracked,
      String addedIn,
      String addedAt) {
    boolean committed() {
      return tracked || addedIn != null;
    }
  }

  /**
   * What the repository shows.
   *
   * @param git whether the folder is a git repository
   * @param commits commits walked
   * @param historyComplete whether the whole history was walked before the time limit
   */
  public record Evidence(
      String repo, boolean git, int commits, boolean historyComplete, List<EnvFile> files) {
    public Evidence {
      files = List.copyOf(files);
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    RepoFolder folder = RepoFolder.of(probe);
    History history = folder.isGit() ? History.of(probe, folder) : null;
    return collect(folder, history);
  }

  static Evidence collect(RepoFolder folder, History history) throws IOException {
    Map<String, History.Intro> added = history == null ? Map.of() : history.envPaths();
    TreeMap<String, Boolean> paths = new TreeMap<>();
    paths.put(".env", false);
    for (RepoFolder.RepoFile f : folder.files()) {
      if (EnvFiles.isEnvName(f.name())) {
        paths.put(f.path(), f.size() >= 0);
      }
    }
    for (String p : folder.trackedPaths()) {
      if (EnvFiles.isEnvName(p.substring(p.lastIndexOf('/') + 1))) {
        paths.putIfAbsent(p, false);
      }
    }
    added.keySet().forEach(p -> paths.putIfAbsent(p, false));
    List<EnvFile> files = new ArrayList<>();
    for (var e : paths.entrySet()) {
      String p = e.getKey();
      History.Intro intro = added.get(p);
      files.add(
          new EnvFile(
              p,
              e.getValue(),
              folder.ignored(p),
              folder.tracked(p),
              intro == null ? null : intro.shortCommit(),
              intro == null ? null : Instant.ofEpochSecond(intro.time()).toString()));
    }
    return new Evidence(
        folder.root().toString(),
        folder.isGit(),
        history == null ? 0 : history.commits(),
        history == null || history.complete(),
        files);
  }

  @Override
  public Judgement evaluate(Evidence e) {
    List<String> problems = new ArrayList<>();
    for (EnvFile f : e.files()) {
      if (f.tracked()) {
        problems.add(
            f.path()
                + " is tracked"
                + (f.addedIn() != null ? " (added in commit " + f.addedIn() + ")" : ""));
      } else if (f.addedIn() != null) {
        problems.add(
            f.path() + " was committed in " + f.addedIn() + " and is still in the history");
      }
      if (!f.ignored()) {
        problems.add(f.path() + " is not ignored by .gitignore");
      }
    }
    if (!problems.isEmpty()) {
      return Judgement.fail(summary(problems));
    }
    if (!e.git()) {
      return Judgement.error(
          e.repo()
              + " ignores its .env files but is not a git repository, so what was committed"
              + " cannot be checked");
    }
    if (!e.historyComplete()) {
      return Judgement.error(
          "the history walk stopped at the time limit after "
              + e.commits()
              + " commits; no .env file was seen committed so far");
    }
    long found = e.files().stream().filter(EnvFile::present).count();
    return Judgement.pass(
        ".env is ignored"
            + (found > 0 ? " (" + found + " env file" + (found == 1 ? "" : "s") + " present)" : "")
            + " and no .env file was ever committed in "
            + e.commits()
            + " commit"
            + (e.commits() == 1 ? "" : "s"));
  }

  static String summary(List<String> problems) {
    int shown = Math.min(3, problems.size());
    String s = String.join("; ", problems.subList(0, shown));
    return problems.size() > shown ? s + "; and " + (problems.size() - shown) + " more" : s;
  }
}
