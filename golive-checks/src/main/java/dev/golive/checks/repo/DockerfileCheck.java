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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Every Dockerfile builds a non-root image from pinned bases, with a health check. */
@CheckInfo(
    id = "repo.dockerfile",
    needs = TargetKind.REPO,
    title = "Dockerfiles run as a non-root user, pin their base images and declare a HEALTHCHECK",
    severity = Priority.HIGH,
    description =
        "Reads every Dockerfile (Dockerfile, Dockerfile.*, *.dockerfile, Containerfile) as"
            + " BuildKit does: parser directives, line continuations, heredocs, multi-stage"
            + " builds, FROM images named by build arguments (ARG defaults before the first FROM)"
            + " and stages built on earlier stages. The final stage must switch to a user other"
            + " than root (USER, also inherited from the stage it builds on; images tagged"
            + " nonroot count), every external base image must be pinned (a tag other than"
            + " latest, or a digest; only a digest with require-digest), and the final stage"
            + " must declare a HEALTHCHECK (not NONE) unless require-healthcheck is false. Each"
            + " problem is reported with its file and line; skipped when there is no Dockerfile.")
public record DockerfileCheck(
    @Param(
            description = "Demand base images pinned by digest (@sha256:...), not only by tag",
            defaultValue = "false")
        boolean requireDigest,
    @Param(description = "Demand a HEALTHCHECK in the final stage", defaultValue = "true")
        boolean requireHealthcheck)
    implements Check<DockerfileCheck.Evidence> {

  private static final Set<String> ROOT =
      Set.of("root", "0", "root:root", "0:0", "root:0", "0:root");

  /** Endings of files named Dockerfile.* that are not Dockerfiles: code, docs, templates' data. */
  private static final Set<String> NOT_VARIANTS =
      Set.of(
          "java", "kt", "go", "py", "js", "ts", "rb", "rs", "php", "cs", "md", "txt", "rst", "json",
          "yml", "yaml", "toml", "sh", "bak", "orig", "swp", "j2", "tmpl", "tpl", "erb", "lock");

  private static final Set<String> SKIPPED =
      Set.of("node_modules", "vendor", "fixtures", "testdata");

  /**
   * A base image.
   *
   * @param image as written; {@code resolved} with build arguments replaced
   * @param pin "digest", "tag", "latest", "none" (no tag) or "unresolved" (a build argument without
   *     a default); "stage" for an earlier stage and "scratch" for the empty image
   */
  public record Base(int line, String image, String resolved, String pin) {}

  /**
   * One Dockerfile.
   *
   * @param user the final stage's user ("root" when none is set), and the line that sets it (0)
   * @param healthcheck the line of the final stage's HEALTHCHECK, 0 when none, -line for NONE
   * @param problems each as "path:line: what"
   */
  public record Facts(
      String path,
      int stages,
      List<Base> bases,
      String user,
      int userLine,
      int healthcheck,
      List<String> problems) {
    public Facts {
      bases = List.copyOf(bases);
      problems = List.copyOf(problems);
    }
  }

  public record Evidence(String repo, List<Facts> files) {
    public Evidence {
      files = List.copyOf(files);
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    return collect(RepoFolder.of(probe));
  }

  Evidence collect(RepoFolder folder) {
    List<Facts> files = new ArrayList<>();
    for (RepoFolder.RepoFile f : folder.files()) {
      if (f.size() >= 0 && f.committable() && dockerfile(f.path())) {
        files.add(facts(f.path(), folder.text(f, 1 << 20)));
      }
    }
    return new Evidence(folder.root().toString(), files);
  }

  static boolean dockerfile(String path) {
    for (String part : path.split("/", -1)) {
      if (SKIPPED.contains(part)) {
        return false;
      }
    }
    String n = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (n.equals("dockerfile") || n.equals("containerfile") || n.endsWith(".dockerfile")) {
      return true;
    }
    if (!n.startsWith("dockerfile.") && !n.startsWith("containerfile.")) {
      return false;
    }
    // Dockerfile.prod, Dockerfile.alpine; not Dockerfile.java or Dockerfile.md
    return !NOT_VARIANTS.contains(n.substring(n.lastIndexOf('.') + 1));
  }

  Facts facts(String path, String text) {
    Dockerfile d = Dockerfile.parse(text);
    List<String> problems = new ArrayList<>();
    List<Base> bases = new ArrayList<>();
    for (Dockerfile.Stage s : d.stages()) {
      Base b = base(s);
      bases.add(b);
      String at = path + ":" + s.line() + ": FROM " + s.image();
      switch (b.pin()) {
        case "latest" -> problems.add(at + " uses the latest tag");
        case "none" -> problems.add(at + " has no tag, so it is latest");
        case "unresolved" -> problems.add(at + " depends on a build argument without a default");
        case "tag" -> {
          if (requireDigest) {
            problems.add(at + " is pinned by tag, not by digest");
          }
        }
        default -> {}
      }
    }
    if (d.stages().isEmpty()) {
      problems.add(path + ": no FROM instruction");
      return new Facts(path, 0, bases, "root", 0, 0, problems);
    }
    // the final stage, and the stages it builds on, last first
    List<Dockerfile.Stage> chain = new ArrayList<>();
    for (int s = d.stages().size() - 1; s >= 0; s = d.stages().get(s).base()) {
      chain.add(d.stages().get(s));
      if (chain.size() > d.stages().size()) {
        break;
      }
    }
    String user = null;
    int userLine = 0;
    int health = 0;
    for (Dockerfile.Stage s : chain) {
      String stageUser = null;
      int stageUserLine = 0;
      int stageHealth = 0;
      for (Dockerfile.Instruction i : s.instructions()) {
        if (i.keyword().equals("USER")) {
          stageUser = resolve(i.args().trim(), s, d);
          stageUserLine = i.line();
        } else if (i.keyword().equals("HEALTHCHECK")) {
          stageHealth = i.args().trim().equalsIgnoreCase("NONE") ? -i.line() : i.line();
        }
      }
      if (user == null && stageUser != null) {
        user = stageUser;
        userLine = stageUserLine;
      }
      if (health == 0) {
        health = stageHealth;
      }
    }
    Dockerfile.Stage last = d.stages().getLast();
    Dockerfile.Stage root = chain.getLast();
    String image = root.resolved().toLowerCase(Locale.ROOT);
    String where = path + ":" + last.line() + ": the final stage";
    if (user == null) {
      if (image.contains("nonroot")
          || image.contains("rootless")
          || image.startsWith("cgr.dev/chainguard/")) {
        user = "nonroot (from " + root.resolved() + ")";
      } else {
        problems.add(where + " sets no USER, so it runs as root");
        user = "root";
      }
    } else if (ROOT.contains(user.toLowerCase(Locale.ROOT))
        || user.toLowerCase(Locale.ROOT).startsWith("root:")) {
      problems.add(path + ":" + userLine + ": USER " + user + " in the final stage runs as root");
    }
    if (requireHealthcheck) {
      if (health == 0) {
        problems.add(where + " declares no HEALTHCHECK");
      } else if (health < 0) {
        problems.add(path + ":" + -health + ": HEALTHCHECK NONE turns health checks off");
      }
    }
    return new Facts(path, d.stages().size(), bases, user, userLine, health, problems);
  }

  private static String resolve(String value, Dockerfile.Stage s, Dockerfile d) {
    Map<String, String> args = new HashMap<>(d.globalArgs());
    s.args().forEach((k, v) -> args.put(k, v));
    return Dockerfile.substitute(value, args);
  }

  private static Base base(Dockerfile.Stage s) {
    String r = s.resolved();
    String pin;
    if (s.base() >= 0) {
      pin = "stage";
    } else if (r.equalsIgnoreCase("scratch")) {
      pin = "scratch";
    } else if (r.contains("$")) {
      pin = "unresolved";
    } else if (r.contains("@sha256:")) {
      pin = "digest";
    } else {
      int colon = r.lastIndexOf(':');
      String tag = colon > r.lastIndexOf('/') ? r.substring(colon + 1) : null;
      pin =
          tag == null || tag.isEmpty() ? "none" : tag.equalsIgnoreCase("latest") ? "latest" : "tag";
    }
    return new Base(s.line(), s.image(), r, pin);
  }

  @Override
  public Judgement evaluate(Evidence e) {
    if (e.files().isEmpty()) {
      return Judgement.skipped(e.repo() + " has no Dockerfile");
    }
    List<String> problems = new ArrayList<>();
    e.files().forEach(f -> problems.addAll(f.problems()));
    if (!problems.isEmpty()) {
      return Judgement.fail(EnvIgnoredCheck.summary(problems));
    }
    List<String> users = e.files().stream().map(f -> f.path() + " runs as " + f.user()).toList();
    return Judgement.pass(
        EnvIgnoredCheck.summary(users)
            + (e.files().size() == 1 ? "; its base images are" : "; base images are")
            + (requireDigest ? " pinned by digest" : " pinned")
            + (requireHealthcheck ? ", with a HEALTHCHECK" : ""));
  }
}
