package dev.golive.checks.repo;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** The committed .env.example names every variable the code reads from the environment. */
@CheckInfo(
    id = "repo.env-example",
    needs = TargetKind.REPO,
    title = ".env.example lists every environment variable the code reads",
    severity = Priority.MEDIUM,
    description =
        "Finds the variables the code reads by a literal name: process.env.X,"
            + " process.env[\"X\"], const { X } = process.env and import.meta.env.X (JavaScript,"
            + " TypeScript), os.environ[\"X\"], os.environ.get, os.getenv, env(\"X\")"
            + " (django-environ) and config(\"X\") (python-decouple), System.getenv (JVM),"
            + " os.Getenv (Go), ENV[\"X\"] and ENV.fetch (Ruby), getenv, env() and $_ENV (PHP),"
            + " env::var (Rust), ${X} in docker-compose files. Tests, dependencies (node_modules,"
            + " vendor) and build outputs are not read. Each variable must be listed (NAME=, or"
            + " commented out) in a .env.example, .env.sample, .env.template or .env.dist in the"
            + " reading file's folder or one above it. Fails naming the missing ones and where"
            + " they are read; skipped when the code reads no variables.")
public record EnvExampleCheck(
    @Param(
            description = "Variables that need not be listed: set by the platform or the tools",
            defaultValue =
                "NODE_ENV,HOME,PATH,PWD,USER,SHELL,HOSTNAME,TMPDIR,TZ,LANG,CI,TERM,NO_COLOR,"
                    + "FORCE_COLOR,COLUMNS",
            example = "NODE_ENV,PORT,DYNO")
        List<String> ignore)
    implements Check<EnvExampleCheck.Evidence> {

  /** The largest source file read. */
  static final long MAX_SOURCE = 1 << 20;

  /** A template and the names it lists. */
  public record Template(String path, List<String> names) {
    public Template {
      names = List.copyOf(names);
    }
  }

  /**
   * A variable the code reads, where it is first read, and whether a template covering that file
   * lists it.
   */
  public record Read(String name, String at, boolean listed) {}

  /**
   * The templates and what the code reads.
   *
   * @param files source and compose files read
   */
  public record Evidence(String repo, List<Template> templates, int files, List<Read> reads) {
    public Evidence {
      templates = List.copyOf(templates);
      reads = List.copyOf(reads);
    }
  }

  public EnvExampleCheck {
    ignore = List.copyOf(ignore);
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    return collect(RepoFolder.of(probe));
  }

  Evidence collect(RepoFolder folder) {
    List<Template> templates = new ArrayList<>();
    for (RepoFolder.RepoFile f : folder.files()) {
      if (f.size() >= 0 && EnvFiles.isTemplateName(f.name()) && !underNotSource(f.path())) {
        templates.add(new Template(f.path(), EnvReads.listed(folder.text(f, MAX_SOURCE))));
      }
    }
    Set<String> skipped = new HashSet<>(ignore);
    TreeMap<String, Read> reads = new TreeMap<>();
    int files = 0;
    for (RepoFolder.RepoFile f : folder.files()) {
      if (!f.committable() || f.size() < 0 || !EnvReads.readable(f.path())) {
        continue;
      }
      files++;
      for (EnvReads.Read r : EnvReads.find(f.path(), folder.text(f, MAX_SOURCE))) {
        if (skipped.contains(r.name())) {
          continue;
        }
        boolean listed = covered(templates, f.folder(), r.name());
        Read prior = reads.get(r.name());
        // a name listed for one reader but not another is missing where it is not listed
        if (prior == null || (prior.listed() && !listed)) {
          reads.put(r.name(), new Read(r.name(), f.path() + ":" + r.line(), listed));
        }
      }
    }
    return new Evidence(folder.root().toString(), templates, files, List.copyOf(reads.values()));
  }

  private static boolean underNotSource(String path) {
    for (String part : path.split("/", -1)) {
      if (EnvReads.NOT_SOURCE.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a template in {@code folder} or above it lists {@code name}. */
  private static boolean covered(List<Template> templates, String folder, String name) {
    for (Template t : templates) {
      String dir = t.path().substring(0, t.path().lastIndexOf('/') + 1);
      if (folder.startsWith(dir) && t.names().contains(name)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Judgement evaluate(Evidence e) {
    List<Read> missing = e.reads().stream().filter(r -> !r.listed()).toList();
    if (e.reads().isEmpty()) {
      return e.templates().isEmpty()
          ? Judgement.skipped(
              "the code of "
                  + e.repo()
                  + " reads no environment variable by name ("
                  + e.files()
                  + " files)")
          : Judgement.pass(
              e.templates().getFirst().path()
                  + " is there and the code reads no variable it lacks");
    }
    if (e.templates().isEmpty()) {
      return Judgement.fail(
          "no .env.example (or .env.sample, .env.template) though the code reads "
              + count(e.reads().size())
              + ": "
              + names(e.reads()));
    }
    String template = e.templates().getFirst().path();
    if (!missing.isEmpty()) {
      return Judgement.fail(
          template
              + (e.templates().size() > 1 ? " and the other templates lack " : " lacks ")
              + count(missing.size())
              + " the code reads: "
              + names(missing));
    }
    return Judgement.pass(template + " lists all " + count(e.reads().size()) + " the code reads");
  }

  private static String count(int n) {
    return n + (n == 1 ? " variable" : " variables");
  }

  private static String names(List<Read> reads) {
    int shown = Math.min(8, reads.size());
    List<String> parts = new ArrayList<>();
    for (Read r : reads.subList(0, shown)) {
      parts.add(r.name() + " (" + r.at() + ")");
    }
    return String.join(", ", parts)
        + (reads.size() > shown ? " and " + (reads.size() - shown) + " more" : "");
  }
}
